import { describe, expect, it } from 'vitest'
import {
  addAspect, addItem, draftOf, draftProblems, draftRequest, emptyFramework, moveNode, nextCode, removeNode, totalPoints,
} from '../src/views/office/frameworkDraft'
import type { Framework } from '../src/api/types'

const framework: Framework = {
  id: 'f', name: '2026年度督察内容分解表', year: 2026, status: 'IN_USE',
  aspects: [{
    id: 'a1', code: '1', title: '政府职能', items: [{
      id: 'i1', code: '1.1', title: '权责清单', requirement: '动态调整', maxPoints: 5, scoringRule: '未调整扣2分',
      metrics: [{ code: 'powerListItems', label: '清单事项数', kind: 'COUNT' }], expectedEvidence: '清单文件',
      leadUnit: 'sifa', coUnits: ['minzheng'],
    }],
  }],
}

function complete() {
  const draft = draftOf(framework)
  draft.name = '2027年度'
  return draft
}

describe('the framework tree editor', () => {
  it('numbers new aspects and items after the last code', () => {
    expect(nextCode(['1', '2'], 'x')).toBe('3')
    expect(nextCode(['3.1', '3.2'], 'x')).toBe('3.3')
    expect(nextCode(['A'], 'B')).toBe('B')
    const draft = emptyFramework(2027)
    const aspect = addAspect(draft)
    expect(aspect.code).toBe('2')
    expect(aspect.items.map((item) => item.code)).toEqual(['2.1'])
    expect(addItem(aspect).code).toBe('2.2')
  })

  it('moves and removes nodes among their siblings', () => {
    const draft = emptyFramework(2027)
    const second = addAspect(draft)
    expect(moveNode(draft, second.key, -1)).toBe(true)
    expect(draft.aspects[0]).toBe(second)
    expect(moveNode(draft, second.key, -1)).toBe(false)
    const item = addItem(second)
    expect(moveNode(draft, item.key, -1)).toBe(true)
    expect(second.items[0]).toBe(item)
    expect(removeNode(draft, item.key)).toBe(true)
    expect(second.items).toHaveLength(1)
    expect(removeNode(draft, second.key)).toBe(true)
    expect(draft.aspects).toHaveLength(1)
    expect(removeNode(draft, 'missing')).toBe(false)
  })

  it('adds points in hundredths', () => {
    const draft = complete()
    const item = addItem(draft.aspects[0])
    item.maxPoints = 0.1
    draft.aspects[0].items[0].maxPoints = 0.2
    expect(totalPoints(draft)).toBe(0.3)
  })

  it('finds no problem in a complete draft', () => {
    expect(draftProblems(complete())).toEqual([])
  })

  it('names every broken rule with the node it concerns', () => {
    const draft = complete()
    const item = draft.aspects[0].items[0]
    item.coUnits = ['sifa']
    item.maxPoints = 0
    item.metrics.push({ code: 'powerListItems', label: '', kind: 'COUNT', unit: '' })
    const added = addItem(draft.aspects[0])
    added.code = '1.1'
    const keys = draftProblems(draft).map((problem) => [problem.key, problem.nodeKey === item.key ? 'item' : problem.nodeKey === added.key ? 'added' : '-'])
    expect(keys).toEqual([
      ['pointsPositive', 'item'],
      ['coUnitIsLead', 'item'],
      ['metricCodeDuplicate', 'item'],
      ['metricLabelRequired', 'item'],
      ['codeDuplicate', 'added'],
      ['titleRequired', 'added'],
      ['requirementRequired', 'added'],
      ['scoringRuleRequired', 'added'],
      ['pointsPositive', 'added'],
      ['leadRequired', 'added'],
    ])
  })

  it('sends the tree without local keys and without empty optional texts', () => {
    const body = draftRequest(complete())
    expect(body.aspects[0]).toEqual({
      code: '1', title: '政府职能', items: [{
        code: '1.1', title: '权责清单', requirement: '动态调整', maxPoints: 5, scoringRule: '未调整扣2分',
        metrics: [{ code: 'powerListItems', label: '清单事项数', kind: 'COUNT', unit: undefined }], expectedEvidence: '清单文件',
        leadUnit: 'sifa', coUnits: ['minzheng'],
      }],
    })
    expect(body.description).toBeUndefined()
  })
})
