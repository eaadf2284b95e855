// notification-service writes each notification in Chinese (its title doubles as the text message) and names the
// facts those words state (`facts`, see the service's README, "Facts"). In English the bell writes the notification
// again from its kind and those facts; it never reads the Chinese words. A part whose facts are missing (a notification
// stored before facts existed, a department without an English name) or a kind it does not know keeps the server's
// Chinese text rather than guess; Chinese always shows the server's text.
import type { AppNotification, NotificationFacts } from './types'
import type { Translator } from '../i18n/translator'

/**
 * Which values each English text needs (`notificationText.<variant>.title` and `.body`): the server's facts by name,
 * and two the bell derives from them, `department` (the English name of `departmentCode`) and `what` (the deadline
 * `deadlineKind` names).
 */
const NEEDS: Record<string, { title: string[]; body: string[] }> = {
  ASSIGNMENT_ISSUED: { title: ['campaignTitle'], body: ['department', 'campaignTitle', 'dueDate'] },
  ASSIGNMENT_WITHDRAWN: { title: ['campaignTitle'], body: ['campaignTitle'] },
  DUE_DATE_CHANGED: { title: ['campaignTitle'], body: ['campaignTitle', 'previousDueDate', 'newDueDate'] },
  EXTENSION_GRANTED: { title: ['campaignTitle'], body: ['what', 'previousDueDate', 'newDueDate'] },
  EXTENSION_DENIED: { title: ['campaignTitle'], body: ['what'] },
  EXTENSION_REQUESTED: { title: ['department', 'campaignTitle'], body: ['what', 'currentDueDate', 'requestedDueDate'] },
  APPROVAL_REQUESTED: { title: ['campaignTitle'], body: [] },
  APPROVAL_REQUESTED_RECTIFICATION: { title: ['campaignTitle'], body: ['answerVersion'] },
  APPROVAL_REJECTED: { title: ['campaignTitle'], body: [] },
  APPROVAL_REJECTED_RECTIFICATION: { title: ['campaignTitle'], body: [] },
  SUBMITTED_FOR_REVIEW: { title: ['department', 'campaignTitle'], body: ['department', 'campaignTitle', 'reportVersion'] },
  SUBMITTED_FOR_REVIEW_RECTIFICATION: { title: ['department', 'campaignTitle'], body: ['department', 'answerVersion'] },
  REPORT_ACCEPTED: { title: ['campaignTitle'], body: ['reportVersion'] },
  FINDINGS_RAISED: { title: ['campaignTitle', 'findingCount'], body: ['reportVersion'] },
  REPORT_RETURNED: { title: ['campaignTitle'], body: ['reportVersion'] },
  RECTIFICATION_RETURNED: { title: ['campaignTitle'], body: [] },
  FINDING_CLOSED: { title: ['campaignTitle'], body: [] },
  DEADLINE_REMINDER: { title: ['campaignTitle', 'what', 'workingDaysLeft'], body: ['campaignTitle', 'what', 'dueDate'] },
  DEADLINE_REMINDER_TODAY: { title: ['campaignTitle', 'what'], body: ['campaignTitle', 'what', 'dueDate'] },
  DEADLINE_MISSED: { title: ['department', 'campaignTitle', 'what'], body: ['campaignTitle', 'what', 'dueDate'] },
  YELLOW_WARNING: overdue(),
  RED_WARNING: overdue(),
  ESCALATION: overdue(),
  ESCALATION_OFFICE: overdue(),
}

function overdue() {
  return {
    title: ['department', 'campaignTitle', 'what', 'workingDaysOverdue'],
    body: ['campaignTitle', 'what', 'dueDate', 'workingDaysOverdue'],
  }
}

/**
 * Facts a written body adds after itself when the server names them (`notificationText.extra.<fact>`), in this order:
 * who acted, the document, the score, the findings, and the words people typed, which stay as they were written.
 */
const EXTRAS = ['requesterName', 'submitterName', 'leaderName', 'documentNumber', 'score', 'noticeNumbers',
  'rectificationDeadline', 'returnReasons', 'reason', 'comment']

/** Kinds whose wording differs for a report and for a rectification answer (the fact `subject`). */
const BY_SUBJECT = new Set(['APPROVAL_REQUESTED', 'APPROVAL_REJECTED', 'SUBMITTED_FOR_REVIEW'])

/**
 * The English text's variant of a notification: its kind, refined by its facts where the words differ; undefined
 * when a fact that decides the variant is missing.
 */
export function variantOf(notification: AppNotification): string | undefined {
  const kind = notification.kind ?? ''
  const facts: NotificationFacts = notification.facts ?? {}
  if (kind === 'EXTENSION_DECIDED') {
    return { GRANTED: 'EXTENSION_GRANTED', DENIED: 'EXTENSION_DENIED' }[facts.decision ?? '']
  }
  if (BY_SUBJECT.has(kind)) {
    return { REPORT: kind, RECTIFICATION: `${kind}_RECTIFICATION` }[facts.subject ?? '']
  }
  if (kind === 'DEADLINE_REMINDER' && facts.workingDaysLeft === '0') {
    return 'DEADLINE_REMINDER_TODAY'
  }
  if (kind === 'ESCALATION' && facts.escalationTarget === 'OFFICE') {
    return 'ESCALATION_OFFICE'
  }
  return kind
}

/** Title and body in the user's language: the server's in Chinese, written from the kind and facts in English. */
export function notificationText(notification: AppNotification, locale: string, i18n: Translator,
  department: (code: string) => string | undefined): { title: string; body?: string } {
  const server = { title: notification.title, body: notification.body }
  const variant = variantOf(notification)
  const needs = variant ? NEEDS[variant] : undefined
  if (locale !== 'en' || !needs) {
    return server
  }
  const facts: NotificationFacts = notification.facts ?? {}
  const whatKey = `notificationText.what.${facts.deadlineKind}`
  const values: Record<string, string | undefined> = {
    ...facts,
    department: facts.departmentCode ? department(facts.departmentCode) : undefined,
    what: facts.deadlineKind && i18n.te(whatKey) ? i18n.t(whatKey) : undefined,
  }
  const written = (part: 'title' | 'body') => {
    const key = `notificationText.${variant}.${part}`
    return needs[part].every((name) => values[name]) && i18n.te(key) ? i18n.t(key, values) : undefined
  }
  const title = written('title') ?? notification.title
  const body = notification.body ? written('body') : undefined
  if (body === undefined) {
    return { title, body: notification.body }
  }
  const extras = EXTRAS.filter((name) => facts[name]).map((name) =>
    i18n.t(name === 'score' && facts.maxScore ? 'notificationText.extra.scoreOutOf' : `notificationText.extra.${name}`, values))
  return { title, body: [body, ...extras].join(' ') }
}
