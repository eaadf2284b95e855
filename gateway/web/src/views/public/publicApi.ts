import { createClient } from '../../api/client'
import { currentLocale, i18n } from '../../i18n'

/**
 * The client of the public pages. Unlike the app's, a 401 does not reload the page into the login: a visitor has no
 * session to renew, and a gateway that refused the public API would otherwise reload the page over and over.
 */
export const publicApi = createClient({
  fetch: (input, init) => window.fetch(input, init),
  locale: currentLocale,
  text: (key, values) => (values ? i18n.global.t(key, values) : i18n.global.t(key)),
  sessionEnded: () => undefined,
})
