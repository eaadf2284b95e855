// Element Plus tag colours for the auditors' statuses.
type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

const REVIEW: Record<string, TagType> = { UNCLAIMED: 'warning', CLAIMED: 'primary', DECIDED: 'success', WITHDRAWN: 'info' }
const DECISION: Record<string, TagType> = { ACCEPT: 'success', ACCEPT_WITH_FINDINGS: 'warning', RETURN: 'danger' }
const SEVERITY: Record<string, TagType> = { GENERAL: 'info', SERIOUS: 'warning', SEVERE: 'danger' }
const FINDING: Record<string, TagType> = { OPEN: 'danger', ANSWERED: 'warning', CLOSED: 'success' }
const GRADE: Record<string, TagType> = { EXCELLENT: 'success', GOOD: 'primary', PASS: 'warning', FAIL: 'danger' }

export const reviewStatusType = (status: string): TagType => REVIEW[status] ?? 'info'
export const decisionType = (decision: string): TagType => DECISION[decision] ?? 'info'
export const severityType = (severity: string): TagType => SEVERITY[severity] ?? 'info'
export const findingStatusType = (status: string): TagType => FINDING[status] ?? 'info'
export const gradeType = (grade: string): TagType => GRADE[grade] ?? 'info'
