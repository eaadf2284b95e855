// Turns the services' problem+json (RFC 9457 with both languages under `i18n`, see docs/platform.md) into text people read.

export type Bilingual = Partial<Record<string, string>>

export interface FieldError {
  field?: string
  message?: Bilingual | string
  rejectedValue?: string | null
}

export interface Problem {
  type?: string
  title?: string
  detail?: string
  status?: number
  code?: string
  i18n?: { title?: Bilingual; detail?: Bilingual }
  errors?: FieldError[]
  [property: string]: unknown
}

export interface ProblemMessage {
  title: string
  detail: string
  fields: string[]
}

const FALLBACK_LOCALE = 'zh-CN'

/** The text in the wanted language, else Chinese, else whatever language there is. */
export function pick(text: Bilingual | string | undefined, locale: string): string | undefined {
  if (text === undefined || text === null) {
    return undefined
  }
  if (typeof text === 'string') {
    return text
  }
  return text[locale] ?? text[FALLBACK_LOCALE] ?? Object.values(text).find((value) => !!value)
}

/**
 * The problem in the user's language: the `i18n` member first (the server's `title`/`detail` follow the request's
 * Accept-Language, which may differ from the language the user switched to since), then the plain members.
 * Field errors become "field: message" lines.
 */
export function problemMessage(problem: Problem, locale: string, fallbackTitle: string): ProblemMessage {
  const title = pick(problem.i18n?.title, locale) ?? problem.title ?? fallbackTitle
  const detail = pick(problem.i18n?.detail, locale) ?? problem.detail ?? ''
  const fields = (problem.errors ?? [])
    .map((error) => {
      const message = pick(error.message, locale) ?? ''
      return error.field ? (message ? `${error.field}: ${message}` : error.field) : message
    })
    .filter((line) => line.length > 0)
  return { title, detail, fields }
}

/** One line for a notification: title, detail and fields. */
export function problemText(message: ProblemMessage): string {
  const head = message.detail ? `${message.title}：${message.detail}` : message.title
  return message.fields.length ? `${head}（${message.fields.join('；')}）` : head
}
