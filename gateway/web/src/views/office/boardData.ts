// The campaign progress board, derived from what the services already answer (assignments, report tasks, reviews,
// findings) until the statistics APIs land: one row per department and the series the charts draw. Nothing is
// estimated: a figure that cannot be derived is left out, and the screen says why.
import type { AssignmentSummary, Campaign, ReportSummary } from '../../api/types'
import type { Finding, FindingStatus, Grade, ReviewSummary } from '../../api/reviewTypes'

export interface BoardRow {
  departmentCode: string
  departmentName: string
  assignmentId?: string
  reportId?: string
  stage?: string
  dueDate: string
  overdue: boolean
  /** Whether a version has been submitted at least once (a review exists for it). */
  submitted: boolean
  /** Whether the first version reached the review queue on or before the due date; null before it did. */
  onTime: boolean | null
  /** The latest decided review's score in percent of its maximum, with its grade. */
  scorePercent: number | null
  totalScore: number | null
  maxScore: number | null
  grade: Grade | null
  findings: Record<FindingStatus, number>
}

export interface BoardData {
  rows: BoardRow[]
  issued: number
  submitted: number
  /** Of the departments that submitted, how many did by the due date. */
  onTime: number
  overdue: number
  scoreBuckets: { label: string; count: number }[]
  findings: Record<FindingStatus, number>
}

/** Score bands in percent of the maximum, matching the grade table's default bounds (60, 80, 90). */
export const SCORE_BANDS = [
  { label: '<60', from: 0, to: 60 },
  { label: '60–80', from: 60, to: 80 },
  { label: '80–90', from: 80, to: 90 },
  { label: '≥90', from: 90, to: Infinity },
]

/** The Beijing calendar day of an instant, as the offices count deadlines. */
export function officeDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant))
}

export function boardData(
  campaign: Campaign,
  assignments: AssignmentSummary[],
  reports: ReportSummary[],
  reviews: ReviewSummary[],
  findings: Finding[],
): BoardData {
  const rows = campaign.departments.map((recipient): BoardRow => {
    const assignment = assignments.find((candidate) => candidate.departmentCode === recipient.departmentCode)
    const report = reports.find((candidate) => candidate.departmentCode === recipient.departmentCode)
    const own = reviews
      .filter((review) => assignment && review.assignmentId === assignment.id)
      .sort((a, b) => a.reportVersion - b.reportVersion || a.openedAt.localeCompare(b.openedAt))
    const first = own[0]
    const decided = [...own].reverse().find((review) => review.status === 'DECIDED')
    const dueDate = assignment?.dueDate ?? report?.dueDate ?? campaign.dueDate
    const counts: Record<FindingStatus, number> = { OPEN: 0, ANSWERED: 0, CLOSED: 0 }
    for (const finding of findings) {
      if (assignment && finding.assignmentId === assignment.id) {
        counts[finding.status]++
      }
    }
    const total = decided?.totalScore ?? null
    const max = decided?.maxScore ?? null
    return {
      departmentCode: recipient.departmentCode,
      departmentName: recipient.departmentName,
      assignmentId: assignment?.id,
      reportId: report?.id ?? first?.reportId,
      stage: assignment?.stage,
      dueDate,
      overdue: report?.overdue ?? false,
      submitted: first !== undefined,
      onTime: first ? officeDay(first.openedAt) <= dueDate : null,
      scorePercent: total !== null && max !== null && Number(max) > 0 ? Math.round((Number(total) / Number(max)) * 1000) / 10 : null,
      totalScore: total === null ? null : Number(total),
      maxScore: max === null ? null : Number(max),
      grade: decided?.grade ?? null,
      findings: counts,
    }
  })
  const issued = rows.filter((row) => row.assignmentId).length
  const scoreBuckets = SCORE_BANDS.map((band) => ({
    label: band.label,
    count: rows.filter((row) => row.scorePercent !== null && row.scorePercent >= band.from && row.scorePercent < band.to).length,
  }))
  return {
    rows,
    issued,
    submitted: rows.filter((row) => row.submitted).length,
    onTime: rows.filter((row) => row.onTime === true).length,
    overdue: rows.filter((row) => row.overdue).length,
    scoreBuckets,
    findings: {
      OPEN: rows.reduce((sum, row) => sum + row.findings.OPEN, 0),
      ANSWERED: rows.reduce((sum, row) => sum + row.findings.ANSWERED, 0),
      CLOSED: rows.reduce((sum, row) => sum + row.findings.CLOSED, 0),
    },
  }
}

/** A share in percent with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null
}
