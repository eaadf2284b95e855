// Evidence uploads (佐证材料): checked in the browser first (size, type) so a wrong file is refused at once with a
// reason; sent with XMLHttpRequest because fetch reports no upload progress; the server's problem+json (413 too
// large, 415 type refused) becomes the same readable message as every other API error.
import { ApiError } from '../api/client'
import { CSRF_HEADER, csrfToken } from '../api/csrf'
import { problemMessage, type Problem } from '../api/problem'

/** submission-service's default limit (`EVIDENCE_MAX_SIZE`, 50MB). */
export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

/** The kinds submission-service accepts (it checks the bytes; the browser can only judge by name). */
export const ACCEPTED_EXTENSIONS = [
  'pdf', 'ofd', 'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'webp',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'et', 'dps', 'zip', 'txt', 'csv',
]

export interface Evidence {
  id: string
  reportId: string
  sectionId?: string
  findingId?: string
  fileName: string
  contentType: string
  sizeBytes: number
  sha256: string
  uploadedAt: string
  uploadedBy?: { displayName?: string; username?: string }
}

/** Why the browser refuses a file before sending it: an i18n key and its values, or null when it may go. */
export function checkFile(file: { name: string; size: number }, maxBytes = MAX_EVIDENCE_BYTES):
  { key: string; values: Record<string, unknown> } | null {
  if (file.size === 0) {
    return { key: 'editor.upload.empty', values: { name: file.name } }
  }
  if (file.size > maxBytes) {
    return { key: 'editor.upload.tooLarge', values: { name: file.name, size: formatBytes(file.size), max: formatBytes(maxBytes) } }
  }
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return { key: 'editor.upload.badType', values: { name: file.name, types: ACCEPTED_EXTENSIONS.join('、') } }
  }
  return null
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export interface UploadOptions {
  locale: string
  /** Text for a failure without problem+json (network, proxy). */
  fallback: (status: number) => { title: string; detail: string }
  onProgress?: (percent: number) => void
  xhr?: () => XMLHttpRequest
}

/** Posts one file as multipart `file`; resolves with the stored evidence, rejects with an ApiError. */
export function uploadFile(url: string, file: File, options: UploadOptions): Promise<Evidence> {
  return new Promise((resolve, reject) => {
    const request = options.xhr ? options.xhr() : new XMLHttpRequest()
    request.open('POST', url)
    request.setRequestHeader('Accept', 'application/json, application/problem+json')
    request.setRequestHeader('Accept-Language', options.locale)
    const token = csrfToken()
    if (token) {
      request.setRequestHeader(CSRF_HEADER, token)
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && options.onProgress) {
        options.onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)))
      }
    }
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        options.onProgress?.(100)
        resolve(JSON.parse(request.responseText) as Evidence)
      } else {
        reject(toError(request.status, request.getResponseHeader('Content-Type'), request.responseText, options))
      }
    }
    request.onerror = () => reject(toError(0, null, '', options))
    const form = new FormData()
    form.append('file', file)
    request.send(form)
  })
}

function toError(status: number, type: string | null, body: string, options: UploadOptions): ApiError {
  let problem: Problem = {}
  if (type?.includes('json')) {
    try {
      problem = JSON.parse(body) as Problem
    } catch {
      problem = {}
    }
  }
  const fallback = options.fallback(status)
  const readable = problemMessage(problem, options.locale, fallback.title)
  if (!problem.title && !problem.i18n) {
    readable.detail = fallback.detail
  }
  return new ApiError(status, problem, readable)
}
