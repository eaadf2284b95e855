import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createClient, type ClientEnvironment } from '../src/api/client'
import { readCookie, needsCsrfToken } from '../src/api/csrf'

interface Call {
  url: string
  init: RequestInit
}

function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

function clientAnswering(answer: () => Response | Promise<Response>, locale = 'zh-CN') {
  const calls: Call[] = []
  const sessionEnded = vi.fn()
  const texts: Record<string, string> = {
    'errors.network': '无法连接服务器',
    'errors.networkDetail': '请检查网络后重试。',
    'errors.unreadable': '服务器返回了无法识别的内容',
    'errors.unreadableDetail': '请求失败（HTTP {status}）',
  }
  const environment: ClientEnvironment = {
    fetch: async (input, init) => {
      calls.push({ url: String(input), init: init ?? {} })
      return answer()
    },
    locale: () => locale,
    text: (key, values) => (texts[key] ?? key).replace('{status}', String(values?.status ?? '')),
    sessionEnded,
  }
  return { client: createClient(environment), calls, sessionEnded }
}

function header(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string>)[name]
}

describe('the API client', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/'
  })

  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })

  it('sends the CSRF cookie as X-XSRF-TOKEN on every write', async () => {
    const { client, calls } = clientAnswering(() => json(200, {}))

    await client.post('/api/campaigns', { title: 'x' })
    await client.put('/api/campaigns/1', { title: 'y' })
    await client.patch('/api/reports/1', {})
    await client.delete('/api/reports/1/evidence/2')

    expect(calls.map((call) => header(call, 'X-XSRF-TOKEN'))).toEqual(['token-123', 'token-123', 'token-123', 'token-123'])
    expect(header(calls[0], 'Content-Type')).toBe('application/json')
    expect(calls[0].init.body).toBe('{"title":"x"}')
  })

  it('sends no CSRF header on reads', async () => {
    const { client, calls } = clientAnswering(() => json(200, []))

    await client.get('/api/reports')

    expect(header(calls[0], 'X-XSRF-TOKEN')).toBeUndefined()
  })

  it("asks for the user's language and drops empty query parameters", async () => {
    const { client, calls } = clientAnswering(() => json(200, []), 'en')

    await client.get('/api/reports', { query: { department: '', campaignId: 'c-1', x: undefined } })

    expect(calls[0].url).toBe('/api/reports?campaignId=c-1')
    expect(header(calls[0], 'Accept-Language')).toBe('en')
  })

  it('turns problem+json into an error with readable text and the field errors', async () => {
    const { client } = clientAnswering(() => json(422, {
      title: 'The request is invalid',
      code: 'validation-failed',
      i18n: { title: { 'zh-CN': '提交的内容有误', en: 'The request is invalid' } },
      errors: [{ field: 'dueDate', message: { 'zh-CN': '截止日期不能早于今天', en: 'before today' } }],
    }, 'application/problem+json'))

    const failure = await client.post('/api/campaigns', {}).catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ApiError)
    const error = failure as ApiError
    expect(error.status).toBe(422)
    expect(error.code).toBe('validation-failed')
    expect(error.readable.title).toBe('提交的内容有误')
    expect(error.readable.fields).toEqual(['dueDate: 截止日期不能早于今天'])
  })

  it('marks a 404 as not found, as the screens show another department\'s report', async () => {
    const { client } = clientAnswering(() => json(404, { code: 'not-found', i18n: { title: { 'zh-CN': '未找到' } } }, 'application/problem+json'))

    const failure = (await client.get('/api/reports/x').catch((error: unknown) => error)) as ApiError

    expect(failure.notFound).toBe(true)
    expect(failure.readable.title).toBe('未找到')
  })

  it('explains an answer that is not problem+json with its HTTP status', async () => {
    const { client } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))

    const failure = (await client.get('/api/reports').catch((error: unknown) => error)) as ApiError

    expect(failure.status).toBe(502)
    expect(failure.readable).toEqual({ title: '服务器返回了无法识别的内容', detail: '请求失败（HTTP 502）', fields: [] })
  })

  it('explains a network failure in the user\'s language', async () => {
    const { client } = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')))

    const failure = (await client.get('/api/reports').catch((error: unknown) => error)) as ApiError

    expect(failure.status).toBe(0)
    expect(failure.readable.title).toBe('无法连接服务器')
  })

  it('lets the page log in again when the session is gone (401)', async () => {
    const { client, sessionEnded } = clientAnswering(() => json(401, { code: 'unauthorized' }, 'application/problem+json'))

    await expect(client.get('/api/me')).rejects.toBeInstanceOf(ApiError)

    expect(sessionEnded).toHaveBeenCalledOnce()
  })

  it('does not end the session for a 403', async () => {
    const { client, sessionEnded } = clientAnswering(() => json(403, { code: 'csrf-token-invalid' }, 'application/problem+json'))

    await expect(client.post('/api/campaigns')).rejects.toBeInstanceOf(ApiError)

    expect(sessionEnded).not.toHaveBeenCalled()
  })

  it('answers undefined for 204 No Content', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }))

    await expect(client.delete('/api/reports/1/evidence/2')).resolves.toBeUndefined()
  })
})

describe('the CSRF helpers', () => {
  it('read a cookie among others and decode it', () => {
    expect(readCookie('XSRF-TOKEN', 'SUPERVISION_SESSION=abc; XSRF-TOKEN=a%2Bb; other=1')).toBe('a+b')
    expect(readCookie('XSRF-TOKEN', 'other=1')).toBeUndefined()
  })

  it('ask for the token on every method but the safe ones', () => {
    expect(['get', 'HEAD', 'OPTIONS', 'TRACE'].map(needsCsrfToken)).toEqual([false, false, false, false])
    expect(['POST', 'put', 'PATCH', 'DELETE'].map(needsCsrfToken)).toEqual([true, true, true, true])
  })
})
