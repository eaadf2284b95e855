// My tasks: how many reports wait in each status, and how many days are left before a due date (Beijing time).
import type { ReportStatus, ReportSummary } from '../api/types'

export function countByStatus(reports: Pick<ReportSummary, 'status'>[]): Record<ReportStatus, number> {
  const counts: Record<ReportStatus, number> = { OPEN_FOR_DRAFTING: 0, AWAITING_LEADER_APPROVAL: 0, SUBMITTED: 0, CLOSED: 0 }
  for (const report of reports) {
    counts[report.status] = (counts[report.status] ?? 0) + 1
  }
  return counts
}

const DAY = 24 * 60 * 60 * 1000

/** Whole days from today (in the offices' time zone) to the due date; negative when past, null when unreadable. */
export function daysLeft(dueDate: string, now: Date = new Date()): number | null {
  const due = Date.parse(`${dueDate}T00:00:00+08:00`)
  if (Number.isNaN(due)) {
    return null
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
  return Math.round((due - Date.parse(`${today}T00:00:00+08:00`)) / DAY)
}

/** What the engine marked on an assignment (assignment-service), shown beside the report in my tasks. */
export interface AssignmentMarks {
  id: string
  stage?: string
  dueDate?: string
  overdue?: boolean
  warningLevel?: 'YELLOW' | 'RED' | null
  escalatedTo?: string | null
}

/** A report's deadline as shown: the due date in force, overdue, the warning (黄牌/红牌) and the escalation. */
export interface Deadline {
  dueDate: string
  overdue: boolean
  warningLevel?: 'YELLOW' | 'RED'
  escalatedTo?: string
}

/**
 * The report's deadline with its assignment's marks: the assignment's due date wins (an extension or a moved campaign
 * date reaches assignment-service first), overdue if either service says so; without the assignment the report's own.
 */
export function deadlineOf(report: { dueDate: string; overdue: boolean }, assignment?: AssignmentMarks | null): Deadline {
  return {
    dueDate: assignment?.dueDate || report.dueDate,
    overdue: report.overdue || assignment?.overdue === true,
    warningLevel: assignment?.warningLevel ?? undefined,
    escalatedTo: assignment?.escalatedTo ?? undefined,
  }
}

export type TaskRow = ReportSummary & { stage?: string; warningLevel?: 'YELLOW' | 'RED'; escalatedTo?: string }

/** Each report with its assignment's stage, warning (黄牌/红牌) and escalation, where the assignment is known. */
export function withMarks(reports: ReportSummary[], assignments: AssignmentMarks[]): TaskRow[] {
  const byId = new Map(assignments.map((assignment) => [assignment.id, assignment]))
  return reports.map((report) => {
    const marks = byId.get(report.assignmentId)
    return {
      ...report,
      stage: marks?.stage ?? undefined,
      warningLevel: marks?.warningLevel ?? undefined,
      escalatedTo: marks?.escalatedTo ?? undefined,
    }
  })
}
