import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FindingsView from '../src/views/review/FindingsView.vue'
import { session } from '../src/session'
import { json, linkTarget, mountAt } from './support'

const finding = (status: string) => ({
  id: 'f1', noticeNumber: '整改〔2026〕1号', reviewId: 'rv1', assignmentId: 'a1', reportId: 'r1', reportVersion: 1,
  campaignTitle: 't', departmentCode: 'sifa', departmentName: '司法局', indicatorId: 'i1', indicatorCode: '1.1',
  indicatorTitle: '制度建设', severity: 'MAJOR', description: 'd', requiredMeasures: 'm', deadline: '2099-01-01', status,
  issuedAt: '2026-01-01T00:00:00Z',
})

describe('the findings drawer after 销号', () => {
  afterEach(() => {
    session.me = null
    document.body.innerHTML = ''
  })

  it('stays open with the finding closed although the 待核验 filter no longer lists it', async () => {
    session.me = { id: 'u', username: 'auditor', roles: ['auditor'], seesEveryDepartment: true }
    let verified = false
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input)
      if (init?.method === 'POST' && path === '/api/findings/f1/verify') {
        verified = true
        return json({})
      }
      if (path === '/api/findings?status=ANSWERED') return json(verified ? [] : [finding('ANSWERED')])
      if (path === '/api/findings/f1') return json(finding('CLOSED'))
      if (path === '/api/findings/f1/verifications') {
        return json([{ id: 'v1', answerId: 'x', answerVersion: 1, status: verified ? 'CLOSED' : 'PENDING', openedAt: '2026-01-02T00:00:00Z' }])
      }
      return json([])
    }
    await mountAt('/findings?status=ANSWERED', [
      { path: '/findings', component: FindingsView },
      linkTarget('/reviews/:id', 'review'),
      linkTarget('/history/:assignmentId', 'history'),
    ], 'zh-CN', true)
    document.querySelector<HTMLElement>('[data-test="findings"] .el-table__row td')!.click()
    await flushPromises()

    const submit = document.querySelector<HTMLButtonElement>('[data-test="verify-submit"]')
    expect(submit).not.toBeNull()
    submit!.click()
    await flushPromises()

    expect(verified).toBe(true)
    expect(document.querySelector('[data-test="finding-panel"]')).not.toBeNull()
    expect(document.querySelector('[data-test="finding-outside-filter"]')).not.toBeNull()
    expect(document.querySelector('[data-test="finding-panel"] .el-descriptions')?.textContent).toContain('已销号')
  })
})
