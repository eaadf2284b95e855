// notification-service writes each notification in Chinese (its title doubles as the text message). In English the
// bell writes it again from its kind and the facts the notification carries: the campaign (《…》 in the title), the
// department (its code), dates, version, working days, score. A text whose fact cannot be found keeps the server's
// Chinese words rather than guess; Chinese always shows the server's text.
import type { AppNotification } from './types'
import type { Translator } from '../i18n/translator'

/** The facts a text may name; each template says which it needs. */
type Fact = 'campaign' | 'department' | 'date' | 'from' | 'to' | 'version' | 'days' | 'count' | 'what'

/** Which facts each English text needs: `notificationText.<variant>.title` and `.body`. */
const NEEDS: Record<string, { title: Fact[]; body: Fact[] }> = {
  ASSIGNMENT_ISSUED: { title: ['campaign'], body: ['department', 'campaign', 'date'] },
  ASSIGNMENT_WITHDRAWN: { title: ['campaign'], body: ['campaign'] },
  DUE_DATE_CHANGED: { title: ['campaign'], body: ['campaign', 'from', 'to'] },
  EXTENSION_GRANTED: { title: ['campaign'], body: ['from', 'to'] },
  EXTENSION_DENIED: { title: ['campaign'], body: [] },
  EXTENSION_REQUESTED: { title: ['department', 'campaign'], body: ['from', 'to'] },
  APPROVAL_REQUESTED: { title: ['campaign'], body: [] },
  APPROVAL_REQUESTED_RECTIFICATION: { title: ['campaign'], body: ['version'] },
  APPROVAL_REJECTED: { title: ['campaign'], body: [] },
  APPROVAL_REJECTED_RECTIFICATION: { title: ['campaign'], body: [] },
  SUBMITTED_FOR_REVIEW: { title: ['department', 'campaign'], body: ['department', 'campaign', 'version'] },
  SUBMITTED_FOR_REVIEW_RECTIFICATION: { title: ['department', 'campaign'], body: ['department', 'version'] },
  REPORT_ACCEPTED: { title: ['campaign'], body: ['version'] },
  FINDINGS_RAISED: { title: ['campaign', 'count'], body: ['version'] },
  REPORT_RETURNED: { title: ['campaign'], body: ['version'] },
  RECTIFICATION_RETURNED: { title: ['campaign'], body: [] },
  FINDING_CLOSED: { title: ['campaign'], body: [] },
  DEADLINE_REMINDER: { title: ['campaign', 'what', 'days'], body: ['campaign', 'what', 'date'] },
  DEADLINE_REMINDER_TODAY: { title: ['campaign', 'what'], body: ['campaign', 'what', 'date'] },
  DEADLINE_MISSED: { title: ['department', 'campaign', 'what'], body: ['campaign', 'what', 'date'] },
  YELLOW_WARNING: { title: ['department', 'campaign', 'what', 'days'], body: ['campaign', 'what', 'date', 'days'] },
  RED_WARNING: { title: ['department', 'campaign', 'what', 'days'], body: ['campaign', 'what', 'date', 'days'] },
  ESCALATION: { title: ['department', 'campaign', 'what', 'days'], body: ['campaign', 'what', 'date', 'days'] },
  ESCALATION_OFFICE: { title: ['department', 'campaign', 'what', 'days'], body: ['campaign', 'what', 'date', 'days'] },
}

/** Kinds whose wording differs for a report and for a rectification answer (same kind, other source event). */
const BY_SUBJECT = new Set(['APPROVAL_REQUESTED', 'APPROVAL_REJECTED', 'SUBMITTED_FOR_REVIEW'])

/** The English text's variant of a notification: its kind, refined by the event it came from where the words differ. */
export function variantOf(notification: AppNotification): string {
  const { kind = '', sourceEventType = '', title = '', body = '' } = notification
  if (kind === 'EXTENSION_DECIDED') {
    return sourceEventType === 'ExtensionDenied' || title.startsWith('延期申请未获批准') ? 'EXTENSION_DENIED' : 'EXTENSION_GRANTED'
  }
  if (BY_SUBJECT.has(kind) && (sourceEventType.startsWith('Rectification') || title.includes('整改'))) {
    return `${kind}_RECTIFICATION`
  }
  if (kind === 'DEADLINE_REMINDER' && title.includes('今天截止')) {
    return 'DEADLINE_REMINDER_TODAY'
  }
  if (kind === 'ESCALATION' && body.includes('提请督察办')) {
    return 'ESCALATION_OFFICE'
  }
  return kind
}

/** Which deadline a deadline notice names right after the campaign (《…》报告报送 / 报告审核 / 问题整改), as a key. */
const WHAT: Record<string, string> = { 报告报送: 'report', 报告审核: 'review', 问题整改: 'rectification' }

/** What a notification's words state; `reason` and `score` are added to a written text when present, never needed. */
export type Facts = Partial<Record<Fact, string>> & { reason?: string; score?: string }

/** The facts found in the notification; a fact not found is left out. */
export function factsOf(notification: AppNotification, department: (code: string) => string | undefined): Facts {
  const title = notification.title ?? ''
  const body = notification.body ?? ''
  const text = `${title}\n${body}`
  const dates = body.match(/\d{4}-\d{2}-\d{2}/g) ?? []
  const facts: Facts = {
    campaign: text.match(/《([^》]+)》/)?.[1],
    department: notification.departmentCode ? department(notification.departmentCode) : undefined,
    date: dates[0],
    from: dates.length >= 2 ? dates[0] : undefined,
    to: dates.length >= 2 ? dates[1] : undefined,
    version: text.match(/第\s*(\d+)\s*版/)?.[1],
    days: title.match(/(\d+)\s*个工作日/)?.[1],
    count: title.match(/需整改\s*(\d+)\s*个问题/)?.[1],
    what: WHAT[text.match(/》(报告报送|报告审核|问题整改)/)?.[1] ?? ''],
    // Words people typed (a reason, a leader's comment) stay as they were written.
    reason: body.match(/(?:理由|意见|审核意见)：(.+?)。?$/)?.[1],
    score: body.match(/得分\s*([\d.]+(?:\/[\d.]+)?)/)?.[1],
  }
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== '')) as Facts
}

/** Title and body in the user's language: the server's in Chinese, written from the kind and facts in English. */
export function notificationText(notification: AppNotification, locale: string, i18n: Translator,
  department: (code: string) => string | undefined): { title: string; body?: string } {
  const server = { title: notification.title, body: notification.body }
  const variant = variantOf(notification)
  const needs = NEEDS[variant]
  if (locale !== 'en' || !needs) {
    return server
  }
  const facts = factsOf(notification, department)
  const values: Record<string, unknown> = { ...facts, what: facts.what ? i18n.t(`notificationText.what.${facts.what}`) : undefined }
  const written = (part: 'title' | 'body', fallback: string | undefined) => {
    const key = `notificationText.${variant}.${part}`
    return needs[part].every((fact) => facts[fact] !== undefined) && i18n.te(key) ? i18n.t(key, values) : fallback
  }
  let body = notification.body ? written('body', notification.body) : undefined
  if (body !== undefined && body !== notification.body) {
    const extras = [facts.score ? i18n.t('notificationText.score', { score: facts.score }) : '',
      facts.reason ? i18n.t('notificationText.reason', { reason: facts.reason }) : ''].filter((extra) => extra)
    body = [body, ...extras].join(' ')
  }
  return { title: written('title', notification.title) ?? notification.title, body }
}
