import { describe, expect, it } from 'vitest'
import HistoryView from '../src/views/review/HistoryView.vue'
import { json, linkTarget, mountAt } from './support'

const timeline = {
  assignmentId: 'a1', departmentCode: 'sifa', verified: true, engine: { stage: 'UNDER_REVIEW', consistent: true },
  entries: [
    { seq: 1, messageId: 'm1', type: 'ReportSubmitted', kind: 'EVENT', source: 'submission-service', occurredAt: '2026-11-01T01:00:00Z',
      recordedAt: '2026-11-01T01:00:00Z', summary: { zh: '部门负责人审批通过，报告第 1 版报送', en: 'The department leader approved; report version 1 submitted' },
      reportVersion: 1, hash: 'h1' },
    { seq: 2, messageId: 'm2', type: 'NotificationAttempted', kind: 'EVENT', source: 'notification-service', occurredAt: '2026-11-01T01:01:00Z',
      recordedAt: '2026-11-01T01:01:00Z', summary: { zh: '已通过邮件通知 王五（ReportSubmitted）', en: 'Notified 王五 by EMAIL (ReportSubmitted)' },
      details: { sourceEventType: 'ReportSubmitted', recipientName: '王五', channel: 'EMAIL', status: 'DELIVERED', attempt: 1 }, hash: 'h2' },
    { seq: 3, messageId: 'm3', type: 'SomethingNew', kind: 'COMMAND', source: 'workflows', occurredAt: '2026-11-01T01:02:00Z',
      recordedAt: '2026-11-01T01:02:00Z', summary: { zh: '新指令', en: 'New command' }, hash: 'h3' },
  ],
}

async function mounted(locale: 'zh-CN' | 'en') {
  window.fetch = async () => json(timeline)
  return mountAt('/history/a1', [{ path: '/history/:assignmentId', component: HistoryView, props: true }, linkTarget('/reports/:id', 'report')], locale)
}

describe('the history timeline', () => {
  it('labels every entry in Chinese and names the notified event in Chinese, no class names', async () => {
    const wrapper = await mounted('zh-CN')
    expect(wrapper.findAll('[data-test="timeline-entry-type"]').map((tag) => tag.text())).toEqual(['报告报送', '通知发送', '其他系统指令'])
    const entries = wrapper.findAll('[data-test="timeline-entry"]').map((entry) => entry.text())
    expect(entries[1]).toContain('已通过邮件通知 王五（报告报送）')
    expect(entries.join(' ')).not.toMatch(/ReportSubmitted|NotificationAttempted|SomethingNew/)
  })

  it('labels them in English when English is chosen', async () => {
    const wrapper = await mounted('en')
    expect(wrapper.findAll('[data-test="timeline-entry-type"]').map((tag) => tag.text())).toEqual(['Report submitted', 'Notification', 'Other command'])
    expect(wrapper.findAll('[data-test="timeline-entry"]')[1].text()).toContain('Notified 王五 by email (Report submitted)')
  })
})
