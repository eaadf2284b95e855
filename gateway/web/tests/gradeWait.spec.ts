import { describe, expect, it } from 'vitest'
import { gradePending, waitForGrade } from '../src/views/review/gradeWait'
import type { Review } from '../src/api/reviewTypes'

function review(extra: Partial<Review> = {}): Review {
  return {
    id: 'v1', assignmentId: 'a1', reportId: 'r1', reportVersion: 1, campaignId: 'c', campaignTitle: '年度报告', departmentCode: 'sifa',
    departmentName: '司法局', status: 'DECIDED', openedAt: '2026-11-01T00:00:00Z', scores: [], totalScore: 92, maxScore: 100, findings: [],
    decision: { decision: 'ACCEPT', returnReasons: [], decidedAt: '2026-11-02T00:00:00Z' }, grade: null, effectiveGrade: null, ...extra,
  }
}

const noSleep = { sleep: async () => undefined }

describe('waiting for the grade', () => {
  it('waits only for an accepted, decided review without a grade', () => {
    expect(gradePending(review())).toBe(true)
    expect(gradePending(review({ decision: { decision: 'ACCEPT_WITH_FINDINGS', returnReasons: [], decidedAt: '2026-11-02T00:00:00Z' } }))).toBe(true)
    expect(gradePending(review({ grade: 'EXCELLENT', effectiveGrade: 'EXCELLENT' }))).toBe(false)
    // A veto fails the report at once: nothing to wait for.
    expect(gradePending(review({ vetoed: true, effectiveGrade: 'FAIL' }))).toBe(false)
    expect(gradePending(review({ decision: { decision: 'RETURN', returnReasons: [], decidedAt: '2026-11-02T00:00:00Z' } }))).toBe(false)
    expect(gradePending(review({ status: 'CLAIMED', decision: null }))).toBe(false)
  })

  it('asks again until the grade arrives, after the interval each time', async () => {
    const answers = [review(), review(), review({ grade: 'GOOD', effectiveGrade: 'GOOD' })]
    const pauses: number[] = []
    let calls = 0
    const result = await waitForGrade(async () => answers[calls++], { intervalMs: 1500, sleep: async (ms) => { pauses.push(ms) } })
    expect(result).toEqual({ review: answers[2], settled: true })
    expect(calls).toBe(3)
    expect(pauses).toEqual([1500, 1500, 1500])
  })

  it('gives up after the tries with the latest review, still without a grade', async () => {
    let calls = 0
    const result = await waitForGrade(async () => { calls++; return review() }, { tries: 4, ...noSleep })
    expect(calls).toBe(4)
    expect(result.settled).toBe(false)
    expect(result.review?.grade).toBeNull()
  })

  it('counts a failed call as a try and goes on', async () => {
    let calls = 0
    const result = await waitForGrade(async () => {
      calls++
      if (calls === 1) throw new Error('503')
      return review({ grade: 'PASS', effectiveGrade: 'PASS' })
    }, { tries: 3, ...noSleep })
    expect(calls).toBe(2)
    expect(result).toMatchObject({ settled: true, review: { grade: 'PASS' } })
  })

  it('stops asking once the answer is no longer wanted', async () => {
    let calls = 0
    let left = false
    const result = await waitForGrade(async () => { calls++; left = true; return review() }, { tries: 10, cancelled: () => left, ...noSleep })
    expect(calls).toBe(1)
    expect(result).toEqual({ review: null, settled: false })
  })

  it('ends when the review is no longer gradable, e.g. withdrawn meanwhile', async () => {
    const result = await waitForGrade(async () => review({ status: 'WITHDRAWN' }), { tries: 5, ...noSleep })
    expect(result.settled).toBe(true)
  })
})
