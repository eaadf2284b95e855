import { describe, expect, it } from 'vitest'
import {
  campaignLines, departmentYears, findingsMatrix, gradeCounts, periodYear, reviewsOfYear, sumGrades, sumRectification, yearRates, yearsOf,
} from '../src/views/analytics/statisticsData'
import type { CampaignReviewSummary, ProgressOverview } from '../src/api/analyticsTypes'

const rates = (assigned: number, submitted: number, onTime: number) => ({
  assigned, submitted, onTime, overdue: 0,
  submissionRate: assigned ? submitted / assigned : null, onTimeRate: assigned ? onTime / assigned : null,
})

const progress: ProgressOverview = {
  years: [{ year: 2026, campaigns: 2, rates: rates(8, 6, 4) }],
  campaigns: [
    { campaignId: 'a', title: '年度报告', year: 2026, dueDate: '2026-03-31', rates: rates(4, 4, 3) },
    { campaignId: 'b', title: '专项督察', year: 2026, dueDate: '2026-09-30', rates: rates(4, 2, 1) },
  ],
  overdue: [],
}

const rect = (found: number, rectified: number, days: number | null) => ({
  found, rectified, inProgress: found - rectified, overdue: 0, closureRate: found ? (100 * rectified) / found : null, averageDaysToClose: days,
})

const reviews: CampaignReviewSummary[] = [
  { campaignId: 'a', campaignTitle: '年度报告', period: '2026', departments: 3, averagePercentage: 86.5, grades: { GOOD: 2, FAIL: 1 }, rectification: rect(4, 2, 10) },
  { campaignId: 'z', campaignTitle: '回头看', period: '2025', departments: 1, averagePercentage: 91, grades: { EXCELLENT: 1 }, rectification: rect(2, 2, 4) },
]

describe('the statistics page', () => {
  it('joins each campaign\'s rates and review results, leaving what a service does not state empty', () => {
    expect(campaignLines(progress, reviews)).toEqual([
      { campaignId: 'a', title: '年度报告', assigned: 4, submissionRate: 100, onTimeRate: 75, reviewed: 3, averagePercentage: 86.5, closureRate: 50 },
      { campaignId: 'b', title: '专项督察', assigned: 4, submissionRate: 50, onTimeRate: 25, reviewed: null, averagePercentage: null, closureRate: null },
      { campaignId: 'z', title: '回头看', assigned: null, submissionRate: null, onTimeRate: null, reviewed: 1, averagePercentage: 91, closureRate: 100 },
    ])
    expect(campaignLines(null, null)).toEqual([])
  })

  it('counts a campaign in the year its progress is filed under, whatever its review period says', () => {
    const later = { ...reviews[0], campaignId: 'b', period: '2027年度' }
    const unknown = { ...reviews[0], campaignId: 'y', period: '2026年度' }
    const elsewhere = { ...reviews[0], campaignId: 'x', period: '2027年度' }
    expect(reviewsOfYear(progress, [...reviews, later, unknown, elsewhere], 2026).map((summary) => summary.campaignId)).toEqual(['a', 'b', 'y'])
    expect(reviewsOfYear(null, null, 2026)).toEqual([])
    expect(periodYear('2026年度')).toBe(2026)
    expect(periodYear('年度')).toBeNull()
  })

  it('reads the year\'s rates and the years anything happened in', () => {
    expect(yearRates(progress, 2026)?.assigned).toBe(8)
    expect(yearRates(progress, 2025)).toBeNull()
    expect(yearRates(null, 2026)).toBeNull()
    expect(yearsOf(progress, reviews, 2027)).toEqual([2027, 2026, 2025])
  })

  it('orders grades as the grade table does and keeps zeros', () => {
    expect(gradeCounts(sumGrades(reviews))).toEqual([
      { grade: 'EXCELLENT', count: 1 }, { grade: 'GOOD', count: 2 }, { grade: 'PASS', count: 0 }, { grade: 'FAIL', count: 1 },
    ])
    expect(gradeCounts({ OTHER: 2 }).at(-1)).toEqual({ grade: 'OTHER', count: 2 })
    expect(gradeCounts(null).every((entry) => entry.count === 0)).toBe(true)
  })

  it('stacks findings by aspect with one series per severity', () => {
    expect(findingsMatrix([
      { aspect: '制度建设', severity: 'GENERAL', count: 2 },
      { aspect: '执法', severity: 'SEVERE', count: 1 },
      { aspect: '制度建设', severity: 'SERIOUS', count: 1 },
    ])).toEqual({
      aspects: ['制度建设', '执法'],
      series: [
        { severity: 'GENERAL', data: [2, 0] },
        { severity: 'SERIOUS', data: [1, 0] },
        { severity: 'SEVERE', data: [0, 1] },
      ],
    })
  })

  it('sums rectification: the rate from the counts, the days weighted by closings', () => {
    expect(sumRectification([rect(4, 2, 10), rect(2, 2, 4), rect(0, 0, null)])).toEqual({
      found: 6, rectified: 4, inProgress: 2, overdue: 0, closureRate: 66.67, averageDaysToClose: 7,
    })
    expect(sumRectification([rect(0, 0, null)])).toMatchObject({ closureRate: null, averageDaysToClose: null })
  })

  it('puts a department\'s progress years and review periods side by side, oldest first', () => {
    const years = departmentYears(
      { departmentCode: 'sifa', departmentName: '司法局', years: [
        { year: 2025, rates: rates(2, 1, 1), participationChange: null, onTimeChange: null },
        { year: 2026, rates: rates(2, 2, 1), participationChange: 0.5, onTimeChange: 0 },
      ] },
      [{ period: '2026', campaigns: 1, averagePercentage: 88, grades: { GOOD: 1 }, rectification: rect(2, 1, 6) },
        { period: '2024', campaigns: 1, averagePercentage: 70, grades: { PASS: 1 }, rectification: rect(0, 0, null) }],
    )
    expect(years.map((line) => line.year)).toEqual([2024, 2025, 2026])
    expect(years[0]).toMatchObject({ submissionRate: null, averagePercentage: 70, closureRate: null })
    expect(years[1]).toMatchObject({ submissionRate: 50, onTimeRate: 50, campaigns: null, grades: null })
    expect(years[2]).toMatchObject({ submissionRate: 100, participationChange: 50, onTimeChange: 0, averagePercentage: 88, closureRate: 50, averageDaysToClose: 6 })
    expect(departmentYears(null, null)).toEqual([])
  })
})
