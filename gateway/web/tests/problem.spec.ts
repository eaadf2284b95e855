import { describe, expect, it } from 'vitest'
import { pick, problemMessage, problemText } from '../src/api/problem'

const validationProblem = {
  type: 'https://supervisionflow.org/problems/validation-failed',
  title: '提交的内容有误',
  detail: '请修正标出的字段后重试，已保存的内容不受影响。',
  status: 400,
  code: 'validation-failed',
  i18n: {
    title: { 'zh-CN': '提交的内容有误', en: 'The request is invalid' },
    detail: { 'zh-CN': '请修正标出的字段后重试，已保存的内容不受影响。', en: 'Correct the fields listed and try again; nothing saved was changed.' },
  },
  errors: [
    { field: 'dueDate', rejectedValue: '2020-01-01', message: { 'zh-CN': '截止日期不能早于今天', en: 'The due date may not be before today' } },
    { field: 'title', message: { 'zh-CN': '不能为空', en: 'must not be blank' } },
  ],
}

describe('problemMessage', () => {
  it('shows the problem in the language the user chose, whatever language the server answered in', () => {
    const message = problemMessage(validationProblem, 'en', 'fallback')

    expect(message.title).toBe('The request is invalid')
    expect(message.detail).toBe('Correct the fields listed and try again; nothing saved was changed.')
  })

  it('lists every field error with its field and message in the chosen language', () => {
    expect(problemMessage(validationProblem, 'zh-CN', 'fallback').fields).toEqual([
      'dueDate: 截止日期不能早于今天',
      'title: 不能为空',
    ])
    expect(problemMessage(validationProblem, 'en', 'fallback').fields).toEqual([
      'dueDate: The due date may not be before today',
      'title: must not be blank',
    ])
  })

  it('falls back to Chinese when the wanted language is missing from i18n', () => {
    const problem = { title: 'x', i18n: { title: { 'zh-CN': '未找到' }, detail: { 'zh-CN': '报告不存在。' } } }

    expect(problemMessage(problem, 'en', 'fallback')).toEqual({ title: '未找到', detail: '报告不存在。', fields: [] })
  })

  it('uses the plain title and detail when the problem has no i18n member', () => {
    const message = problemMessage({ title: 'Bad Gateway', detail: 'upstream failed' }, 'zh-CN', 'fallback')

    expect(message).toEqual({ title: 'Bad Gateway', detail: 'upstream failed', fields: [] })
  })

  it('uses the fallback title for a body without any text', () => {
    expect(problemMessage({}, 'en', 'The server answered something unreadable').title)
      .toBe('The server answered something unreadable')
  })

  it('keeps a field error that carries only a plain-string message', () => {
    const message = problemMessage({ title: 't', errors: [{ message: 'whole request is wrong' }, { field: 'name' }] }, 'en', 'f')

    expect(message.fields).toEqual(['whole request is wrong', 'name'])
  })
})

describe('problemText', () => {
  it('joins title, detail and fields into one line for a notification', () => {
    expect(problemText({ title: '提交的内容有误', detail: '请修正。', fields: ['a: 1', 'b: 2'] }))
      .toBe('提交的内容有误：请修正。（a: 1；b: 2）')
    expect(problemText({ title: '未找到', detail: '', fields: [] })).toBe('未找到')
  })
})

describe('pick', () => {
  it('prefers the wanted language, then Chinese, then any language there is', () => {
    expect(pick({ 'zh-CN': '中', en: 'en' }, 'en')).toBe('en')
    expect(pick({ 'zh-CN': '中' }, 'en')).toBe('中')
    expect(pick({ fr: 'fr' }, 'en')).toBe('fr')
    expect(pick(undefined, 'en')).toBeUndefined()
  })
})
