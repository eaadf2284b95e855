// The gateway keeps its CSRF token in the XSRF-TOKEN cookie (readable by scripts) and expects it back in a header.

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE']

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  const entry = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
  return entry === undefined ? undefined : decodeURIComponent(entry.substring(name.length + 1))
}

/** Whether the gateway checks the CSRF token for this method. */
export function needsCsrfToken(method: string): boolean {
  return !SAFE_METHODS.includes(method.toUpperCase())
}

export function csrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE)
}
