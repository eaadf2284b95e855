import { describe, expect, it } from 'vitest'
import { indicatorReason, wholeReportReasons } from '../src/department/returnReasons'
import type { ReturnNote } from '../src/department/types'

const notes = [
  { returnedVersion: 1, indicatorId: 'a', reason: '缺少数据' },
  { returnedVersion: 1, reason: '请补充总体情况' },
  { returnedVersion: 2, indicatorId: 'a', reason: '数据仍不完整' },
  { returnedVersion: 2, reason: '请补充问题整改情况' },
  { returnedVersion: 2, reason: '请注明联系人' },
] as ReturnNote[]

describe('return reasons', () => {
  it('gives an indicator its latest reason and a section without an indicator none', () => {
    expect(indicatorReason(notes, 'a')).toBe('数据仍不完整')
    expect(indicatorReason(notes, 'b')).toBeUndefined()
    expect(indicatorReason(notes, undefined)).toBeUndefined()
  })

  it('lists the latest return’s reasons on the whole report, once each', () => {
    expect(wholeReportReasons(notes)).toEqual(['请补充问题整改情况', '请注明联系人'])
    expect(wholeReportReasons([])).toEqual([])
  })
})
