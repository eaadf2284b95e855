// The office's departments screen: a department's assignments (stage, due date, the engine's marks) and its
// submission and on-time rates year over year. Read-only: people and membership live in Keycloak.
import type { AssignmentWithMarks } from '../../api/officeTypes'
import type { DepartmentTrend } from '../../api/analyticsTypes'
import { departmentYears, type DepartmentYearLine } from '../analytics/statisticsData'

/**
 * Keycloak's admin console at the realm's groups (`/departments/<code>` holds a department's people). The browser
 * never learns the issuer (`/api/me` does not carry it), so this is a build-time setting: `VITE_KEYCLOAK_GROUPS_URL`,
 * by default the local stack's Keycloak.
 */
export const KEYCLOAK_GROUPS_URL: string =
  import.meta.env.VITE_KEYCLOAK_GROUPS_URL || 'http://localhost:8180/admin/master/console/#/supervision/groups'

export interface AssignmentCounts {
  issued: number
  overdue: number
  yellow: number
  red: number
  escalated: number
}

/** How many of the department's issued assignments are overdue, carry a yellow or red card, or are escalated. */
export function assignmentCounts(assignments: readonly AssignmentWithMarks[]): AssignmentCounts {
  const issued = assignments.filter((assignment) => assignment.status === 'ISSUED')
  return {
    issued: issued.length,
    overdue: issued.filter((assignment) => assignment.overdue).length,
    yellow: issued.filter((assignment) => assignment.warningLevel === 'YELLOW').length,
    red: issued.filter((assignment) => assignment.warningLevel === 'RED').length,
    escalated: issued.filter((assignment) => !!assignment.escalatedTo).length,
  }
}

/** Issued assignments first, the earliest due date first within each; withdrawn ones last. */
export function orderedAssignments(assignments: readonly AssignmentWithMarks[]): AssignmentWithMarks[] {
  return [...assignments].sort((a, b) =>
    Number(a.status === 'WITHDRAWN') - Number(b.status === 'WITHDRAWN') || a.dueDate.localeCompare(b.dueDate))
}

/** The department's years, newest first, from the trend list (which may hold other departments too). */
export function trendYears(trends: readonly DepartmentTrend[] | null, code: string): DepartmentYearLine[] {
  const trend = trends?.find((candidate) => candidate.departmentCode === code) ?? null
  return departmentYears(trend, null).reverse()
}
