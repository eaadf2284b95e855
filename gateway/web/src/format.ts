// Dates as the offices read them: days as written (the services send ISO dates), instants in Beijing time.

export function formatInstant(value: string | undefined | null, locale: string): string {
  if (!value) {
    return ''
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date)
}

export function formatPoints(value: number | string | undefined | null): string {
  if (value === undefined || value === null) {
    return ''
  }
  const number = Number(value)
  return Number.isFinite(number) ? String(Number(number.toFixed(2))) : String(value)
}
