// The working-day calendar editor: which kind each day of a year is (法定节假日, 调休 working weekend day, weekend,
// working day), setting a day's kind, the year as workflows' PUT wants it, and its 422 naming a bad date.
import type { FieldError } from '../../api/problem'
import { pick } from '../../api/problem'
import type { CalendarDay, WorkingCalendar } from '../../api/analyticsTypes'

export type DayKind = 'HOLIDAY' | 'WORKDAY' | 'WEEKEND' | 'WORKING'

export interface CalendarDraft {
  year: number
  provisional: boolean
  source: string
  /** date → name, for the days off and for the weekend days worked instead (调休). */
  holidays: Map<string, string>
  workdays: Map<string, string>
}

export function draftOf(calendar: WorkingCalendar): CalendarDraft {
  return {
    year: calendar.year,
    provisional: calendar.provisional,
    source: calendar.source ?? '',
    holidays: new Map(calendar.holidays.map((day) => [day.date, day.name])),
    workdays: new Map(calendar.workdays.map((day) => [day.date, day.name])),
  }
}

/** `YYYY-MM-DD` of a day, without time zones (the calendar's days are the offices' days). */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const day = weekday(date)
  return day === 0 || day === 6
}

export function dayKind(draft: CalendarDraft, date: string): DayKind {
  if (draft.holidays.has(date)) {
    return 'HOLIDAY'
  }
  if (draft.workdays.has(date)) {
    return 'WORKDAY'
  }
  return isWeekend(date) ? 'WEEKEND' : 'WORKING'
}

/**
 * Makes a day a holiday, a worked weekend day, or ordinary again (`WEEKEND`/`WORKING` both clear it): a date stands in
 * one list at most, as workflows requires. A worked day that is no weekend day changes nothing, so it is refused.
 */
export function setDay(draft: CalendarDraft, date: string, kind: DayKind, name = ''): boolean {
  if (kind === 'WORKDAY' && !isWeekend(date)) {
    return false
  }
  draft.holidays.delete(date)
  draft.workdays.delete(date)
  if (kind === 'HOLIDAY') {
    draft.holidays.set(date, name.trim())
  } else if (kind === 'WORKDAY') {
    draft.workdays.set(date, name.trim())
  }
  return true
}

function sorted(days: Map<string, string>): CalendarDay[] {
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }))
}

/** The body of `PUT /api/workflow/calendar/{year}`, dates in order. */
export function toRequest(draft: CalendarDraft): Omit<WorkingCalendar, 'year'> {
  return { provisional: draft.provisional, source: draft.source.trim(), holidays: sorted(draft.holidays), workdays: sorted(draft.workdays) }
}

/** What the form checks before sending (i18n keys): a source, a name for every day, every date in the year. */
export function validate(draft: CalendarDraft): string[] {
  const problems: string[] = []
  if (!draft.source.trim()) {
    problems.push('calendar.invalid.source')
  }
  const all = [...draft.holidays.entries(), ...draft.workdays.entries()]
  if (all.some(([, name]) => !name.trim())) {
    problems.push('calendar.invalid.name')
  }
  if (all.some(([date]) => !date.startsWith(`${draft.year}-`))) {
    problems.push('calendar.invalid.year')
  }
  return problems
}

const DAY_FIELD = /^(holidays|workdays)\[(\d+)]\.(\w+)$/

/** The service's errors with the date each names: `holidays[1].date` is the second holiday of the request sent. */
export function serverErrors(errors: FieldError[] | undefined, sent: Omit<WorkingCalendar, 'year'>, locale: string):
  { date: string | null; field: string; message: string }[] {
  return (errors ?? []).map((error) => {
    const match = error.field ? DAY_FIELD.exec(error.field) : null
    const day = match ? sent[match[1] as 'holidays' | 'workdays'][Number(match[2])] : undefined
    return { date: day?.date ?? null, field: error.field ?? '', message: pick(error.message, locale) ?? '' }
  })
}

/** The weeks of a month for a grid starting on Monday: null for the blanks before the 1st and after the last day. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lead = (weekday(isoDate(year, month, 1)) + 6) % 7
  const cells: (string | null)[] = [...Array(lead).fill(null)]
  for (let day = 1; day <= days; day++) {
    cells.push(isoDate(year, month, day))
  }
  while (cells.length % 7) {
    cells.push(null)
  }
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) {
    weeks.push(cells.slice(i, i + 7))
  }
  return weeks
}

/** Working days of a year under the draft: weekdays less holidays plus worked weekend days. */
export function workingDays(draft: CalendarDraft): number {
  let count = 0
  for (let month = 1; month <= 12; month++) {
    for (const week of monthGrid(draft.year, month)) {
      for (const date of week) {
        if (date && (dayKind(draft, date) === 'WORKING' || dayKind(draft, date) === 'WORKDAY')) {
          count++
        }
      }
    }
  }
  return count
}
