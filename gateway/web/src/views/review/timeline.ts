// Groups a report's timeline into the rounds people talk about ("the first submission", "after the return"), so a
// long history reads as chapters, each with the report version it concerns.
import type { TimelineEntry } from '../../api/reviewTypes'

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
