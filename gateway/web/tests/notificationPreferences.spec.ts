import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import NotificationPreferences from '../src/components/NotificationPreferences.vue'
import { createAppI18n } from '../src/i18n'
import { json } from './support'

const answered = [
  { kind: 'RED_WARNING', labelZh: '红牌预警', labelEn: 'Red warning', channels: ['IN_APP', 'EMAIL', 'SMS'], isDefault: true },
  { kind: 'ASSIGNMENT_ISSUED', labelZh: '新的督察任务', labelEn: 'New assignment', channels: ['IN_APP'], isDefault: true },
]

async function mounted(fetch: typeof window.fetch) {
  window.fetch = fetch
  const wrapper = mount(NotificationPreferences, { global: { plugins: [ElementPlus, createAppI18n('zh-CN')] } })
  await flushPromises()
  return wrapper
}

describe('notification preferences on the profile', () => {
  it('is not shown while notification-service does not answer', async () => {
    const wrapper = await mounted(vi.fn(async () => json({ code: 'service-unavailable', title: '服务暂不可用' }, 503)))
    expect(wrapper.find('[data-test="notification-preferences"]').exists()).toBe(false)
  })

  it('lists every kind with its channels, in-app fixed, and saves only the kind changed', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'PUT'
        ? json([{ ...answered[1], channels: ['IN_APP', 'EMAIL'], isDefault: false }])
        : json(answered))
    const wrapper = await mounted(fetch)

    expect(wrapper.find('[data-test="notification-preferences"]').text()).toContain('红牌预警')
    const inApp = wrapper.find('[data-test="preference-ASSIGNMENT_ISSUED-IN_APP"] input')
    expect((inApp.element as HTMLInputElement).disabled).toBe(true)
    expect(wrapper.find('[data-test="preferences-save"]').attributes('disabled')).toBeDefined()

    await wrapper.find('[data-test="preference-ASSIGNMENT_ISSUED-EMAIL"] input').setValue(true)
    await wrapper.find('[data-test="preferences-save"]').trigger('click')
    await flushPromises()

    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')
    expect(String(put?.[0])).toBe('/api/notifications/preferences')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ preferences: [{ kind: 'ASSIGNMENT_ISSUED', channels: ['IN_APP', 'EMAIL'] }] })
  })
})
