// The figures a report section asks for, checked in the browser the way submission-service checks them
// (report/MetricValues.java), so a wrong figure is shown at its field before anything is sent.
import type { MetricKind } from '../api/types'

export type MetricInput = string | boolean | null | undefined

/** A figure as the service takes it, or the i18n key of what is wrong with it. */
export type ParsedMetric = { value: number | boolean | null; error?: undefined } | { value?: undefined; error: string }

const DECIMALS = /^\d+(\.\d{1,4})?$/

/** Reads what the user typed or chose; empty clears the figure. */
export function parseMetric(kind: MetricKind, input: MetricInput): ParsedMetric {
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { value: null }
  }
  if (kind === 'YES_NO') {
    if (typeof input === 'boolean') {
      return { value: input }
    }
    if (input === 'true' || input === 'false') {
      return { value: input === 'true' }
    }
    return { error: 'editor.metricErrors.yesNo' }
  }
  const text = String(input).trim().replace(/,/g, '')
  if (kind === 'COUNT') {
    if (!/^\d+$/.test(text)) {
      return { error: text.startsWith('-') ? 'editor.metricErrors.negative' : 'editor.metricErrors.count' }
    }
    const value = Number(text)
    return Number.isSafeInteger(value) ? { value } : { error: 'editor.metricErrors.count' }
  }
  if (text.startsWith('-')) {
    return { error: 'editor.metricErrors.percentageRange' }
  }
  if (!DECIMALS.test(text)) {
    return { error: 'editor.metricErrors.percentage' }
  }
  const value = Number(text)
  return value <= 100 ? { value } : { error: 'editor.metricErrors.percentageRange' }
}

/** The text a field shows for a stored figure. */
export function metricText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}
