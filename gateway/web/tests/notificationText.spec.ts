import { describe, expect, it } from 'vitest'
import { factsOf, notificationText, variantOf } from '../src/department/notificationText'
import type { AppNotification } from '../src/department/types'
import { createAppI18n } from '../src/i18n'
import departmentEn from '../src/i18n/department.en'
import { translatorOf } from '../src/i18n/translator'

const english = translatorOf(createAppI18n('en').global)
const chinese = translatorOf(createAppI18n('zh-CN').global)
const names: Record<string, string> = { sifa: 'Justice Bureau' }
const department = (code: string) => names[code]

function notification(kind: string, title: string, body: string, extra: Partial<AppNotification> = {}): AppNotification {
  return { id: 'n1', kind, title, body, departmentCode: 'sifa', createdAt: '2026-11-20T00:00:00Z', readAt: null, ...extra }
}

// Texts as notification-service's decision table writes them (NotificationRules).
const issued = notification('ASSIGNMENT_ISSUED', '新的督察任务：《2026年度法治政府建设督察》',
  '司法局收到督察任务《2026年度法治政府建设督察》（督察〔2026〕1号），报送截止日期2026-12-31。请及时组织填报。', { sourceEventType: 'AssignmentIssued' })

describe('notification texts', () => {
  it('keep the server text in Chinese', () => {
    expect(notificationText(issued, 'zh-CN', chinese, department)).toEqual({ title: issued.title, body: issued.body })
  })

  it('are written in English from the kind, the campaign, the department and the due date', () => {
    expect(notificationText(issued, 'en', english, department)).toEqual({
      title: 'New assignment: 2026年度法治政府建设督察',
      body: 'Justice Bureau has a new assignment, 2026年度法治政府建设督察, due 2026-12-31. Please organise the report.',
    })
  })

  it('fall back to the server text for the part whose fact is missing', () => {
    const undated = { ...issued, body: '司法局收到督察任务《2026年度法治政府建设督察》，报送截止日期（未定）。请及时组织填报。' }
    expect(notificationText(undated, 'en', english, department)).toEqual({ title: 'New assignment: 2026年度法治政府建设督察', body: undated.body })
    const unknownDepartment = { ...issued, departmentCode: 'other' }
    expect(notificationText(unknownDepartment, 'en', english, department).body).toBe(issued.body)
    const noCampaign = notification('FINDING_CLOSED', '问题已销号', '督察员核验了整改答复，问题已销号。')
    expect(notificationText(noCampaign, 'en', english, department)).toEqual({
      title: '问题已销号', body: 'The auditor verified the rectification answer and closed the finding.',
    })
  })

  it('keep the server text for a kind they do not know', () => {
    const unknown = notification('SOMETHING_NEW', '新消息《X》', '内容')
    expect(notificationText(unknown, 'en', english, department)).toEqual({ title: '新消息《X》', body: '内容' })
    expect(notificationText({ ...unknown, kind: undefined }, 'en', english, department).title).toBe('新消息《X》')
  })

  it('name the score and the words people typed after the English text', () => {
    const accepted = notification('REPORT_ACCEPTED', '报告审核通过：《年度督察》', '报告第2版审核通过，得分92.5/100。')
    expect(notificationText(accepted, 'en', english, department)).toEqual({
      title: 'Report accepted: 年度督察', body: 'Version 2 of the report was accepted. Score: 92.5/100.',
    })
    const moved = notification('DUE_DATE_CHANGED', '截止日期调整：《年度督察》', '《年度督察》的报送截止日期由2026-12-01调整为2026-12-15。理由：系统维护')
    expect(notificationText(moved, 'en', english, department).body)
      .toBe('The due date of 年度督察 moved from 2026-12-01 to 2026-12-15. Reason: 系统维护')
  })

  it('tell a report from a rectification answer, a grant from a denial, today from later, the office from the leader', () => {
    expect(variantOf(notification('SUBMITTED_FOR_REVIEW', '司法局报告待审核：《X》', '', { sourceEventType: 'ReportSubmitted' }))).toBe('SUBMITTED_FOR_REVIEW')
    expect(variantOf(notification('SUBMITTED_FOR_REVIEW', '司法局整改答复待核验：《X》', '', { sourceEventType: 'RectificationSubmitted' })))
      .toBe('SUBMITTED_FOR_REVIEW_RECTIFICATION')
    expect(variantOf(notification('APPROVAL_REJECTED', '整改答复被退回：《X》', ''))).toBe('APPROVAL_REJECTED_RECTIFICATION')
    expect(variantOf(notification('EXTENSION_DECIDED', '延期申请未获批准：《X》', '', { sourceEventType: 'ExtensionDenied' }))).toBe('EXTENSION_DENIED')
    expect(variantOf(notification('EXTENSION_DECIDED', '延期申请已批准：《X》', '', { sourceEventType: 'ExtensionGranted' }))).toBe('EXTENSION_GRANTED')
    expect(variantOf(notification('DEADLINE_REMINDER', '催办：《X》报告报送今天截止', ''))).toBe('DEADLINE_REMINDER_TODAY')
    expect(variantOf(notification('DEADLINE_REMINDER', '催办：《X》报告报送还剩2个工作日', ''))).toBe('DEADLINE_REMINDER')
    expect(variantOf(notification('ESCALATION', '督办：司法局《X》报告报送逾期5个工作日', '…已逾期5个工作日，现提请部门主要负责人督办。'))).toBe('ESCALATION')
    expect(variantOf(notification('ESCALATION', '督办：司法局《X》报告审核逾期5个工作日', '…已逾期5个工作日，现提请督察办督办。'))).toBe('ESCALATION_OFFICE')
  })

  it('write the deadline kinds with what is due and how late', () => {
    const warning = notification('RED_WARNING', '红牌预警：司法局《年度督察》问题整改逾期3个工作日',
      '《年度督察》问题整改的截止日期为2026-11-10，已逾期3个工作日，督察办已发出红牌预警，请立即办理。')
    expect(notificationText(warning, 'en', english, department)).toEqual({
      title: 'Red warning: rectification for 年度督察 (Justice Bureau) 3 working day(s) overdue',
      body: 'The rectification deadline of 年度督察 was 2026-11-10, 3 working day(s) ago; the office issued a red warning. Please act now.',
    })
    const reminder = notification('DEADLINE_REMINDER', '催办：《年度督察》报告报送还剩2个工作日', '司法局《年度督察》报告报送的截止日期为2026-12-31，请抓紧办理。')
    expect(notificationText(reminder, 'en', english, department).title).toBe('Reminder: report submission for 年度督察 due in 2 working day(s)')
  })

  it('find the facts the Chinese words carry, and only those', () => {
    const findings = notification('FINDINGS_RAISED', '报告审核通过，需整改2个问题：《年度督察》',
      '报告第1版审核通过，得分80/100，发现以下问题需整改：ZG-1 制度缺失（整改期限2027-01-31）。')
    expect(factsOf(findings, department)).toEqual({
      campaign: '年度督察', department: 'Justice Bureau', date: '2027-01-31', version: '1', count: '2', score: '80/100',
    })
    const escalation = notification('ESCALATION', '督办：司法局《年度督察》报告审核逾期5个工作日',
      '《年度督察》报告审核的截止日期为2026-11-01，已逾期5个工作日，现提请督察办督办。', { departmentCode: undefined })
    expect(factsOf(escalation, department)).toEqual({ campaign: '年度督察', date: '2026-11-01', days: '5', what: 'review' })
  })

  it('have an English text for every kind of notification-service, title and body', () => {
    const kinds = ['ASSIGNMENT_ISSUED', 'ASSIGNMENT_WITHDRAWN', 'DUE_DATE_CHANGED', 'APPROVAL_REQUESTED', 'APPROVAL_REJECTED',
      'SUBMITTED_FOR_REVIEW', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'FINDINGS_RAISED', 'RECTIFICATION_RETURNED', 'FINDING_CLOSED',
      'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'DEADLINE_REMINDER', 'DEADLINE_MISSED', 'YELLOW_WARNING', 'RED_WARNING', 'ESCALATION']
    const texts = departmentEn.notificationText as unknown as Record<string, { title?: string; body?: string }>
    for (const kind of kinds) {
      const variant = variantOf(notification(kind, '', ''))
      expect(texts[variant]?.title, kind).toBeTruthy()
      expect(texts[variant]?.body, kind).toBeTruthy()
    }
  })
})
