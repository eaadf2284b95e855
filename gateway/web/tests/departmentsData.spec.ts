import { describe, expect, it } from 'vitest'
import type { AssignmentWithMarks } from '../src/api/officeTypes'
import { assignmentCounts, orderedAssignments, trendYears } from '../src/views/office/departmentsData'

const assignment = (id: string, marks: Partial<AssignmentWithMarks>): AssignmentWithMarks => ({
  id, campaignId: 'c', campaignTitle: 't', kind: 'ANNUAL_REPORT', dueDate: '2026-03-31', departmentCode: 'sifa',
  departmentName: '司法局', status: 'ISSUED', indicatorCount: 3, ...marks,
})

describe('a department’s assignments', () => {
  const list = [
    assignment('a1', { overdue: true, warningLevel: 'RED', escalatedTo: 'OFFICE', dueDate: '2026-04-30' }),
    assignment('a2', { warningLevel: 'YELLOW', dueDate: '2026-02-28' }),
    assignment('a3', { status: 'WITHDRAWN', overdue: true, warningLevel: 'RED', dueDate: '2026-01-31' }),
    assignment('a4', { warningLevel: null, escalatedTo: null, dueDate: '2026-03-31' }),
  ]

  it('counts overdue, yellow and red cards and escalations among the issued ones only', () => {
    expect(assignmentCounts(list)).toEqual({ issued: 3, overdue: 1, yellow: 1, red: 1, escalated: 1 })
    expect(assignmentCounts([])).toEqual({ issued: 0, overdue: 0, yellow: 0, red: 0, escalated: 0 })
  })

  it('lists the issued ones by due date and the withdrawn ones last', () => {
    expect(orderedAssignments(list).map((each) => each.id)).toEqual(['a2', 'a4', 'a1', 'a3'])
  })
})

describe('a department’s rates year over year', () => {
  const trends = [
    { departmentCode: 'other', departmentName: '其他', years: [{ year: 2025, rates: { submissionRate: 0.5, onTimeRate: 0.5 } }] },
    {
      departmentCode: 'sifa', departmentName: '司法局', years: [
        { year: 2025, rates: { submissionRate: 0.8, onTimeRate: 0.75 } },
        { year: 2026, rates: { submissionRate: 1, onTimeRate: 0.9 }, participationChange: 0.2, onTimeChange: '0.15' },
      ],
    },
  ] as never

  it('shows only the department’s years, newest first, in percent with the change from the year before', () => {
    const years = trendYears(trends, 'sifa')
    expect(years.map((line) => [line.year, line.submissionRate, line.onTimeRate, line.participationChange, line.onTimeChange]))
      .toEqual([[2026, 100, 90, 20, 15], [2025, 80, 75, null, null]])
  })

  it('is empty when the statistics name no such department or did not answer', () => {
    expect(trendYears(trends, 'nobody')).toEqual([])
    expect(trendYears(null, 'sifa')).toEqual([])
  })
})
