// The statistics page's figures, joined from assignment-service (submission and on-time rates) and review-service
// (scores, grades, findings, rectification). Nothing is estimated: a figure no service states stays null and the
// page says it is not available.
import type { Rates } from '../../api/officeTypes'
import type { CampaignReviewSummary, DepartmentReviewYear, DepartmentTrend, ProgressOverview } from '../../api/analyticsTypes'
import type { CampaignReviewStatistics, FindingSeverity, RectificationStats } from '../../api/reviewTypes'

/** A 0–1 share as a percent with one decimal. */
export function sharePercent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(Number(share) * 1000) / 10
}

function asNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value)
}

export interface CampaignLine {
  campaignId: string
  title: string
  assigned: number | null
  submissionRate: number | null
  onTimeRate: number | null
  reviewed: number | null
  averagePercentage: number | null
  closureRate: number | null
}

/** One line per campaign of either service, progress first; campaigns only one service knows keep the other's figures null. */
export function campaignLines(progress: ProgressOverview | null, reviews: CampaignReviewSummary[] | null): CampaignLine[] {
  const lines = new Map<string, CampaignLine>()
  for (const campaign of progress?.campaigns ?? []) {
    lines.set(campaign.campaignId, {
      campaignId: campaign.campaignId,
      title: campaign.title,
      assigned: campaign.rates.assigned,
      submissionRate: sharePercent(campaign.rates.submissionRate),
      onTimeRate: sharePercent(campaign.rates.onTimeRate),
      reviewed: null,
      averagePercentage: null,
      closureRate: null,
    })
  }
  for (const summary of reviews ?? []) {
    const line = lines.get(summary.campaignId) ?? {
      campaignId: summary.campaignId, title: summary.campaignTitle, assigned: null, submissionRate: null, onTimeRate: null,
      reviewed: null, averagePercentage: null, closureRate: null,
    }
    line.reviewed = summary.departments
    line.averagePercentage = asNumber(summary.averagePercentage)
    line.closureRate = asNumber(summary.rectification?.closureRate)
    lines.set(summary.campaignId, line)
  }
  return [...lines.values()]
}

/** The year a review period names ("2026", "2026年度"), or null when it names none. */
export function periodYear(period: string | null | undefined): number | null {
  const year = Number.parseInt(period ?? '', 10)
  return Number.isFinite(year) ? year : null
}

/**
 * The review summaries of the year's campaigns. The services file a campaign under different years (assignment-service
 * by its framework's year, review-service by the campaign's period), so a campaign the year's progress lists counts
 * with its review figures whatever its period; a campaign only review-service knows counts by its period.
 */
export function reviewsOfYear(progress: ProgressOverview | null, reviews: CampaignReviewSummary[] | null, year: number):
  CampaignReviewSummary[] {
  const listed = new Set((progress?.campaigns ?? []).map((campaign) => campaign.campaignId))
  return (reviews ?? []).filter((summary) => listed.has(summary.campaignId) || periodYear(summary.period) === year)
}

/** The year's rates as the progress overview states them, or null when it states none for the year. */
export function yearRates(progress: ProgressOverview | null, year: number): Rates | null {
  return progress?.years.find((line) => line.year === year)?.rates ?? null
}

/** The years anything was recorded in, newest first, always including the current one. */
export function yearsOf(progress: ProgressOverview | null, reviews: CampaignReviewSummary[] | null, current: number): number[] {
  const years = new Set<number>([current])
  progress?.years.forEach((line) => years.add(line.year))
  reviews?.forEach((summary) => {
    const year = periodYear(summary.period)
    if (year !== null) {
      years.add(year)
    }
  })
  return [...years].sort((a, b) => b - a)
}

export const GRADE_ORDER = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL']
export const SEVERITIES: FindingSeverity[] = ['GENERAL', 'SERIOUS', 'SEVERE']

/** Grade counts in the grade table's order, then any grade the service names that the table lacks; zeros kept. */
export function gradeCounts(grades: Record<string, number> | null | undefined): { grade: string; count: number }[] {
  const names = [...GRADE_ORDER, ...Object.keys(grades ?? {}).filter((grade) => !GRADE_ORDER.includes(grade))]
  return names.map((grade) => ({ grade, count: Number(grades?.[grade] ?? 0) }))
}

/** Grade counts summed over several campaigns' summaries. */
export function sumGrades(summaries: { grades: Record<string, number> }[]): Record<string, number> {
  const total: Record<string, number> = {}
  for (const summary of summaries) {
    for (const [grade, count] of Object.entries(summary.grades ?? {})) {
      total[grade] = (total[grade] ?? 0) + Number(count)
    }
  }
  return total
}

/** Findings as stacked bars: the aspects in the order first named, one series of counts per severity. */
export function findingsMatrix(counts: CampaignReviewStatistics['findingsByAspectAndSeverity']):
  { aspects: string[]; series: { severity: FindingSeverity; data: number[] }[] } {
  const aspects = [...new Set(counts.map((count) => count.aspect))]
  return {
    aspects,
    series: SEVERITIES.map((severity) => ({
      severity,
      data: aspects.map((aspect) => counts.filter((count) => count.aspect === aspect && count.severity === severity)
        .reduce((sum, count) => sum + Number(count.count), 0)),
    })),
  }
}

/** Rectification summed over campaigns: counts add up; the closure rate is recomputed, the average days weighted by closings. */
export function sumRectification(parts: RectificationStats[]): RectificationStats {
  const found = parts.reduce((sum, part) => sum + part.found, 0)
  const rectified = parts.reduce((sum, part) => sum + part.rectified, 0)
  const weighted = parts.filter((part) => part.averageDaysToClose !== null && part.averageDaysToClose !== undefined && part.rectified > 0)
  const days = weighted.reduce((sum, part) => sum + Number(part.averageDaysToClose) * part.rectified, 0)
  const closings = weighted.reduce((sum, part) => sum + part.rectified, 0)
  return {
    found,
    rectified,
    inProgress: parts.reduce((sum, part) => sum + part.inProgress, 0),
    overdue: parts.reduce((sum, part) => sum + part.overdue, 0),
    closureRate: found === 0 ? null : Math.round((10000 * rectified) / found) / 100,
    averageDaysToClose: closings === 0 ? null : Math.round((10 * days) / closings) / 10,
  }
}

export interface DepartmentYearLine {
  year: number
  submissionRate: number | null
  onTimeRate: number | null
  participationChange: number | null
  onTimeChange: number | null
  campaigns: number | null
  averagePercentage: number | null
  grades: Record<string, number> | null
  closureRate: number | null
  averageDaysToClose: number | null
}

/** A department year over year: the progress trend's years joined with review-service's periods, oldest first. */
export function departmentYears(trend: DepartmentTrend | null, reviewYears: DepartmentReviewYear[] | null): DepartmentYearLine[] {
  const lines = new Map<number, DepartmentYearLine>()
  const line = (year: number) => {
    let found = lines.get(year)
    if (!found) {
      found = { year, submissionRate: null, onTimeRate: null, participationChange: null, onTimeChange: null, campaigns: null,
        averagePercentage: null, grades: null, closureRate: null, averageDaysToClose: null }
      lines.set(year, found)
    }
    return found
  }
  for (const year of trend?.years ?? []) {
    const target = line(year.year)
    target.submissionRate = sharePercent(year.rates.submissionRate)
    target.onTimeRate = sharePercent(year.rates.onTimeRate)
    target.participationChange = sharePercent(asNumber(year.participationChange))
    target.onTimeChange = sharePercent(asNumber(year.onTimeChange))
  }
  for (const period of reviewYears ?? []) {
    const year = periodYear(period.period)
    if (year === null) {
      continue
    }
    const target = line(year)
    target.campaigns = period.campaigns
    target.averagePercentage = asNumber(period.averagePercentage)
    target.grades = period.grades
    target.closureRate = asNumber(period.rectification?.closureRate)
    target.averageDaysToClose = asNumber(period.rectification?.averageDaysToClose)
  }
  return [...lines.values()].sort((a, b) => a.year - b.year)
}
