import { describe, expect, it } from 'vitest'
import { boardData, findingsByAspect } from '../src/views/office/boardData'
import type { AssignmentWithMarks } from '../src/api/officeTypes'
import type { CampaignProgress, ProgressRow } from '../src/api/officeTypes'
import type { ReportSummary } from '../src/api/types'
import type { Finding, ReviewSummary } from '../src/api/reviewTypes'

function row(assignmentId: string, departmentCode: string, extra: Partial<ProgressRow> = {}): ProgressRow {
  return {
    campaignId: 'c', campaignTitle: '年度报告', year: 2026, assignmentId, departmentCode, departmentName: departmentCode,
    stage: 'DRAFTING', dueDate: '2026-12-31', onTime: null, overdue: false, ...extra,
  }
}

const progress: CampaignProgress = {
  campaignId: 'c', title: '年度报告', year: 2026, dueDate: '2026-12-31',
  rates: { assigned: 3, submitted: 2, onTime: 1, overdue: 1, submissionRate: 0.6667, onTimeRate: 0.3333 },
  departments: [
    row('a1', 'sifa', { stage: 'CLOSED', submittedAt: '2026-12-01T02:00:00Z', onTime: true }),
    row('a2', 'minzheng', { stage: 'RECTIFYING', submittedAt: '2027-01-02T02:00:00Z', onTime: false, warningLevel: 'RED' }),
    row('a3', 'shichang', { overdue: true, onTime: false, warningLevel: 'YELLOW', escalatedTo: 'DEPARTMENT_LEADER' }),
  ],
  overdue: [],
}

function review(assignmentId: string, version: number, extra: Partial<ReviewSummary> = {}): ReviewSummary {
  return {
    id: `${assignmentId}-${version}`, assignmentId, reportId: `r-${assignmentId}`, reportVersion: version, campaignId: 'c',
    campaignTitle: '年度报告', departmentCode: '', departmentName: '', status: 'UNCLAIMED', openedAt: `2026-12-0${version}T00:00:00Z`, ...extra,
  }
}

function finding(assignmentId: string, status: Finding['status']): Finding {
  return { assignmentId, status } as Finding
}

describe('the campaign progress board', () => {
  const reports = [{ id: 'r2', assignmentId: 'a2' } as ReportSummary]
  const reviews = [
    review('a1', 1, { status: 'DECIDED', decision: 'RETURN', totalScore: 10, maxScore: 100 }),
    review('a1', 2, { status: 'DECIDED', decision: 'ACCEPT', totalScore: 92, maxScore: 100, grade: 'EXCELLENT' }),
    review('a1', 3, { status: 'CLAIMED', totalScore: 50, maxScore: 100 }),
    review('a2', 1, { status: 'DECIDED', decision: 'ACCEPT_WITH_FINDINGS', totalScore: 61.5, maxScore: 80, grade: 'FAIL' }),
  ]
  const findings = [finding('a2', 'OPEN'), finding('a2', 'CLOSED'), finding('a2', 'ANSWERED'), finding('other', 'OPEN')]
  const data = boardData(progress, [], reports, reviews, findings)

  it('has one row per department with the latest decided score, its warning and its findings', () => {
    expect(data.rows.map((line) => [line.departmentCode, line.stage, line.onTime, line.scorePercent, line.grade, line.warningLevel ?? null]))
      .toEqual([
        ['sifa', 'CLOSED', true, 92, 'EXCELLENT', null],
        ['minzheng', 'RECTIFYING', false, 76.9, 'FAIL', 'RED'],
        ['shichang', 'DRAFTING', false, null, null, 'YELLOW'],
      ])
    expect(data.rows.map((line) => line.reportId)).toEqual(['r-a1', 'r2', undefined])
    expect(data.rows[1].findings).toEqual({ OPEN: 1, ANSWERED: 1, CLOSED: 1 })
  })

  it('takes the rates as the statistics state them, in percent', () => {
    expect(data.rates).toEqual(progress.rates)
    expect([data.submissionRate, data.onTimeRate]).toEqual([66.7, 33.3])
  })

  it('lists the issued assignments without rates or on-time verdicts when the statistics are not available', () => {
    const assignments = [
      { id: 'a1', campaignId: 'c', campaignTitle: '年度报告', departmentCode: 'sifa', departmentName: '司法局', dueDate: '2026-12-31',
        status: 'ISSUED', stage: 'SUBMITTED', submittedAt: '2026-12-01T00:00:00Z', overdue: false, warningLevel: null },
      { id: 'a2', campaignId: 'c', campaignTitle: '年度报告', departmentCode: 'minzheng', departmentName: '民政局', dueDate: '2026-12-31',
        status: 'WITHDRAWN', stage: 'WITHDRAWN' },
      { id: 'a3', campaignId: 'c', campaignTitle: '年度报告', departmentCode: 'shichang', departmentName: '市场监管局', dueDate: '2026-11-01',
        status: 'ISSUED', stage: 'DRAFTING', overdue: true, warningLevel: 'RED' },
    ] as AssignmentWithMarks[]
    const fallback = boardData(null, assignments, [], [review('a1', 1, { status: 'DECIDED', totalScore: 45, maxScore: 50 })], [])
    expect(fallback.rows.map((line) => [line.departmentCode, line.stage, line.onTime, line.overdue, line.warningLevel, line.scorePercent]))
      .toEqual([['sifa', 'SUBMITTED', null, false, null, 90], ['shichang', 'DRAFTING', null, true, 'RED', null]])
    expect([fallback.rates, fallback.submissionRate, fallback.onTimeRate]).toEqual([null, null, null])
  })

  it('counts scores per band and the findings of this campaign only', () => {
    expect(data.scoreBuckets.map((bucket) => bucket.count)).toEqual([0, 1, 0, 1])
    expect(data.findings).toEqual({ OPEN: 1, ANSWERED: 1, CLOSED: 1 })
  })

  it('has no rate when nothing was assigned', () => {
    const empty = boardData({ ...progress, departments: [], rates: { assigned: 0, submitted: 0, onTime: 0, overdue: 0, submissionRate: null, onTimeRate: null } }, [], [], [], [])
    expect([empty.submissionRate, empty.onTimeRate, empty.rows.length]).toEqual([null, null, 0])
  })
})

describe('findings per aspect', () => {
  it('stacks the severities of each aspect in the order the aspects first appear', () => {
    const chart = findingsByAspect([
      { aspect: '依法全面履行政府职能', severity: 'GENERAL', count: 2 },
      { aspect: '健全依法行政决策机制', severity: 'SEVERE', count: 1 },
      { aspect: '依法全面履行政府职能', severity: 'SEVERE', count: 1 },
    ])
    expect(chart.aspects).toEqual(['依法全面履行政府职能', '健全依法行政决策机制'])
    expect(chart.series).toEqual([
      { severity: 'GENERAL', data: [2, 0] },
      { severity: 'SERIOUS', data: [0, 0] },
      { severity: 'SEVERE', data: [1, 1] },
    ])
  })
})
