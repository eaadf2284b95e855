import { describe, expect, it } from 'vitest'
import { createClient } from '../src/api/client'
import { cellErrors, importForm } from '../src/views/office/frameworkImport'

describe('the framework import', () => {
  it('sends the workbook as multipart without a JSON content type', async () => {
    const sent: RequestInit[] = []
    const client = createClient({
      fetch: async (_input, init) => {
        sent.push(init ?? {})
        return new Response('{"id":"f"}', { status: 201, headers: { 'Content-Type': 'application/json' } })
      },
      locale: () => 'zh-CN',
      text: (key) => key,
      sessionEnded: () => {},
    })
    const form = importForm(new File(['x'], '分解表.xlsx'), ' 2027年度 ', 2027, '')
    await client.post('/api/frameworks/import', form)
    expect(sent[0].body).toBe(form)
    expect((sent[0].headers as Record<string, string>)['Content-Type']).toBeUndefined()
    expect(form.get('name')).toBe('2027年度')
    expect(form.get('year')).toBe('2027')
    expect(form.has('description')).toBe(false)
  })

  it('lists every wrong cell in the user\'s language', () => {
    const problem = {
      code: 'framework-import-invalid',
      errors: [
        { row: 5, cell: 'C5', field: 'maxPoints', message: { 'zh-CN': '分值必须大于0', en: 'Points must be above 0' } },
        { field: 'header', message: { 'zh-CN': '缺少“牵头单位”列', en: 'No lead unit column' } },
      ],
    }
    expect(cellErrors(problem, 'en')).toEqual([
      { row: 5, cell: 'C5', field: 'maxPoints', message: 'Points must be above 0' },
      { row: null, cell: '', field: 'header', message: 'No lead unit column' },
    ])
  })
})
