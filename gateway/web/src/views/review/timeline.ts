// Groups a report's timeline into the rounds people talk about ("the first submission", "after the return"), so a
// long history reads as chapters, each with the report version it concerns.
import type { TimelineEntry } from '../../api/reviewTypes'
import type { Translator } from '../../i18n/translator'

export interface TimelineRound {
  /** The report version the round ends in (submitted, reviewed, rectified), or null before the first submission. */
  version: number | null
  entries: TimelineEntry[]
}

/**
 * Entries in order of occurrence (the service's order), split where a higher report version first appears: the
 * entries before the first version belong to its round (drafting leads up to it), and an entry without a version
 * stays in the round it happens in.
 */
export function roundsOf(entries: TimelineEntry[]): TimelineRound[] {
  const rounds: TimelineRound[] = []
  let current: TimelineRound = { version: null, entries: [] }
  for (const entry of entries) {
    const version = entry.reportVersion ?? null
    if (version !== null && current.version !== null && version > current.version) {
      rounds.push(current)
      current = { version, entries: [] }
    } else if (version !== null && current.version === null) {
      current.version = version
    }
    current.entries.push(entry)
  }
  if (current.entries.length > 0) {
    rounds.push(current)
  }
  return rounds
}

/** Element Plus timeline colours: what the office did, what departments did, what the engine did by itself. */
export function entryType(entry: TimelineEntry): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  const details = (entry.details ?? {}) as { outcome?: string; decision?: string }
  const refused = details.outcome === 'REJECTED' || details.decision === 'RETURN'
  if (refused || entry.stageAfter === 'RETURNED' || entry.stageAfter === 'WITHDRAWN' || /Rejected|Withdrawn|Missed|Escalation/.test(entry.type)) {
    return 'danger'
  }
  if (entry.stageAfter === 'CLOSED' || entry.stageAfter === 'ACCEPTED' || /Verified|Submitted|Approved|Granted/.test(entry.type)) {
    return 'success'
  }
  if (entry.kind === 'COMMAND' || !entry.actor) {
    return 'info'
  }
  return 'primary'
}

/**
 * What kind of entry this is, in the user's language: each message type workflows records has its own label
 * (`history.entryType.*`); a type added to the engine later reads as "other entry" or "other command" rather than
 * showing its English class name in the Chinese UI.
 */
export function typeLabel(type: string, kind: TimelineEntry['kind'], i18n: Translator): string {
  const key = `history.entryType.${type}`
  if (/^[A-Z][A-Za-z]*$/.test(type) && i18n.te(key)) {
    return i18n.t(key)
  }
  return i18n.t(kind === 'COMMAND' ? 'history.entryType.unknownCommand' : 'history.entryType.unknownEvent')
}

/** Writes an entry's line from its details, or null when a detail it needs is missing. */
type Writer = (entry: TimelineEntry, i18n: Translator) => string | null

/** A number as the services write it in a line: no trailing zeros. */
const plain = (value: unknown) => String(Number(value))

// The lines that name enum values or class names in the service's words: the notified event (by class name in
// Chinese too), the stages and the grade (by enum name in English; the Chinese lines stay the service's own).
const WRITERS: Record<string, Writer> = {
  NotificationAttempted(entry, i18n) {
    const details = (entry.details ?? {}) as {
      sourceEventType?: string; recipientName?: string; channel?: string; status?: string; attempt?: number; failureReason?: string
    }
    const channelKey = `history.channel.${details.channel}`
    if (!details.sourceEventType || !details.recipientName || !details.channel || !i18n.te(channelKey)) {
      return null
    }
    return i18n.t(details.status === 'DELIVERED' ? 'history.notified' : 'history.notifyFailed', {
      channel: i18n.t(channelKey),
      recipient: details.recipientName,
      source: typeLabel(details.sourceEventType, 'EVENT', i18n),
      attempt: details.attempt ?? 1,
      reason: details.failureReason ?? '',
    })
  },
  StageChanged(entry, i18n) {
    if (!i18n.te('history.stageChanged')) {
      return null
    }
    const [before, after] = [`stage.${entry.stageBefore}`, `stage.${entry.stageAfter}`]
    if (!entry.stageAfter || !i18n.te(after) || (entry.stageBefore && !i18n.te(before))) {
      return null
    }
    return i18n.t('history.stageChanged', { before: entry.stageBefore ? i18n.t(before) : i18n.t('history.stageStart'), after: i18n.t(after) })
  },
  ReportGraded(entry, i18n) {
    if (!i18n.te('history.graded')) {
      return null
    }
    const details = (entry.details ?? {}) as { grade?: string; totalScore?: number; maxScore?: number }
    const grade = `review.grade.${details.grade}`
    if (!details.grade || !i18n.te(grade) || details.totalScore === undefined || details.maxScore === undefined) {
      return null
    }
    return i18n.t('history.graded', { grade: i18n.t(grade), score: `${plain(details.totalScore)}/${plain(details.maxScore)}` })
  },
}

/**
 * The entry's line in the user's language: the service writes both languages, but names a few things by their code
 * (the notified event's class name even in Chinese, stages and grades in English); those lines are written here from
 * their details with the app's labels. Any other entry, or one whose details lack a part, keeps the service's line.
 */
export function summaryOf(entry: TimelineEntry, locale: string, i18n: Translator): string {
  const server = locale === 'en' ? entry.summary.en || entry.summary.zh : entry.summary.zh
  return WRITERS[entry.type]?.(entry, i18n) ?? server
}
