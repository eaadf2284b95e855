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
  facts: { campaignTitle: '年度督察', departmentCode: 'sifa', dueDate: '2026-12-31' },
  link: '/tasks', departmentCode: 'sifa', sourceEventType: 'AssignmentIssued', createdAt: '2026-11-20T00:00:00Z', readAt: null,
}

/** The live stream as the bell uses it (notification-service's `/api/notifications/stream`), sending what a test says. */
class FakeStream {
  static opened: FakeStream | undefined
  onerror: (() => void) | null = null
  private readonly listeners = new Map<string, (event: MessageEvent) => void>()

  constructor() {
    FakeStream.opened = this
  }

  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(name, listener)
  }

  send(name: string, data: unknown) {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(data) }))
  }

  close() {}
}

async function opened(locale: 'zh-CN' | 'en', items: unknown[] = [issued]) {
  window.fetch = async (input: RequestInfo | URL) => json(String(input).includes('unread-count') ? { unread: 1 } : { items, unread: 1 })
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
    FakeStream.opened = undefined
    session.departments = []
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it("shows the server's Chinese text in Chinese and an English one written from the kind and facts in English", async () => {
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

  it('writes a notification pushed live in English from the facts it carries', async () => {
    vi.stubGlobal('EventSource', FakeStream)
    session.departments = [{ code: 'sifa', name: '司法局', nameEn: 'Justice Bureau', active: true }]
    await opened('en', [])

    FakeStream.opened?.send('notification', {
      id: 'n2', kind: 'RED_WARNING', title: '红牌预警：司法局《年度督察》报告报送逾期5个工作日', body: '《年度督察》报告报送的截止日期为2026-11-10……',
      facts: { campaignTitle: '年度督察', departmentCode: 'sifa', deadlineKind: 'REPORT_SUBMISSION', dueDate: '2026-11-10', workingDaysOverdue: '5' },
      departmentCode: 'sifa', createdAt: '2026-11-20T00:00:00Z',
    })
    await flushPromises()

    expect(document.body.querySelector('[data-test="notification-title"]')?.textContent)
      .toBe('Red warning: report submission for 年度督察 (Justice Bureau) 5 working day(s) overdue')
  })
})
