import { describe, expect, it } from 'vitest'
import { boardData, findingsByAspect, SCORE_BANDS, scoreBuckets } from '../src/views/office/boardData'
import { barChart, scoreChart } from '../src/views/office/boardCharts'
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
    expect(data.scoreBuckets).toEqual([
      { label: '0–59', count: 0 }, { label: '60–69', count: 0 }, { label: '70–79', count: 1 }, { label: '80–89', count: 0 },
      { label: '90–100', count: 1 },
    ])
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

describe('the score distribution', () => {
  it('has every band of the scale, in order, with 0 for an empty one', () => {
    expect(scoreBuckets([])).toEqual(SCORE_BANDS.map((band) => ({ label: band.label, count: 0 })))
    expect(scoreBuckets([]).map((bucket) => bucket.label)).toEqual(['0–59', '60–69', '70–79', '80–89', '90–100'])
  })

  it('puts a score on a band edge into the band it starts, keeps decimals below it, and skips unscored rows', () => {
    const buckets = scoreBuckets([0, 59.9, 60, 69.9, 70, 80, 89.9, 90, 100, null, null])
    expect(buckets.map((bucket) => bucket.count)).toEqual([2, 2, 1, 2, 2])
  })

  it('names every band on the axis even when ECharts would skip labels, and draws the zeros', () => {
    const option = scoreChart(scoreBuckets([95]), '部门数')
    expect(option.xAxis.data).toEqual(['0–59', '60–69', '70–79', '80–89', '90–100'])
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, hideOverlap: false })
    expect(option.series).toEqual([expect.objectContaining({ name: '部门数', type: 'bar', data: [0, 0, 0, 0, 1] })])
    expect(option.legend).toBeUndefined()
  })

  it('lets a chart of departments thin its labels and shows a legend when asked', () => {
    const option = barChart(['司法局'], [{ name: '待整改', type: 'bar', data: [1], stack: 'findings' }], { legend: true })
    expect(option.xAxis.axisLabel).toBeUndefined()
    expect(option.legend).toEqual({ bottom: 0 })
    expect(option.grid.bottom).toBe(50)
  })
})
