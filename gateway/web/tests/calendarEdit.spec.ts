import { describe, expect, it } from 'vitest'
import { dayKind, draftOf, monthGrid, serverErrors, setDay, toRequest, validate, weekday, workingDays } from '../src/views/analytics/calendarEdit'
import type { WorkingCalendar } from '../src/api/analyticsTypes'

const calendar: WorkingCalendar = {
  year: 2026,
  provisional: false,
  source: '国办发明电〔2025〕7号',
  holidays: [{ date: '2026-10-01', name: '国庆节' }, { date: '2026-01-01', name: '元旦' }],
  workdays: [{ date: '2026-01-04', name: '元旦调休' }],
}

describe('the working-day calendar editor', () => {
  it('tells holidays, weekend days worked, weekends and working days apart', () => {
    const draft = draftOf(calendar)
    expect(weekday('2026-01-04')).toBe(0)
    expect(dayKind(draft, '2026-01-01')).toBe('HOLIDAY')
    expect(dayKind(draft, '2026-01-04')).toBe('WORKDAY')
    expect(dayKind(draft, '2026-01-03')).toBe('WEEKEND')
    expect(dayKind(draft, '2026-01-05')).toBe('WORKING')
  })

  it('keeps a date in one list at most, and works only weekend days instead', () => {
    const draft = draftOf(calendar)
    expect(setDay(draft, '2026-01-04', 'HOLIDAY', ' 元旦 ')).toBe(true)
    expect(draft.workdays.has('2026-01-04')).toBe(false)
    expect(draft.holidays.get('2026-01-04')).toBe('元旦')
    expect(setDay(draft, '2026-01-05', 'WORKDAY', '调休')).toBe(false)
    expect(dayKind(draft, '2026-01-05')).toBe('WORKING')
    expect(setDay(draft, '2026-10-01', 'WORKING')).toBe(true)
    expect(dayKind(draft, '2026-10-01')).toBe('WORKING')
  })

  it('sends the year with its dates in order', () => {
    const draft = draftOf(calendar)
    setDay(draft, '2026-02-14', 'WORKDAY', '春节调休')
    expect(toRequest(draft)).toEqual({
      provisional: false,
      source: '国办发明电〔2025〕7号',
      holidays: [{ date: '2026-01-01', name: '元旦' }, { date: '2026-10-01', name: '国庆节' }],
      workdays: [{ date: '2026-01-04', name: '元旦调休' }, { date: '2026-02-14', name: '春节调休' }],
    })
  })

  it('asks for a source, a name for every day and dates within the year', () => {
    const draft = draftOf({ ...calendar, source: ' ' })
    setDay(draft, '2026-05-01', 'HOLIDAY', '')
    draft.holidays.set('2027-01-01', '元旦')
    expect(validate(draft)).toEqual(['calendar.invalid.source', 'calendar.invalid.name', 'calendar.invalid.year'])
    expect(validate(draftOf(calendar))).toEqual([])
  })

  it('names the date each of the service\'s errors is about', () => {
    const sent = toRequest(draftOf(calendar))
    expect(serverErrors([
      { field: 'holidays[1].date', message: { 'zh-CN': '2026-10-01 同时出现在两个列表中', en: '2026-10-01 is listed twice' } },
      { field: 'source', message: { 'zh-CN': '不能为空' } },
    ], sent, 'zh-CN')).toEqual([
      { date: '2026-10-01', field: 'holidays[1].date', message: '2026-10-01 同时出现在两个列表中' },
      { date: null, field: 'source', message: '不能为空' },
    ])
  })

  it('lays a month out in weeks from Monday', () => {
    const february = monthGrid(2026, 2)
    // 1 Feb 2026 is a Sunday: six blanks before it.
    expect(february[0]).toEqual([null, null, null, null, null, null, '2026-02-01'])
    expect(february.flat().filter((date) => date !== null)).toHaveLength(28)
    expect(february.every((week) => week.length === 7)).toBe(true)
  })

  it('counts the working days of the year', () => {
    const weekdaysOnly = draftOf({ ...calendar, holidays: [], workdays: [] })
    expect(workingDays(weekdaysOnly)).toBe(261)
    // Less two holidays on weekdays, plus one weekend day worked.
    expect(workingDays(draftOf(calendar))).toBe(260)
  })
})
