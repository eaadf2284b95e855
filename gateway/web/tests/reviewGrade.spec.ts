import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ReviewView from '../src/views/review/ReviewView.vue'
import { session } from '../src/session'
import { json, linkTarget, mountAt } from './support'

const decided = (grade: string | null) => ({
  id: 'rv1', assignmentId: 'a1', reportId: 'r1', reportVersion: 1, campaignId: 'c1', campaignTitle: '年度督察', departmentCode: 'sifa',
  departmentName: '司法局', status: 'DECIDED', openedAt: '2026-11-01T00:00:00Z', scores: [], totalScore: 92, maxScore: 100,
  decision: { decision: 'ACCEPT', returnReasons: [], decidedAt: '2026-11-02T00:00:00Z' }, grade, effectiveGrade: grade, vetoed: false,
  findings: [],
})

/** The services as an auditor sees them; the review's grade as the engine has given it by the n-th call. */
function answering(gradeAt: (call: number) => string | null) {
  session.me = { id: 'u', username: 'auditor', roles: ['auditor'], seesEveryDepartment: true }
  const calls = { review: 0 }
  window.fetch = async (input: RequestInfo | URL) => {
    const path = String(input)
    if (path === '/api/reviews/rv1') {
      calls.review++
      return json(decided(gradeAt(calls.review)))
    }
    if (path === '/api/reports/r1/versions/1') {
      return json({ number: 1, submittedAt: '2026-11-01T00:00:00Z', content: { sections: [] } })
    }
    // No scoring rules (404) and no evidence.
    return path.endsWith('/scoring') ? json({ code: 'not-found', title: '未找到' }, 404) : json([])
  }
  return calls
}

function mounted() {
  return mountAt('/reviews/rv1', [
    { path: '/reviews/:id', component: ReviewView, props: true },
    linkTarget('/reviews'),
    linkTarget('/history/:assignmentId', 'history'),
    linkTarget('/findings', 'findings'),
  ])
}

describe("the review page's grade", () => {
  afterEach(() => {
    session.me = null
    vi.useRealTimers()
  })

  it('says 评级计算中… after an acceptance and shows the grade once the engine has given it, without a reload', async () => {
    vi.useFakeTimers()
    const calls = answering((call) => (call >= 3 ? 'GOOD' : null))
    const wrapper = await mounted()

    expect(wrapper.find('[data-test="grade-pending"]').text()).toBe('评级计算中…')
    await vi.advanceTimersByTimeAsync(2000)
    await flushPromises()
    expect(wrapper.find('[data-test="grade-pending"]').exists()).toBe(true)
    await vi.advanceTimersByTimeAsync(2000)
    await flushPromises()

    expect(wrapper.find('[data-test="grade-pending"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('良好')
    expect(calls.review).toBe(3)
    // Graded: no more calls.
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls.review).toBe(3)
  })

  it('stops asking after a while and says a reload will show the grade', async () => {
    vi.useFakeTimers()
    const calls = answering(() => null)
    const wrapper = await mounted()
    await vi.advanceTimersByTimeAsync(60_000)
    await flushPromises()

    expect(wrapper.find('[data-test="grade-pending"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="grade-late"]').text()).toBe('评级尚未算出，请稍后刷新查看')
    // The load, then 15 tries; the late review it brought back starts no second wait.
    expect(calls.review).toBe(16)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls.review).toBe(16)
  })
})
