// The campaign progress board: assignment-service's progress statistics (stage, due date, submission, on time,
// overdue, warnings) joined with review-service's decided scores and findings, one row per department, plus the
// series the charts draw. Nothing is estimated: what no service states is left empty. Without the statistics the
// rows come from the assignments themselves (stage, due date, marks) and the rates stay empty.
import type { AssignmentWithMarks, CampaignProgress, ProgressRow, Rates } from '../../api/officeTypes'
import type { ReportSummary } from '../../api/types'
import type { Finding, FindingSeverity, FindingStatus, Grade, ReviewSummary } from '../../api/reviewTypes'

export interface BoardRow extends Pick<ProgressRow, 'departmentCode' | 'departmentName' | 'assignmentId' | 'stage' | 'dueDate'
  | 'submittedAt' | 'onTime' | 'overdue' | 'warningLevel' | 'escalatedTo'> {
  reportId?: string
  /** The latest decided review's score in percent of its maximum, with its grade. */
  scorePercent: number | null
  totalScore: number | null
  maxScore: number | null
  grade: Grade | null
  findings: Record<FindingStatus, number>
}

export interface BoardData {
  rows: BoardRow[]
  /** The statistics' counts, null when the statistics are not available. */
  rates: Rates | null
  /** Percent with one decimal, null when nothing was assigned or the statistics are not available. */
  submissionRate: number | null
  onTimeRate: number | null
  scoreBuckets: { label: string; count: number }[]
  findings: Record<FindingStatus, number>
}

/**
 * Score bands in percent of the maximum, every one always on the chart (an empty band is a bar of 0): ten points
 * wide from 60 so the grade table's default bounds (60 合格, 80 良好, 90 优秀) fall on band edges.
 */
export const SCORE_BANDS = [
  { label: '0–59', from: 0, to: 60 },
  { label: '60–69', from: 60, to: 70 },
  { label: '70–79', from: 70, to: 80 },
  { label: '80–89', from: 80, to: 90 },
  { label: '90–100', from: 90, to: Infinity },
]

/** How many of the scores fall in each band, zeros included; a row without a score is in none. */
export function scoreBuckets(scores: (number | null)[]): { label: string; count: number }[] {
  return SCORE_BANDS.map((band) => ({
    label: band.label,
    count: scores.filter((score) => score !== null && score >= band.from && score < band.to).length,
  }))
}

/** A 0–1 share as a percent with one decimal. */
function asPercent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(Number(share) * 1000) / 10
}

/** A department's line from its assignment alone: no on-time verdict, which only the statistics state. */
export function rowFromAssignment(assignment: AssignmentWithMarks): ProgressRow {
  return {
    campaignId: assignment.campaignId,
    campaignTitle: assignment.campaignTitle,
    year: 0,
    assignmentId: assignment.id,
    departmentCode: assignment.departmentCode,
    departmentName: assignment.departmentName,
    stage: assignment.stage,
    dueDate: assignment.dueDate,
    submittedAt: assignment.submittedAt ?? null,
    onTime: null,
    overdue: assignment.overdue ?? false,
    warningLevel: assignment.warningLevel ?? null,
    escalatedTo: assignment.escalatedTo ?? null,
  }
}

export function boardData(progress: CampaignProgress | null, assignments: AssignmentWithMarks[], reports: ReportSummary[],
  reviews: ReviewSummary[], findings: Finding[]): BoardData {
  const lines = progress?.departments ?? assignments.filter((assignment) => assignment.status === 'ISSUED').map(rowFromAssignment)
  const rows = lines.map((row): BoardRow => {
    const own = reviews
      .filter((review) => review.assignmentId === row.assignmentId)
      .sort((a, b) => a.reportVersion - b.reportVersion || a.openedAt.localeCompare(b.openedAt))
    const decided = [...own].reverse().find((review) => review.status === 'DECIDED')
    const counts: Record<FindingStatus, number> = { OPEN: 0, ANSWERED: 0, CLOSED: 0 }
    for (const finding of findings) {
      if (finding.assignmentId === row.assignmentId) {
        counts[finding.status]++
      }
    }
    const total = decided?.totalScore ?? null
    const max = decided?.maxScore ?? null
    return {
      departmentCode: row.departmentCode,
      departmentName: row.departmentName,
      assignmentId: row.assignmentId,
      reportId: reports.find((report) => report.assignmentId === row.assignmentId)?.id ?? own[0]?.reportId,
      stage: row.stage,
      dueDate: row.dueDate,
      submittedAt: row.submittedAt,
      onTime: row.onTime,
      overdue: row.overdue,
      warningLevel: row.warningLevel,
      escalatedTo: row.escalatedTo,
      scorePercent: total !== null && max !== null && Number(max) > 0 ? Math.round((Number(total) / Number(max)) * 1000) / 10 : null,
      totalScore: total === null ? null : Number(total),
      maxScore: max === null ? null : Number(max),
      grade: decided?.grade ?? null,
      findings: counts,
    }
  })
  const sum = (status: FindingStatus) => rows.reduce((total, row) => total + row.findings[status], 0)
  return {
    rows,
    rates: progress?.rates ?? null,
    submissionRate: asPercent(progress?.rates.submissionRate),
    onTimeRate: asPercent(progress?.rates.onTimeRate),
    scoreBuckets: scoreBuckets(rows.map((row) => row.scorePercent)),
    findings: { OPEN: sum('OPEN'), ANSWERED: sum('ANSWERED'), CLOSED: sum('CLOSED') },
  }
}

/** Findings per aspect, one series per severity (most severe on top), for a stacked bar chart. */
export function findingsByAspect(counts: { aspect: string; severity: FindingSeverity; count: number }[]) {
  const aspects = [...new Set(counts.map((count) => count.aspect))]
  const severities: FindingSeverity[] = ['GENERAL', 'SERIOUS', 'SEVERE']
  return {
    aspects,
    series: severities.map((severity) => ({
      severity,
      data: aspects.map((aspect) => counts.filter((count) => count.aspect === aspect && count.severity === severity)
        .reduce((sum, count) => sum + Number(count.count), 0)),
    })),
  }
}
