import { describe, expect, it } from 'vitest'
import { notificationText, variantOf } from '../src/department/notificationText'
import type { AppNotification, NotificationFacts } from '../src/department/types'
import { createAppI18n } from '../src/i18n'
import departmentEn from '../src/i18n/department.en'
import { translatorOf } from '../src/i18n/translator'

const english = translatorOf(createAppI18n('en').global)
const chinese = translatorOf(createAppI18n('zh-CN').global)
const names: Record<string, string> = { sifa: 'Justice Bureau' }
const department = (code: string) => names[code]

/** A notification as notification-service sends it: Chinese words and the facts they state (NotificationRules). */
function notification(kind: string | undefined, title: string, body: string, facts?: NotificationFacts): AppNotification {
  return { id: 'n1', kind, title, body, facts, departmentCode: 'sifa', createdAt: '2026-11-20T00:00:00Z', readAt: null }
}

const campaign = { campaignTitle: '2026年度法治政府建设督察', departmentCode: 'sifa' }
const issued = notification('ASSIGNMENT_ISSUED', '新的督察任务：《2026年度法治政府建设督察》',
  '司法局收到督察任务《2026年度法治政府建设督察》（督察〔2026〕1号），报送截止日期2026-12-31。请及时组织填报。',
  { ...campaign, documentNumber: '督察〔2026〕1号', dueDate: '2026-12-31' })

function inEnglish(kind: string, facts: NotificationFacts) {
  return notificationText(notification(kind, '中文标题', '中文正文', { ...campaign, ...facts }), 'en', english, department)
}

describe('notification texts', () => {
  it('keep the server text in Chinese', () => {
    expect(notificationText(issued, 'zh-CN', chinese, department)).toEqual({ title: issued.title, body: issued.body })
  })

  it('are written in English from the kind and the facts, adding the facts that only some notifications name', () => {
    expect(notificationText(issued, 'en', english, department)).toEqual({
      title: 'New assignment: 2026年度法治政府建设督察',
      body: 'Justice Bureau has a new assignment, 2026年度法治政府建设督察, due 2026-12-31. Please organise the report. Document: 督察〔2026〕1号.',
    })
  })

  it('never read the Chinese words: the same words without facts stay Chinese, other words with facts read the facts', () => {
    const withoutFacts = { ...issued, facts: undefined }
    expect(notificationText(withoutFacts, 'en', english, department)).toEqual({ title: issued.title, body: issued.body })
    // A notification stored before facts existed answers an empty map.
    expect(notificationText({ ...issued, facts: {} }, 'en', english, department)).toEqual({ title: issued.title, body: issued.body })
    const reworded = { ...issued, title: '任务下达', body: '请填报。' }
    expect(notificationText(reworded, 'en', english, department).title).toBe('New assignment: 2026年度法治政府建设督察')
  })

  it('fall back to the server text for the part whose fact is missing', () => {
    const undated = { ...issued, facts: { ...campaign } }
    expect(notificationText(undated, 'en', english, department)).toEqual({ title: 'New assignment: 2026年度法治政府建设督察', body: issued.body })
    const unknownDepartment = { ...issued, facts: { ...issued.facts, departmentCode: 'other' } }
    expect(notificationText(unknownDepartment, 'en', english, department).body).toBe(issued.body)
    // The campaign was not known yet when the notification was written.
    const noCampaign = notification('FINDING_CLOSED', '问题已销号：《督察任务》', '督察员核验了整改答复，问题已销号。', { departmentCode: 'sifa' })
    expect(notificationText(noCampaign, 'en', english, department)).toEqual({
      title: '问题已销号：《督察任务》', body: 'The auditor verified the rectification answer and closed the finding.',
    })
  })

  it('keep the server text for a kind they do not know, or a variant its facts do not decide', () => {
    const unknown = notification('SOMETHING_NEW', '新消息《X》', '内容', campaign)
    expect(notificationText(unknown, 'en', english, department)).toEqual({ title: '新消息《X》', body: '内容' })
    expect(notificationText({ ...unknown, kind: undefined }, 'en', english, department).title).toBe('新消息《X》')
    const undecided = notification('EXTENSION_DECIDED', '延期申请已批准：《X》', '正文', campaign)
    expect(notificationText(undecided, 'en', english, department)).toEqual({ title: '延期申请已批准：《X》', body: '正文' })
  })

  it('name the score, the findings and the words people typed after the English text', () => {
    expect(inEnglish('REPORT_ACCEPTED', { reportVersion: '2', score: '92.5', maxScore: '100' })).toEqual({
      title: 'Report accepted: 2026年度法治政府建设督察', body: 'Version 2 of the report was accepted. Score: 92.5/100.',
    })
    expect(inEnglish('FINDINGS_RAISED', { reportVersion: '1', score: '80', findingCount: '2', noticeNumbers: 'ZG-1、ZG-2',
      rectificationDeadline: '2027-01-31' })).toEqual({
      title: 'Report accepted with 2 finding(s) to rectify: 2026年度法治政府建设督察',
      body: 'Version 1 of the report was accepted; the findings to rectify are listed on the report page. Score: 80. Notices: ZG-1、ZG-2. Rectify by 2027-01-31.',
    })
    expect(inEnglish('DUE_DATE_CHANGED', { previousDueDate: '2026-12-01', newDueDate: '2026-12-15', reason: '系统维护' }).body)
      .toBe('The due date of 2026年度法治政府建设督察 moved from 2026-12-01 to 2026-12-15. Reason: 系统维护')
    expect(inEnglish('REPORT_RETURNED', { reportVersion: '1', returnReasons: '数据缺失；附件不全' }).body)
      .toBe('Version 1 of the report was returned for revision. Review comments: 数据缺失；附件不全')
    expect(inEnglish('APPROVAL_REJECTED', { subject: 'REPORT', leaderName: '李强', comment: '数据需核实' }).body)
      .toBe('The department leader sent the draft report back. Sent back by 李强. Comment: 数据需核实')
    expect(inEnglish('EXTENSION_REQUESTED', { deadlineKind: 'RECTIFICATION', requesterName: '王芳', currentDueDate: '2026-03-31',
      requestedDueDate: '2026-04-07', reason: '疫情影响' })).toEqual({
      title: 'Justice Bureau requests an extension: 2026年度法治政府建设督察',
      body: 'Requested: the rectification deadline moved from 2026-03-31 to 2026-04-07. Requested by 王芳. Reason: 疫情影响',
    })
  })

  it('tell a report from a rectification answer, a grant from a denial, today from later, the office from the leader', () => {
    const variant = (kind: string, facts: NotificationFacts) => variantOf(notification(kind, '', '', facts))
    expect(variant('SUBMITTED_FOR_REVIEW', { subject: 'REPORT' })).toBe('SUBMITTED_FOR_REVIEW')
    expect(variant('SUBMITTED_FOR_REVIEW', { subject: 'RECTIFICATION' })).toBe('SUBMITTED_FOR_REVIEW_RECTIFICATION')
    expect(variant('APPROVAL_REJECTED', { subject: 'RECTIFICATION' })).toBe('APPROVAL_REJECTED_RECTIFICATION')
    expect(variant('APPROVAL_REQUESTED', {})).toBeUndefined()
    expect(variant('EXTENSION_DECIDED', { decision: 'DENIED' })).toBe('EXTENSION_DENIED')
    expect(variant('EXTENSION_DECIDED', { decision: 'GRANTED' })).toBe('EXTENSION_GRANTED')
    expect(variant('DEADLINE_REMINDER', { workingDaysLeft: '0' })).toBe('DEADLINE_REMINDER_TODAY')
    expect(variant('DEADLINE_REMINDER', { workingDaysLeft: '2' })).toBe('DEADLINE_REMINDER')
    expect(variant('ESCALATION', { escalationTarget: 'DEPARTMENT_LEADER' })).toBe('ESCALATION')
    expect(variant('ESCALATION', { escalationTarget: 'OFFICE' })).toBe('ESCALATION_OFFICE')
    expect(inEnglish('SUBMITTED_FOR_REVIEW', { subject: 'RECTIFICATION', answerVersion: '3' })).toEqual({
      title: 'Rectification to verify from Justice Bureau: 2026年度法治政府建设督察',
      body: 'Justice Bureau submitted rectification answer version 3; please verify it.',
    })
  })

  it('write the deadline kinds with what is due and how late', () => {
    const deadline = { dueDate: '2026-11-10', workingDaysOverdue: '3' }
    expect(inEnglish('RED_WARNING', { ...deadline, deadlineKind: 'RECTIFICATION' })).toEqual({
      title: 'Red warning: rectification for 2026年度法治政府建设督察 (Justice Bureau) 3 working day(s) overdue',
      body: 'The rectification deadline of 2026年度法治政府建设督察 was 2026-11-10, 3 working day(s) ago; the office issued a red warning. Please act now.',
    })
    expect(inEnglish('DEADLINE_REMINDER', { deadlineKind: 'REPORT_SUBMISSION', dueDate: '2026-12-31', workingDaysLeft: '2' }).title)
      .toBe('Reminder: report submission for 2026年度法治政府建设督察 due in 2 working day(s)')
    expect(inEnglish('ESCALATION', { ...deadline, deadlineKind: 'REVIEW', escalationTarget: 'OFFICE' }).body)
      .toBe('The review deadline of 2026年度法治政府建设督察 was 2026-11-10, 3 working day(s) ago; it is referred to the office.')
    // A deadline kind the bell does not know: no guess at what is due.
    expect(inEnglish('DEADLINE_MISSED', { deadlineKind: 'SOMETHING_ELSE', dueDate: '2026-11-10' })).toEqual({ title: '中文标题', body: '中文正文' })
  })

  it('have an English text for every kind and variant of notification-service, title and body', () => {
    const variants: [string, NotificationFacts][] = [['ASSIGNMENT_ISSUED', {}], ['ASSIGNMENT_WITHDRAWN', {}], ['DUE_DATE_CHANGED', {}],
      ['APPROVAL_REQUESTED', { subject: 'REPORT' }], ['APPROVAL_REQUESTED', { subject: 'RECTIFICATION' }],
      ['APPROVAL_REJECTED', { subject: 'REPORT' }], ['APPROVAL_REJECTED', { subject: 'RECTIFICATION' }],
      ['SUBMITTED_FOR_REVIEW', { subject: 'REPORT' }], ['SUBMITTED_FOR_REVIEW', { subject: 'RECTIFICATION' }],
      ['REPORT_RETURNED', {}], ['REPORT_ACCEPTED', {}], ['FINDINGS_RAISED', {}], ['RECTIFICATION_RETURNED', {}], ['FINDING_CLOSED', {}],
      ['EXTENSION_REQUESTED', {}], ['EXTENSION_DECIDED', { decision: 'GRANTED' }], ['EXTENSION_DECIDED', { decision: 'DENIED' }],
      ['DEADLINE_REMINDER', { workingDaysLeft: '1' }], ['DEADLINE_REMINDER', { workingDaysLeft: '0' }], ['DEADLINE_MISSED', {}],
      ['YELLOW_WARNING', {}], ['RED_WARNING', {}], ['ESCALATION', { escalationTarget: 'DEPARTMENT_LEADER' }],
      ['ESCALATION', { escalationTarget: 'OFFICE' }]]
    const texts = departmentEn.notificationText as unknown as Record<string, { title?: string; body?: string }>
    for (const [kind, facts] of variants) {
      const variant = variantOf(notification(kind, '', '', facts)) ?? ''
      expect(texts[variant]?.title, `${kind} ${variant}`).toBeTruthy()
      expect(texts[variant]?.body, `${kind} ${variant}`).toBeTruthy()
    }
  })
})
