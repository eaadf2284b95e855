import { describe, expect, it } from 'vitest'
import { entryType, roundsOf, summaryOf, typeLabel } from '../src/views/review/timeline'
import { createAppI18n } from '../src/i18n'
import { translatorOf } from '../src/i18n/translator'
import type { TimelineEntry } from '../src/api/reviewTypes'

function entry(seq: number, type: string, reportVersion?: number, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    seq, messageId: `m${seq}`, type, kind: 'EVENT', source: 's', occurredAt: `2026-11-0${seq}T00:00:00Z`,
    recordedAt: `2026-11-0${seq}T00:00:00Z`, summary: { zh: type, en: type }, reportVersion, hash: 'h', ...extra,
  }
}

describe('timeline rounds', () => {
  it('puts drafting with the first version and starts a round at each higher version', () => {
    const entries = [
      entry(1, 'AssignmentIssued'), entry(2, 'DraftStarted'), entry(3, 'ReportSubmitted', 1), entry(4, 'ReviewCompleted', 1),
      entry(5, 'DraftStarted'), entry(6, 'ReportSubmitted', 2), entry(7, 'ReviewCompleted', 2),
    ]
    const rounds = roundsOf(entries)
    expect(rounds.map((round) => [round.version, round.entries.map((candidate) => candidate.seq)])).toEqual([
      [1, [1, 2, 3, 4, 5]],
      [2, [6, 7]],
    ])
  })

  it('keeps a history without any version as one round', () => {
    expect(roundsOf([entry(1, 'AssignmentIssued')])).toEqual([{ version: null, entries: [entry(1, 'AssignmentIssued')] }])
    expect(roundsOf([])).toEqual([])
  })

  it('colours returns red, closures green and the engine grey', () => {
    expect(entryType(entry(1, 'StageChanged', undefined, { stageAfter: 'RETURNED' }))).toBe('danger')
    expect(entryType(entry(1, 'FindingVerified', undefined, { actor: { username: 'auditor' } }))).toBe('success')
    expect(entryType(entry(1, 'FindingVerified', undefined, { details: { outcome: 'REJECTED' } }))).toBe('danger')
    expect(entryType(entry(1, 'ReviewCompleted', 1, { details: { decision: 'RETURN' } }))).toBe('danger')
    expect(entryType(entry(1, 'OpenReview', undefined, { kind: 'COMMAND' }))).toBe('info')
    expect(entryType(entry(1, 'ReviewClaimed', undefined, { actor: { username: 'auditor' } }))).toBe('primary')
  })
})

// Every message type workflows' timeline records (workflows/…/timeline/Facts.java: the events of each topic and the
// engine's commands), and the extra source type notification-service names its digests by.
const EVENTS = [
  'AssignmentIssued', 'AssignmentWithdrawn', 'DueDateMoved', 'ExtensionGranted', 'ExtensionDenied',
  'ReportOpened', 'DraftStarted', 'ReportSentForApproval', 'ReportApprovalRejected', 'ReportSubmitted',
  'RectificationSentForApproval', 'RectificationApprovalRejected', 'RectificationSubmitted', 'ReportPublished',
  'ExtensionRequested', 'ReviewClaimed', 'ReviewReleased', 'ReviewCompleted', 'ScoreOverridden', 'FindingVerified',
  'StageChanged', 'ReportGraded', 'DeadlineApproaching', 'DeadlineMissed', 'WarningRaised', 'EscalationRaised',
  'NotificationAttempted', 'DailyDigest',
]
const COMMANDS = ['OpenReport', 'ReopenReport', 'CloseReport', 'OpenReview', 'OpenRectification', 'OpenVerification', 'ReopenRectification']

function translator(locale: 'zh-CN' | 'en') {
  return translatorOf(createAppI18n(locale).global)
}

describe('timeline labels', () => {
  const zh = translator('zh-CN')
  const en = translator('en')

  it('names every entry type in Chinese and in English, never by its class name', () => {
    for (const [types, kind] of [[EVENTS, 'EVENT'], [COMMANDS, 'COMMAND']] as const) {
      for (const type of types) {
        const chinese = typeLabel(type, kind, zh)
        const english = typeLabel(type, kind, en)
        expect(chinese, type).toMatch(/[\u4e00-\u9fff]/)
        expect(chinese, type).not.toMatch(/[A-Za-z]/)
        expect(english, type).not.toBe(type)
        expect(english, type).not.toMatch(/[\u4e00-\u9fff]/)
        expect(english, type).not.toBe(chinese)
      }
    }
    expect(typeLabel('ReportSubmitted', 'EVENT', zh)).toBe('报告报送')
    expect(typeLabel('ReportSubmitted', 'EVENT', en)).toBe('Report submitted')
  })

  it('reads an unknown type as another entry or command of its kind', () => {
    expect(typeLabel('SomethingNew', 'EVENT', zh)).toBe('其他记录')
    expect(typeLabel('SomethingNew', 'COMMAND', zh)).toBe('其他系统指令')
    expect(typeLabel('SomethingNew', 'EVENT', en)).toBe('Other entry')
    // A key path, not a type: never looked up as one.
    expect(typeLabel('channel.EMAIL', 'EVENT', zh)).toBe('其他记录')
    expect(typeLabel('', 'EVENT', en)).toBe('Other entry')
  })

  it("writes a notification's line with the label of the message it was about", () => {
    const delivered = entry(1, 'NotificationAttempted', undefined, {
      summary: { zh: '已通过邮件通知 王五（ReportSubmitted）', en: 'Notified 王五 by EMAIL (ReportSubmitted)' },
      details: { sourceEventType: 'ReportSubmitted', recipientName: '王五', channel: 'EMAIL', status: 'DELIVERED', attempt: 1 },
    })
    expect(summaryOf(delivered, 'zh-CN', zh)).toBe('已通过邮件通知 王五（报告报送）')
    expect(summaryOf(delivered, 'en', en)).toBe('Notified 王五 by email (Report submitted)')

    const failed = entry(2, 'NotificationAttempted', undefined, {
      details: { sourceEventType: 'WarningRaised', recipientName: '王五', channel: 'SMS', status: 'FAILED', attempt: 2, failureReason: 'timeout' },
    })
    expect(summaryOf(failed, 'zh-CN', zh)).toBe('通过短信通知 王五失败（第 2 次，预警）：timeout')
  })

  it("keeps the service's line for other entries and for a notification missing a detail", () => {
    const submitted = entry(1, 'ReportSubmitted', 1, { summary: { zh: '报送', en: 'Submitted' } })
    expect(summaryOf(submitted, 'zh-CN', zh)).toBe('报送')
    expect(summaryOf(submitted, 'en', en)).toBe('Submitted')
    expect(summaryOf(entry(2, 'ReportSubmitted', 1, { summary: { zh: '报送', en: '' } }), 'en', en)).toBe('报送')
    const partial = entry(3, 'NotificationAttempted', undefined, { summary: { zh: '服务器文本', en: 'server text' }, details: { channel: 'EMAIL' } })
    expect(summaryOf(partial, 'zh-CN', zh)).toBe('服务器文本')
    const oddChannel = entry(4, 'NotificationAttempted', undefined, {
      summary: { zh: '服务器文本', en: 'server text' },
      details: { sourceEventType: 'ReportSubmitted', recipientName: '王五', channel: 'PIGEON', status: 'DELIVERED' },
    })
    expect(summaryOf(oddChannel, 'en', en)).toBe('server text')
  })
})

describe('timeline lines written from their details', () => {
  const zh = translatorOf(createAppI18n('zh-CN').global)
  const en = translatorOf(createAppI18n('en').global)

  it('name the stages by their labels in English, the first one from the start', () => {
    const changed = entry(1, 'StageChanged', undefined, {
      summary: { zh: '阶段：审核中 → 审核通过', en: 'Stage: UNDER_REVIEW → ACCEPTED' }, stageBefore: 'UNDER_REVIEW', stageAfter: 'ACCEPTED',
    })
    expect(summaryOf(changed, 'en', en)).toBe('Stage: Under review → Accepted')
    // Chinese keeps the service's words (which already name the stages in Chinese).
    expect(summaryOf(changed, 'zh-CN', zh)).toBe('阶段：审核中 → 审核通过')
    expect(summaryOf({ ...changed, stageBefore: null, stageAfter: 'ASSIGNED' }, 'en', en)).toBe('Stage: (start) → Assigned')
    // A stage the app does not know: the service's line.
    expect(summaryOf({ ...changed, stageAfter: 'ARCHIVED' }, 'en', en)).toBe('Stage: UNDER_REVIEW → ACCEPTED')
  })

  it('name the grade by its label with the score in English', () => {
    const graded = entry(1, 'ReportGraded', 1, {
      summary: { zh: '评定等次：优秀（92.5/100）', en: 'Graded EXCELLENT (92.5/100)' }, details: { grade: 'EXCELLENT', totalScore: 92.5, maxScore: 100.0 },
    })
    expect(summaryOf(graded, 'en', en)).toBe('Graded Excellent (92.5/100)')
    expect(summaryOf(graded, 'zh-CN', zh)).toBe('评定等次：优秀（92.5/100）')
    expect(summaryOf({ ...graded, details: { grade: 'EXCELLENT' } }, 'en', en)).toBe('Graded EXCELLENT (92.5/100)')
  })
})
