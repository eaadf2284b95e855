// A reported figure as the auditors read it: yes/no in words, numbers with their unit, an empty one said so.
type Translate = (key: string) => string

export function metricText(value: unknown, kind: string, unit: string | null | undefined, t: Translate): string {
  if (value === null || value === undefined || value === '') {
    return t('app.notFilled')
  }
  if (kind === 'YES_NO') {
    return value === true || value === 'true' ? t('yesNo.yes') : t('yesNo.no')
  }
  return unit ? `${value} ${unit}` : String(value)
}
