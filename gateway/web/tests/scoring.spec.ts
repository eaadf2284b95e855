import { describe, expect, it } from 'vitest'
import {
  decisionProblems, decisionRequest, inputFields, needsOverrideReason, officeToday, scoreProblem, type DecisionDraft,
} from '../src/views/review/scoring'
import type { IndicatorScore } from '../src/api/reviewTypes'

const scores: IndicatorScore[] = [
  { indicatorId: 'i1', code: '1.1', title: '权责清单', maxPoints: 5, score: 4, comment: '' },
  { indicatorId: 'i2', code: '1.2', title: '公平竞争审查', maxPoints: 3, score: null },
]
const scored = scores.map((score) => ({ ...score, score: score.score ?? 2 }))
const finding = { indicatorId: 'i1', severity: 'GENERAL' as const, description: '未公开', requiredMeasures: '三十日内公开', deadline: '2027-03-01' }

function draft(overrides: Partial<DecisionDraft>): DecisionDraft {
  return { decision: 'ACCEPT', comment: '', findings: [], returnReasons: [], ...overrides }
}

describe('a score', () => {
  it('accepts 0 up to the indicator points with two decimals', () => {
    expect(scoreProblem(0, 5)).toBeNull()
    expect(scoreProblem(5, 5)).toBeNull()
    expect(scoreProblem('4.25', 5)).toBeNull()
    expect(scoreProblem(0.3, 5)).toBeNull()
  })

  it('names what is wrong with it', () => {
    expect(scoreProblem(null, 5)).toBe('required')
    expect(scoreProblem('', 5)).toBe('required')
    expect(scoreProblem('abc', 5)).toBe('notNumber')
    expect(scoreProblem(-1, 5)).toBe('negative')
    expect(scoreProblem(5.01, 5)).toBe('aboveMax')
    expect(scoreProblem(1.234, 5)).toBe('decimals')
  })
})

describe('a decision', () => {
  const today = '2026-11-23'

  it('to accept needs every indicator scored and no findings', () => {
    expect(decisionProblems(draft({}), scores, today)).toEqual([{ key: 'unscored', code: '1.2' }])
    expect(decisionProblems(draft({}), scored, today)).toEqual([])
    expect(decisionProblems(draft({ findings: [finding] }), scored, today)).toEqual([{ key: 'findingsNotAllowed' }])
  })

  it('with findings needs at least one complete finding with a deadline not before today', () => {
    expect(decisionProblems(draft({ decision: 'ACCEPT_WITH_FINDINGS' }), scored, today)).toEqual([{ key: 'noFindings' }])
    const incomplete = { ...finding, description: '  ' }
    const past = { ...finding, deadline: '2026-11-22' }
    expect(decisionProblems(draft({ decision: 'ACCEPT_WITH_FINDINGS', findings: [incomplete, past, finding] }), scored, today))
      .toEqual([{ key: 'findingIncomplete', index: 0 }, { key: 'findingPastDeadline', index: 1 }])
  })

  it('to return needs reasons, not scores, and no findings', () => {
    expect(decisionProblems(draft({ decision: 'RETURN' }), scores, today)).toEqual([{ key: 'noReasons' }])
    expect(decisionProblems(draft({ decision: 'RETURN', returnReasons: [{ indicatorId: 'i1', reason: '数据缺失' }] }), scores, today))
      .toEqual([])
    expect(decisionProblems(draft({ decision: 'RETURN', returnReasons: [{ reason: ' ' }] }), scores, today))
      .toEqual([{ key: 'reasonEmpty', index: 0 }])
  })

  it('sends only what the chosen decision takes, trimmed', () => {
    const body = decisionRequest(draft({
      decision: 'RETURN',
      comment: '  ',
      findings: [finding],
      returnReasons: [{ indicatorId: '', reason: ' 整体不完整 ' }],
    }))
    expect(body).toEqual({ decision: 'RETURN', comment: undefined, findings: [], returnReasons: [{ indicatorId: undefined, reason: '整体不完整' }] })
  })

  it('judges deadlines by the day in Beijing', () => {
    expect(officeToday(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24')
  })
})

describe('scoring rules', () => {
  it('ask for what each kind of rule needs', () => {
    expect(inputFields('DEDUCTION')).toEqual(['occurrences'])
    expect(inputFields('BONUS')).toEqual(['occurrences'])
    expect(inputFields('THRESHOLD')).toEqual(['metricValue'])
    expect(inputFields('VETO')).toEqual(['vetoed'])
    expect(inputFields('NOT_APPLICABLE')).toEqual([])
    expect(inputFields(undefined)).toEqual([])
  })

  it('need a reason only for a score that departs from the suggestion', () => {
    expect(needsOverrideReason(3.5, 3.5)).toBe(false)
    expect(needsOverrideReason(3.5, 3.50000001)).toBe(false)
    expect(needsOverrideReason(3, 3.5)).toBe(true)
    expect(needsOverrideReason(3, null)).toBe(false)
    expect(needsOverrideReason(null, 3)).toBe(false)
  })

  it('leave a not-applicable indicator unscored when accepting', () => {
    const draft: DecisionDraft = { decision: 'ACCEPT', comment: '', findings: [], returnReasons: [] }
    expect(decisionProblems(draft, scores, '2026-11-23', new Set(['i2']))).toEqual([])
  })
})
