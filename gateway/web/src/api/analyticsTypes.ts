// The shapes behind the office's rule, calendar and statistics screens: review-service's rule versions and
// statistics, workflows' working-day calendar and assignment-service's progress across campaigns.
import type { Rates } from './officeTypes'
import type { Decimal, RectificationStats, ScoringRule } from './reviewTypes'

/** One published version of a campaign's rules (the versions list leaves `rules` empty). */
export interface RuleSet {
  campaignId: string
  version: number
  bonusCap?: Decimal | null
  rules: ScoringRule[]
  publishedAt: string
  publishedBy?: string | null
}

export interface CalendarDay {
  date: string
  name: string
}

export interface WorkingCalendar {
  year: number
  provisional: boolean
  source: string
  holidays: CalendarDay[]
  workdays: CalendarDay[]
}

export type CalendarOrigin = 'STORED' | 'BUNDLED' | 'WEEKENDS_ONLY'

export interface CalendarAnswer {
  calendar: WorkingCalendar
  origin: CalendarOrigin
}

export interface ProgressOverview {
  years: { year: number; campaigns: number; rates: Rates }[]
  campaigns: { campaignId: string; title: string; year: number; dueDate: string; rates: Rates }[]
  overdue: unknown[]
}

export interface DepartmentTrend {
  departmentCode: string
  departmentName: string
  years: { year: number; rates: Rates; participationChange?: Decimal | null; onTimeChange?: Decimal | null }[]
}

export interface CampaignReviewSummary {
  campaignId: string
  campaignTitle: string
  period?: string | null
  departments: number
  averagePercentage?: Decimal | null
  grades: Record<string, number>
  rectification: RectificationStats
}

export interface DepartmentReviewYear {
  period: string
  campaigns: number
  averagePercentage?: Decimal | null
  grades: Record<string, number>
  rectification: RectificationStats
}
