import { createClient } from './client'
import { i18n, currentLocale } from '../i18n'

let reloading = false

/** The app's API client: the user's language, the gateway's session and CSRF cookie. */
export const api = createClient({
  fetch: (input, init) => window.fetch(input, init),
  locale: currentLocale,
  text: (key, values) => (values ? i18n.global.t(key, values) : i18n.global.t(key)),
  sessionEnded: () => {
    // The gateway ended the session (idle timeout, Keycloak logout): a page load goes through the login again
    // and comes back here.
    if (!reloading) {
      reloading = true
      window.location.reload()
    }
  },
})

export { ApiError } from './client'
