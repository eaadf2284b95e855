import { describe, expect, it } from 'vitest'
import { entryType, roundsOf } from '../src/views/review/timeline'
import type { TimelineEntry } from '../src/api/reviewTypes'

function entry(seq: number, type: string, reportVersion?: number, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    seq, messageId: `m${seq}`, type, kind: 'EVENT', source: 's', occurredAt: `2026-11-0${seq}T00:00:00Z`,
    recordedAt: `2026-11-0${seq}T00:00:00Z`, summary: { zh: type, en: type }, reportVersion, hash: 'h', ...extra,
  }
}

describe('timeline rounds', () => {
  it('puts drafting with the first version and starts a round at each higher version', () => {
    const entries = [
      entry(1, 'AssignmentIssued'), entry(2, 'DraftStarted'), entry(3, 'ReportSubmitted', 1), entry(4, 'ReviewCompleted', 1),
      entry(5, 'DraftStarted'), entry(6, 'ReportSubmitted', 2), entry(7, 'ReviewCompleted', 2),
    ]
    const rounds = roundsOf(entries)
    expect(rounds.map((round) => [round.version, round.entries.map((candidate) => candidate.seq)])).toEqual([
      [1, [1, 2, 3, 4, 5]],
      [2, [6, 7]],
    ])
  })

  it('keeps a history without any version as one round', () => {
    expect(roundsOf([entry(1, 'AssignmentIssued')])).toEqual([{ version: null, entries: [entry(1, 'AssignmentIssued')] }])
    expect(roundsOf([])).toEqual([])
  })

  it('colours returns red, closures green and the engine grey', () => {
    expect(entryType(entry(1, 'StageChanged', undefined, { stageAfter: 'RETURNED' }))).toBe('danger')
    expect(entryType(entry(1, 'FindingVerified', undefined, { actor: { username: 'auditor' } }))).toBe('success')
    expect(entryType(entry(1, 'FindingVerified', undefined, { details: { outcome: 'REJECTED' } }))).toBe('danger')
    expect(entryType(entry(1, 'ReviewCompleted', 1, { details: { decision: 'RETURN' } }))).toBe('danger')
    expect(entryType(entry(1, 'OpenReview', undefined, { kind: 'COMMAND' }))).toBe('info')
    expect(entryType(entry(1, 'ReviewClaimed', undefined, { actor: { username: 'auditor' } }))).toBe('primary')
  })
})
