import { reactive } from 'vue'
import { api, ApiError } from './api'
import type { Department, Me } from './api/types'

/** Who is logged in and the departments' names, loaded once when the app starts. */
export const session = reactive({
  me: null as Me | null,
  departments: [] as Department[],
  loading: true,
  error: null as ApiError | null,
})

export async function loadSession() {
  session.loading = true
  session.error = null
  try {
    const [me, departments] = await Promise.all([
      api.get<Me>('/api/me'),
      // The names are a nicety: without them the codes show.
      api.get<Department[]>('/api/departments').catch(() => [] as Department[]),
    ])
    session.me = me
    session.departments = departments
  } catch (failure) {
    session.error = failure instanceof ApiError ? failure : null
    if (!(failure instanceof ApiError)) {
      throw failure
    }
  } finally {
    session.loading = false
  }
}

/** Office roles (office-admin, auditor, viewer) see every department and the office's screens. */
export function isOffice(): boolean {
  return session.me?.seesEveryDepartment ?? false
}

export function hasRole(...roles: string[]): boolean {
  return roles.some((role) => session.me?.roles.includes(role))
}

export function departmentName(code: string | undefined, locale: string, fallbackName?: string): string {
  if (!code) {
    return fallbackName ?? ''
  }
  const department = session.departments.find((candidate) => candidate.code === code)
  if (!department) {
    return fallbackName ?? code
  }
  return locale === 'en' && department.nameEn ? department.nameEn : department.name
}
