import { describe, expect, it } from 'vitest'
import { boardData, percent } from '../src/views/office/boardData'
import type { AssignmentSummary, Campaign, ReportSummary } from '../src/api/types'
import type { Finding, ReviewSummary } from '../src/api/reviewTypes'

const campaign = {
  id: 'c', kind: 'ANNUAL_REPORT', title: '年度报告', dueDate: '2026-12-31', asksForPrincipalDuty: false, frameworkId: 'f',
  status: 'PUBLISHED',
  departments: [
    { departmentCode: 'sifa', departmentName: '司法局', indicatorIds: [] },
    { departmentCode: 'minzheng', departmentName: '民政局', indicatorIds: [] },
    { departmentCode: 'shichang', departmentName: '市场监管局', indicatorIds: [] },
  ],
} as Campaign

function assignment(id: string, departmentCode: string, stage: string, dueDate = '2026-12-31'): AssignmentSummary {
  return {
    id, campaignId: 'c', campaignTitle: '年度报告', kind: 'ANNUAL_REPORT', dueDate, departmentCode, departmentName: departmentCode,
    status: 'ISSUED', stage, indicatorCount: 3,
  }
}

function review(assignmentId: string, version: number, openedAt: string, extra: Partial<ReviewSummary> = {}): ReviewSummary {
  return {
    id: `${assignmentId}-${version}`, assignmentId, reportId: `r-${assignmentId}`, reportVersion: version, campaignId: 'c',
    campaignTitle: '年度报告', departmentCode: '', departmentName: '', status: 'UNCLAIMED', openedAt, ...extra,
  }
}

function finding(assignmentId: string, status: Finding['status']): Finding {
  return { assignmentId, status } as Finding
}

describe('the campaign progress board', () => {
  const assignments = [assignment('a1', 'sifa', 'CLOSED'), assignment('a2', 'minzheng', 'RECTIFYING', '2026-11-01')]
  const reports = [{ id: 'r2', departmentCode: 'minzheng', overdue: false } as ReportSummary]
  const reviews = [
    review('a1', 1, '2026-12-01T02:00:00Z', { status: 'DECIDED', decision: 'RETURN', totalScore: 10, maxScore: 100 }),
    review('a1', 2, '2027-01-02T02:00:00Z', { status: 'DECIDED', decision: 'ACCEPT', totalScore: 92, maxScore: 100, grade: 'EXCELLENT' }),
    // 2026-11-01 in Beijing although still 31 October in UTC: on time.
    review('a2', 1, '2026-10-31T17:00:00Z', { status: 'DECIDED', decision: 'ACCEPT_WITH_FINDINGS', totalScore: 61.5, maxScore: 80, grade: 'FAIL' }),
  ]
  const findings = [finding('a2', 'OPEN'), finding('a2', 'CLOSED'), finding('a2', 'ANSWERED'), finding('other', 'OPEN')]
  const data = boardData(campaign, assignments, reports, reviews, findings)

  it('has one row per department, with the latest decided score and its findings', () => {
    expect(data.rows.map((row) => [row.departmentCode, row.stage, row.submitted, row.onTime, row.scorePercent, row.grade]))
      .toEqual([
        ['sifa', 'CLOSED', true, true, 92, 'EXCELLENT'],
        ['minzheng', 'RECTIFYING', true, true, 76.9, 'FAIL'],
        ['shichang', undefined, false, null, null, null],
      ])
    expect(data.rows[1].reportId).toBe('r2')
    expect(data.rows[0].reportId).toBe('r-a1')
    expect(data.rows[1].findings).toEqual({ OPEN: 1, ANSWERED: 1, CLOSED: 1 })
  })

  it('counts issued, submitted, on time, scores per band and findings of this campaign only', () => {
    expect([data.issued, data.submitted, data.onTime, data.overdue]).toEqual([2, 2, 2, 0])
    expect(data.scoreBuckets.map((bucket) => bucket.count)).toEqual([0, 1, 0, 1])
    expect(data.findings).toEqual({ OPEN: 1, ANSWERED: 1, CLOSED: 1 })
  })

  it('calls a first submission after the due date late', () => {
    const late = boardData(campaign, [assignment('a1', 'sifa', 'SUBMITTED', '2026-11-30')], [], [review('a1', 1, '2026-12-01T02:00:00Z')], [])
    expect(late.rows[0].onTime).toBe(false)
    expect(late.onTime).toBe(0)
  })

  it('gives no share of nothing', () => {
    expect(percent(1, 3)).toBe(33.3)
    expect(percent(0, 0)).toBeNull()
  })
})
