import { describe, expect, it } from 'vitest'
import { draftsFrom, emptyDraft, errorsOf, serverErrors, summary, toRequest, validate, type RuleIndicator } from '../src/views/analytics/ruleForm'
import type { RuleSet } from '../src/api/analyticsTypes'

const indicators: RuleIndicator[] = [
  { indicatorId: 'i1', code: '1.1', aspectTitle: '制度建设', title: '规范性文件', maxPoints: 10, metrics: [] },
  { indicatorId: 'i2', code: '1.2', aspectTitle: '制度建设', title: '复议纠错率', maxPoints: 5,
    metrics: [{ code: 'rate', label: '纠错率', kind: 'PERCENTAGE', unit: '%' }] },
  { indicatorId: 'i3', code: '2.1', aspectTitle: '执法', title: '重大事故', maxPoints: 8, metrics: [] },
]

const published: RuleSet = {
  campaignId: 'c', version: 2, bonusCap: 3, publishedAt: '2026-11-01T00:00:00Z', publishedBy: '管理员',
  rules: [
    { indicatorId: 'i1', kind: 'DEDUCTION', text: '每件扣0.5分', perOccurrence: 0.5, occurrenceLabel: '文件', vetoCondition: null, metricCode: null, bands: [] },
    { indicatorId: 'i2', kind: 'THRESHOLD', text: null, perOccurrence: null, occurrenceLabel: null, vetoCondition: null, metricCode: 'rate',
      bands: [{ below: 90, deduction: 1 }, { below: 80, deduction: 3 }] },
  ],
}

describe('the scoring rules form', () => {
  it('starts from the rules in force, with no rule for indicators the version leaves out', () => {
    const drafts = draftsFrom(indicators, published)
    expect(drafts.map((draft) => draft.kind)).toEqual(['DEDUCTION', 'THRESHOLD', 'NONE'])
    expect(drafts[0]).toMatchObject({ text: '每件扣0.5分', perOccurrence: 0.5, occurrenceLabel: '文件' })
    expect(drafts[1].bands).toEqual([{ below: 90, deduction: 1 }, { below: 80, deduction: 3 }])
    expect(draftsFrom(indicators, null).every((draft) => draft.kind === 'NONE')).toBe(true)
  })

  it('publishes the round trip of what it loaded unchanged', () => {
    const request = toRequest(draftsFrom(indicators, published), null)
    expect(request.rules).toEqual(published.rules)
  })

  it('sends only the parameters each kind uses, leaves out indicators without a rule, and a cap only with bonuses', () => {
    const drafts = draftsFrom(indicators, published)
    // Switching kinds keeps what was typed in the form, but the request carries only what the new kind uses.
    drafts[0].kind = 'VETO'
    drafts[0].vetoCondition = ' 发生重大责任事故 '
    const request = toRequest(drafts, 3)
    expect(request.rules).toEqual([
      { indicatorId: 'i1', kind: 'VETO', text: '每件扣0.5分', perOccurrence: null, occurrenceLabel: null, vetoCondition: '发生重大责任事故', metricCode: null, bands: [] },
      published.rules[1],
    ])
    expect(request.bonusCap).toBeNull()
    drafts[2] = { ...emptyDraft('i3'), kind: 'BONUS', perOccurrence: 1 }
    expect(toRequest(drafts, 3).bonusCap).toBe(3)
    drafts[2].kind = 'NOT_APPLICABLE'
    expect(toRequest(drafts, 3).rules[2]).toEqual({ indicatorId: 'i3', kind: 'NOT_APPLICABLE', text: null, perOccurrence: null,
      occurrenceLabel: null, vetoCondition: null, metricCode: null, bands: [] })
  })

  it('names every missing or wrong parameter beside its field before sending', () => {
    const drafts = draftsFrom(indicators, null)
    drafts[0].kind = 'DEDUCTION'
    drafts[1] = { ...drafts[1], kind: 'THRESHOLD', metricCode: 'other', bands: [{ below: null, deduction: 9 }] }
    drafts[2].kind = 'VETO'
    const errors = validate(drafts, indicators, -1)
    expect(errors).toEqual({
      'i1.perOccurrence': ['scoringRules.invalid.perOccurrence'],
      'i2.metricCode': ['scoringRules.invalid.metricUnknown'],
      'i2.bands[0].below': ['scoringRules.invalid.below'],
      'i2.bands[0].deduction': ['scoringRules.invalid.deductionAbovePoints'],
      'i3.vetoCondition': ['scoringRules.invalid.vetoCondition'],
    })
    expect(errorsOf(errors, 'i2')).toBe(3)
    drafts[1].bands = []
    drafts[1].metricCode = ''
    expect(validate(drafts, indicators, null)['i2.bands']).toEqual(['scoringRules.invalid.bands'])
    expect(validate(drafts, indicators, null)['i2.metricCode']).toEqual(['scoringRules.invalid.metricCode'])
  })

  it('finds nothing wrong in complete rules, and checks the cap only when there is a bonus', () => {
    const drafts = draftsFrom(indicators, published)
    expect(validate(drafts, indicators, -1)).toEqual({})
    drafts[2] = { ...emptyDraft('i3'), kind: 'BONUS', perOccurrence: 1 }
    expect(validate(drafts, indicators, -1)).toEqual({ bonusCap: ['scoringRules.invalid.bonusCap'] })
  })

  it('puts the service\'s errors beside the indicator of the rule it numbers, in the user\'s language', () => {
    const drafts = draftsFrom(indicators, published)
    drafts[0].kind = 'NONE'
    const sent = toRequest(drafts, null)
    // rules[0] of what was sent is i2: i1 had no rule any more.
    const errors = serverErrors([
      { field: 'rules[0].metricCode', message: { 'zh-CN': '该指标没有要求报送“x”', en: 'The indicator asks for no metric x' } },
      { field: 'bonusCap', message: { 'zh-CN': '不能为负数', en: 'must not be negative' } },
      { field: 'rules[7].kind', message: '?' },
    ], sent, 'en')
    expect(errors).toEqual({
      'i2.metricCode': ['The indicator asks for no metric x'],
      bonusCap: ['must not be negative'],
      'rules[7].kind': ['?'],
    })
  })

  it('sums a rule up for its row', () => {
    const drafts = draftsFrom(indicators, published)
    expect(summary(drafts[0])).toEqual({ kind: 'DEDUCTION', detail: '−0.5' })
    expect(summary(drafts[1])).toEqual({ kind: 'THRESHOLD', detail: 'rate' })
    expect(summary(drafts[2])).toEqual({ kind: 'NONE', detail: '' })
  })
})
