// The shapes of the department's side of submission-service and of notification-service (see their READMEs).
import type { Actor, Workspace } from '../api/types'

export interface ReturnNote {
  returnedVersion: number
  indicatorId: string
  reason: string
  receivedAt?: string
}

/** The workspace with what only the drafting screens read. */
export type DraftingWorkspace = Workspace & { returnReasons?: ReturnNote[] }

export interface FindingNotice {
  findingId: string
  noticeNumber?: string
  indicatorId?: string
  severity?: 'GENERAL' | 'SERIOUS'
  description?: string
  requiredMeasures?: string
  deadline?: string
}

export type RectificationStatus = 'OPEN' | 'AWAITING_LEADER_APPROVAL' | 'SUBMITTED' | 'CLOSED'

export interface RectificationAnswer {
  id: string
  number: number
  measures: string
  submittedAt?: string
  submitter?: Actor
  approver?: Actor
}

export interface Rectification {
  id: string
  reportId: string
  finding: FindingNotice
  status: RectificationStatus
  measures?: string
  version: number
  lastModified?: { by?: Actor; at?: string }
  sentBy?: Actor
  lastRejection?: { leader?: Actor; at?: string; comment?: string }
  verificationRejection?: string
  answers: RectificationAnswer[]
}

export type ExtensionStatus = 'PENDING' | 'GRANTED' | 'DENIED'

export interface ExtensionRequest {
  id: string
  reportId: string
  findingId?: string
  currentDueDate: string
  requestedDueDate: string
  reason: string
  requester?: Actor
  requestedAt?: string
  status: ExtensionStatus
  grantedDueDate?: string
  decisionComment?: string
  decidedBy?: Actor
  decidedAt?: string
}

/**
 * What a notification's words state, by name (notification-service's README, "Facts"): e.g. campaignTitle,
 * departmentCode, dueDate, reportVersion, workingDaysOverdue, reason. Dates are ISO, numbers and enums text; a value
 * the server does not know is left out, and a notification stored before facts existed has none.
 */
export type NotificationFacts = Record<string, string | undefined>

/** One of my notifications (notification-service's inbox). */
export interface AppNotification {
  id: string
  kind?: string
  /** The server's Chinese words (also its mail subject and text message). */
  title: string
  body?: string
  facts?: NotificationFacts
  /** The app's page it concerns, absolute or relative. */
  link?: string
  assignmentId?: string
  /** The department the fact concerns, and the event it came from (e.g. `ReportSubmitted`). */
  departmentCode?: string
  sourceEventType?: string
  createdAt?: string
  readAt?: string | null
}

/** A list answered as an array or as a page (`items` / `content`). */
export function listOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) {
    return value as T[]
  }
  if (value && typeof value === 'object') {
    const page = value as { items?: unknown; content?: unknown }
    if (Array.isArray(page.items)) {
      return page.items as T[]
    }
    if (Array.isArray(page.content)) {
      return page.content as T[]
    }
  }
  return []
}

/** A count answered as a number or as `{ count }` / `{ unread }`. */
export function countOf(value: unknown): number {
  if (typeof value === 'number') {
    return value
  }
  if (value && typeof value === 'object') {
    const body = value as { count?: unknown; unread?: unknown }
    const count = typeof body.count === 'number' ? body.count : body.unread
    return typeof count === 'number' ? count : 0
  }
  return 0
}
