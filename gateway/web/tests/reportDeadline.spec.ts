import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import ReportView from '../src/views/ReportView.vue'
import { createAppI18n } from '../src/i18n'
import { json } from './support'

const report = {
  id: 'r1', assignmentId: 'a1', campaignId: 'c1', campaignTitle: '2025年度法治政府建设', kind: 'ANNUAL_REPORT',
  dueDate: '2026-03-31', departmentCode: 'sifa', departmentName: '司法局', status: 'OPEN_FOR_DRAFTING', overdue: false,
  versions: 0, sections: [],
}

async function mounted(assignment: () => Response) {
  window.fetch = async (input: RequestInfo | URL) => {
    const path = String(input)
    return path === '/api/reports/r1' ? json(report) : path === '/api/assignments/a1' ? assignment() : json([])
  }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: { template: '<div />' } }] })
  const wrapper = mount(ReportView, { props: { id: 'r1' }, global: { plugins: [router, ElementPlus, createAppI18n('zh-CN')] } })
  await flushPromises()
  return wrapper
}

describe('the office’s read-only report with the assignment’s deadline', () => {
  it('shows the assignment’s due date in force, overdue, the yellow card and the escalation to the leader', async () => {
    const wrapper = await mounted(() => json({ id: 'a1', dueDate: '2026-04-15', overdue: true, warningLevel: 'YELLOW', escalatedTo: 'DEPARTMENT_LEADER' }))
    expect(wrapper.find('[data-test="due-date"]').text()).toBe('2026-04-15')
    expect(wrapper.find('[data-test="overdue"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="warning"]').text()).toBe('黄牌预警')
    expect(wrapper.find('[data-test="escalation"]').text()).toBe('已提请部门负责人督办')
  })

  it('keeps the report’s own due date without marks when assignment-service does not answer', async () => {
    const wrapper = await mounted(() => json({ code: 'service-unavailable' }, 503))
    expect(wrapper.find('[data-test="due-date"]').text()).toBe('2026-03-31')
    expect(wrapper.find('[data-test="warning"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="overdue"]').exists()).toBe(false)
  })
})
