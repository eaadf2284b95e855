import { describe, expect, it } from 'vitest'
import { parseMetric } from '../src/department/metrics'

describe('a figure typed into the report', () => {
  it('takes whole counts from zero up, with thousands separators', () => {
    expect(parseMetric('COUNT', '0')).toEqual({ value: 0 })
    expect(parseMetric('COUNT', ' 2,722 ')).toEqual({ value: 2722 })
  })

  it('refuses negative, fractional and non-numeric counts with a reason each', () => {
    expect(parseMetric('COUNT', '-1')).toEqual({ error: 'editor.metricErrors.negative' })
    expect(parseMetric('COUNT', '1.5')).toEqual({ error: 'editor.metricErrors.count' })
    expect(parseMetric('COUNT', '十二')).toEqual({ error: 'editor.metricErrors.count' })
    expect(parseMetric('COUNT', '99999999999999999999')).toEqual({ error: 'editor.metricErrors.count' })
  })

  it('takes percentages from 0 to 100 with at most four decimals, as the service does', () => {
    expect(parseMetric('PERCENTAGE', '0')).toEqual({ value: 0 })
    expect(parseMetric('PERCENTAGE', '100')).toEqual({ value: 100 })
    expect(parseMetric('PERCENTAGE', '98.1234')).toEqual({ value: 98.1234 })
    expect(parseMetric('PERCENTAGE', '100.01')).toEqual({ error: 'editor.metricErrors.percentageRange' })
    expect(parseMetric('PERCENTAGE', '-3')).toEqual({ error: 'editor.metricErrors.percentageRange' })
    expect(parseMetric('PERCENTAGE', '98.12345')).toEqual({ error: 'editor.metricErrors.percentage' })
    expect(parseMetric('PERCENTAGE', '98%')).toEqual({ error: 'editor.metricErrors.percentage' })
  })

  it('takes yes or no, and an empty field clears any figure', () => {
    expect(parseMetric('YES_NO', 'true')).toEqual({ value: true })
    expect(parseMetric('YES_NO', false)).toEqual({ value: false })
    expect(parseMetric('YES_NO', 'maybe')).toEqual({ error: 'editor.metricErrors.yesNo' })
    expect(parseMetric('YES_NO', '')).toEqual({ value: null })
    expect(parseMetric('COUNT', '  ')).toEqual({ value: null })
    expect(parseMetric('PERCENTAGE', null)).toEqual({ value: null })
  })
})
