import { CSRF_HEADER, csrfToken, needsCsrfToken } from './csrf'
import { problemMessage, type Problem, type ProblemMessage } from './problem'

/** A failed call, with the problem as the server sent it and its text in the user's language. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly problem: Problem
  readonly readable: ProblemMessage

  constructor(status: number, problem: Problem, readable: ProblemMessage) {
    super(readable.detail ? `${readable.title}: ${readable.detail}` : readable.title)
    this.name = 'ApiError'
    this.status = status
    this.code = problem.code ?? (status === 0 ? 'network' : `http-${status}`)
    this.problem = problem
    this.readable = readable
  }

  get notFound(): boolean {
    return this.status === 404
  }
}

export interface ClientEnvironment {
  fetch: typeof fetch
  /** The user's language: asked of the server and used to pick the problem's text. */
  locale: () => string
  /** Texts for failures that bring no problem+json of their own. */
  text: (key: string, values?: Record<string, unknown>) => string
  /** What to do when the session is gone: reloading the page lets the gateway send the browser to Keycloak. */
  sessionEnded: () => void
}

export interface RequestOptions {
  method?: string
  body?: unknown
  query?: Record<string, string | number | boolean | undefined | null>
  signal?: AbortSignal
}

export function createClient(environment: ClientEnvironment) {
  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = (options.method ?? 'GET').toUpperCase()
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': environment.locale(),
    }
    // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
    const multipart = options.body instanceof FormData
    if (options.body !== undefined && !multipart) {
      headers['Content-Type'] = 'application/json'
    }
    if (needsCsrfToken(method)) {
      const token = csrfToken()
      if (token) {
        headers[CSRF_HEADER] = token
      }
    }
    let response: Response
    try {
      response = await environment.fetch(withQuery(path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      })
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') {
        throw failure
      }
      throw new ApiError(0, {}, {
        title: environment.text('errors.network'),
        detail: environment.text('errors.networkDetail'),
        fields: [],
      })
    }
    if (response.status === 401) {
      environment.sessionEnded()
    }
    if (!response.ok) {
      throw await toError(response)
    }
    if (response.status === 204) {
      return undefined as T
    }
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }

  async function toError(response: Response): Promise<ApiError> {
    const fallback: Problem = {}
    let problem = fallback
    const type = response.headers.get('Content-Type') ?? ''
    if (type.includes('json')) {
      problem = ((await response.json().catch(() => fallback)) ?? fallback) as Problem
    }
    const unreadable = environment.text('errors.unreadable')
    const readable = problemMessage(problem, environment.locale(), unreadable)
    if (problem === fallback || (!problem.title && !problem.i18n)) {
      readable.detail = readable.detail || environment.text('errors.unreadableDetail', { status: response.status })
    }
    return new ApiError(response.status, problem, readable)
  }

  return {
    get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) => request<T>(path, options),
    post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
    put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
    patch: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PATCH', body }),
    delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
    request,
  }
}

export type ApiClient = ReturnType<typeof createClient>

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) {
    return path
  }
  const parameters = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      parameters.append(name, String(value))
    }
  }
  const text = parameters.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}
