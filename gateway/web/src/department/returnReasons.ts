import type { ReturnNote } from './types'

/**
 * An auditor's reasons for returning a report: those on an indicator belong at its section, those on the whole report
 * (no indicator) once above all sections. Only the latest return counts for the whole report; an indicator shows its
 * latest reason.
 */
export function indicatorReason(notes: ReturnNote[], indicatorId?: string): string | undefined {
  const mine = indicatorId ? notes.filter((note) => note.indicatorId === indicatorId) : []
  return mine.length ? mine[mine.length - 1].reason : undefined
}

export function wholeReportReasons(notes: ReturnNote[]): string[] {
  const latest = Math.max(0, ...notes.map((note) => note.returnedVersion))
  return notes.filter((note) => !note.indicatorId && note.returnedVersion === latest).map((note) => note.reason)
}
