import { describe, expect, it } from 'vitest'
import { ApiError } from '../src/api/client'
import { checkFile, MAX_EVIDENCE_BYTES, uploadFile } from '../src/department/upload'

/** An XMLHttpRequest stand-in that answers as the service would. */
class FakeRequest {
  static last: FakeRequest
  headers: Record<string, string> = {}
  method = ''
  url = ''
  status = 0
  responseText = ''
  body: unknown
  private responseType = ''
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null

  constructor() {
    FakeRequest.last = this
  }

  open(method: string, url: string) {
    this.method = method
    this.url = url
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }

  getResponseHeader() {
    return this.responseType
  }

  send(body: unknown) {
    this.body = body
  }

  answer(status: number, body: unknown, type = 'application/json') {
    this.status = status
    this.responseType = type
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

const options = (progress: number[] = []) => ({
  locale: 'en',
  fallback: (status: number) => ({ title: 'Upload failed', detail: `Network problem (${status})` }),
  onProgress: (percent: number) => progress.push(percent),
  xhr: () => new FakeRequest() as unknown as XMLHttpRequest,
})

describe('evidence upload', () => {
  it('refuses empty, too large and unaccepted files before sending them', () => {
    expect(checkFile({ name: 'a.pdf', size: 0 })?.key).toBe('editor.upload.empty')
    expect(checkFile({ name: 'a.pdf', size: MAX_EVIDENCE_BYTES + 1 })).toMatchObject({
      key: 'editor.upload.tooLarge',
      values: { max: '50.0 MB' },
    })
    expect(checkFile({ name: 'run.exe', size: 10 })?.key).toBe('editor.upload.badType')
    expect(checkFile({ name: 'noextension', size: 10 })?.key).toBe('editor.upload.badType')
    expect(checkFile({ name: '权责清单.PDF', size: 10 })).toBeNull()
    expect(checkFile({ name: 'photo.jpeg', size: 10 })).toBeNull()
  })

  it('sends the file with the CSRF token and reports progress until it is stored', async () => {
    document.cookie = 'XSRF-TOKEN=token-1'
    const progress: number[] = []
    const done = uploadFile('/api/reports/r/sections/s/evidence', new File(['x'], 'a.pdf'), options(progress))
    const request = FakeRequest.last
    request.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 })

    request.answer(201, { id: 'e1', fileName: 'a.pdf', sizeBytes: 1 })

    await expect(done).resolves.toMatchObject({ id: 'e1', fileName: 'a.pdf' })
    expect(request.method).toBe('POST')
    expect(request.headers['X-XSRF-TOKEN']).toBe('token-1')
    expect((request.body as FormData).get('file')).toBeInstanceOf(File)
    expect(progress).toEqual([25, 100])
  })

  it('turns the service’s refusal into the problem’s text in the user’s language', async () => {
    const done = uploadFile('/u', new File(['x'], 'a.pdf'), options())
    FakeRequest.last.answer(415, {
      code: 'evidence-type-refused',
      title: '不支持的文件类型',
      i18n: { title: { 'zh-CN': '不支持的文件类型', en: 'File type not accepted' }, detail: { en: 'Detected text/html' } },
    }, 'application/problem+json')

    const failure = await done.then(() => null, (error: ApiError) => error)
    expect(failure).toBeInstanceOf(ApiError)
    if (!failure) {
      return
    }
    expect(failure.status).toBe(415)
    expect(failure.readable).toMatchObject({ title: 'File type not accepted', detail: 'Detected text/html' })
  })

  it('says what happened when the network or a proxy fails without a problem', async () => {
    const lost = uploadFile('/u', new File(['x'], 'a.pdf'), options())
    FakeRequest.last.onerror?.()
    await expect(lost).rejects.toMatchObject({ status: 0, readable: { title: 'Upload failed', detail: 'Network problem (0)' } })

    const proxy = uploadFile('/u', new File(['x'], 'a.pdf'), options())
    FakeRequest.last.answer(413, '<html>too large</html>', 'text/html')
    await expect(proxy).rejects.toMatchObject({ status: 413, readable: { detail: 'Network problem (413)' } })
  })
})
