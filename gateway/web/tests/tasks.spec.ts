import { describe, expect, it } from 'vitest'
import { countByStatus, daysLeft, deadlineOf, withMarks } from '../src/department/tasks'

describe('my tasks', () => {
  it('counts the reports in each status', () => {
    expect(countByStatus([{ status: 'OPEN_FOR_DRAFTING' }, { status: 'OPEN_FOR_DRAFTING' }, { status: 'SUBMITTED' }]))
      .toEqual({ OPEN_FOR_DRAFTING: 2, AWAITING_LEADER_APPROVAL: 0, SUBMITTED: 1, CLOSED: 0 })
  })

  it('counts days to the due date in Beijing time, whatever the browser’s zone', () => {
    // 2026-03-30 20:00 UTC is already 31 March in Beijing.
    const now = new Date('2026-03-30T20:00:00Z')
    expect(daysLeft('2026-03-31', now)).toBe(0)
    expect(daysLeft('2026-04-07', now)).toBe(7)
    expect(daysLeft('2026-03-30', now)).toBe(-1)
    expect(daysLeft('not a date', now)).toBeNull()
  })
})

describe('my tasks with the engine’s marks', () => {
  const report = (id: string, assignmentId: string) => ({
    id, assignmentId, campaignId: 'c', campaignTitle: 't', kind: 'ANNUAL_REPORT' as const, dueDate: '2026-12-31',
    departmentCode: 'sifa', departmentName: '司法局', status: 'OPEN_FOR_DRAFTING' as const, overdue: true,
  })

  it('shows each report with its assignment’s stage, warning and escalation, and a report without one as it is', () => {
    const rows = withMarks([report('r1', 'a1'), report('r2', 'a2')], [
      { id: 'a1', stage: 'DRAFTING', warningLevel: 'RED', escalatedTo: 'OFFICE_LEADER' },
      { id: 'other', stage: 'CLOSED', warningLevel: 'YELLOW' },
    ])

    expect(rows[0]).toMatchObject({ id: 'r1', stage: 'DRAFTING', warningLevel: 'RED', escalatedTo: 'OFFICE_LEADER' })
    expect(rows[1]).toMatchObject({ id: 'r2', stage: undefined, warningLevel: undefined })
  })
})

describe('a report’s deadline with its assignment’s marks', () => {
  const report = { dueDate: '2026-03-31', overdue: false }

  it('takes the assignment’s due date in force and its warning and escalation', () => {
    expect(deadlineOf(report, { id: 'a1', dueDate: '2026-04-15', overdue: true, warningLevel: 'RED', escalatedTo: 'OFFICE' }))
      .toEqual({ dueDate: '2026-04-15', overdue: true, warningLevel: 'RED', escalatedTo: 'OFFICE' })
  })

  it('keeps the report’s own date and overdue mark when the assignment is unknown or names none', () => {
    expect(deadlineOf({ dueDate: '2026-03-31', overdue: true }, null))
      .toEqual({ dueDate: '2026-03-31', overdue: true, warningLevel: undefined, escalatedTo: undefined })
    expect(deadlineOf(report, { id: 'a1', warningLevel: null, escalatedTo: null }))
      .toEqual({ dueDate: '2026-03-31', overdue: false, warningLevel: undefined, escalatedTo: undefined })
  })
})
