import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElPopover } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import NotificationBell from '../src/components/NotificationBell.vue'
import { createAppI18n } from '../src/i18n'
import { session } from '../src/session'
import { json } from './support'

const issued = {
  id: 'n1', kind: 'ASSIGNMENT_ISSUED', title: '新的督察任务：《年度督察》', body: '司法局收到督察任务《年度督察》，报送截止日期2026-12-31。请及时组织填报。',
  link: '/tasks', departmentCode: 'sifa', sourceEventType: 'AssignmentIssued', createdAt: '2026-11-20T00:00:00Z', readAt: null,
}

async function opened(locale: 'zh-CN' | 'en') {
  window.fetch = async (input: RequestInfo | URL) => json(String(input).includes('unread-count') ? { unread: 1 } : { items: [issued], unread: 1 })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }] })
  const wrapper = mount(NotificationBell, { global: { plugins: [router, ElementPlus, createAppI18n(locale)] }, attachTo: document.body })
  await flushPromises()
  // Opening the popover (its transition does not run here) asks for the latest notifications.
  wrapper.findComponent(ElPopover).vm.$emit('show')
  await flushPromises()
  return wrapper
}

describe('the bell', () => {
  afterEach(() => {
    session.departments = []
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it("shows the server's Chinese text in Chinese and an English one written from the kind in English", async () => {
    // No live stream in the test: the bell then relies on its poll.
    vi.stubGlobal('EventSource', undefined)
    session.departments = [{ code: 'sifa', name: '司法局', nameEn: 'Justice Bureau', active: true }]

    const chinese = await opened('zh-CN')
    expect(document.body.querySelector('[data-test="notification-title"]')?.textContent).toBe('新的督察任务：《年度督察》')
    chinese.unmount()
    document.body.innerHTML = ''

    await opened('en')
    expect(document.body.querySelector('[data-test="notification-title"]')?.textContent).toBe('New assignment: 年度督察')
    expect(document.body.querySelector('[data-test="notification-body"]')?.textContent)
      .toBe('Justice Bureau has a new assignment, 年度督察, due 2026-12-31. Please organise the report.')
  })
})
