import { describe, expect, it } from 'vitest'
import DepartmentsView from '../src/views/office/DepartmentsView.vue'
import { json, linkTarget, mountAt } from './support'

const answers: Record<string, unknown> = {
  '/api/departments': [{ code: 'sifa', name: '司法局', nameEn: 'Justice Bureau', active: true }],
  '/api/assignments?departmentCode=sifa': [
    { id: 'a1', campaignId: 'c1', campaignTitle: '2025年度法治政府建设', kind: 'ANNUAL_REPORT', dueDate: '2026-03-31',
      departmentCode: 'sifa', departmentName: '司法局', status: 'ISSUED', stage: 'DRAFTING', indicatorCount: 3,
      overdue: true, warningLevel: 'RED', escalatedTo: 'OFFICE' },
  ],
}

async function mounted(fetchAnswer: (path: string) => Response) {
  window.fetch = async (input: RequestInfo | URL) => fetchAnswer(String(input))
  return mountAt('/departments?code=sifa', [
    { path: '/departments', component: DepartmentsView },
    linkTarget('/campaigns/:id', 'campaign'),
    linkTarget('/history/:assignmentId', 'history'),
  ])
}

describe('the office’s departments screen', () => {
  it('lists the departments and the chosen one’s assignments with their marks and its rates by year', async () => {
    const wrapper = await mounted((path) => path.startsWith('/api/statistics/progress/departments')
      ? json([{ departmentCode: 'sifa', departmentName: '司法局', years: [{ year: 2026, rates: { submissionRate: 0.5, onTimeRate: 0.25 } }] }])
      : json(answers[path] ?? []))

    expect(wrapper.find('[data-test="departments"]').text()).toContain('/departments/sifa')
    expect(wrapper.find('[data-test="departments-keycloak-link"]').attributes('href')).toContain('/admin/master/console/#/supervision/groups')
    expect(wrapper.find('[data-test="department-counts"]').text()).toBe('进行中 1 项：逾期 1，黄牌 0，红牌 1，已督办 1')
    expect(wrapper.find('[data-test="department-assignments"] [data-test="warning"]').text()).toBe('红牌预警')
    expect(wrapper.find('[data-test="department-rates"]').text()).toContain('50%')
  })

  it('says the rates are not available when the statistics fail, and still shows the assignments', async () => {
    const wrapper = await mounted((path) => path.startsWith('/api/statistics/')
      ? json({ code: 'service-unavailable', title: '服务暂不可用' }, 503)
      : json(answers[path] ?? []))

    expect(wrapper.find('[data-test="department-assignments"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="department-rates"]').exists()).toBe(false)
  })
})
