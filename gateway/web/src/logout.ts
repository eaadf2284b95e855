import { csrfToken } from './api/csrf'

/**
 * Logout is a real form post, not fetch: the gateway answers with a redirect to Keycloak's logout, which ends the
 * Keycloak session too and must happen in the browser's window. The CSRF token rides in the `_csrf` field.
 */
export function logout() {
  const form = document.createElement('form')
  form.method = 'post'
  form.action = '/logout'
  const token = document.createElement('input')
  token.type = 'hidden'
  token.name = '_csrf'
  token.value = csrfToken() ?? ''
  form.appendChild(token)
  document.body.appendChild(form)
  form.submit()
}
