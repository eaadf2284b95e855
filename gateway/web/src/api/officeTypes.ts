// The shapes assignment-service answers the office's screens with: progress statistics, extension requests, deadline
// policies and the framework import's cell errors.
import type { Actor } from './types'

export type WarningLevel = 'YELLOW' | 'RED'
export type EscalationTarget = 'DEPARTMENT_LEADER' | 'OFFICE'
export type ExtensionStatus = 'PENDING' | 'GRANTED' | 'DENIED'

/** Shares are of the assigned, 0–1 with four decimals, null when nothing was assigned. */
export interface Rates {
  assigned: number
  submitted: number
  onTime: number
  overdue: number
  submissionRate: number | null
  onTimeRate: number | null
}

export interface ProgressRow {
  campaignId: string
  campaignTitle: string
  year: number
  assignmentId: string
  departmentCode: string
  departmentName: string
  stage?: string | null
  dueDate: string
  submittedAt?: string | null
  /** True when first submitted by the end of the due date, false when later or still owed after it, null before. */
  onTime: boolean | null
  overdue: boolean
  warningLevel?: WarningLevel | null
  escalatedTo?: EscalationTarget | null
}

export interface CampaignProgress {
  campaignId: string
  title: string
  year: number
  dueDate: string
  rates: Rates
  departments: ProgressRow[]
  overdue: ProgressRow[]
}

export interface DeadlinePolicy {
  reminderWorkingDaysBefore: number[]
  yellowWarningAfterWorkingDays: number
  redWarningAfterWorkingDays: number
  reviewWorkingDays: number
}

export interface ExtensionRequest {
  id: string
  assignmentId: string
  campaignId: string
  departmentCode: string
  findingId?: string | null
  currentDueDate: string
  requestedDueDate: string
  reason: string
  requester?: Actor | null
  requestedAt: string
  status: ExtensionStatus
  grantedDueDate?: string | null
  decisionComment?: string | null
  decidedBy?: Actor | null
  decidedAt?: string | null
}

/** An assignment as `/api/assignments` lists it, with the deadline marks assignment-service adds to it. */
export type AssignmentWithMarks = import('./types').AssignmentSummary & {
  overdue?: boolean
  warningLevel?: WarningLevel | null
  escalatedTo?: EscalationTarget | null
  submittedAt?: string | null
}
