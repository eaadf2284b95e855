// Which pages need the login: the public pages (向社会公开) are read by anyone, so the app must not ask for the user there.
import type { RouteLocationNormalized } from 'vue-router'

/** Pages anyone may read without logging in; the gateway serves them and their API without a session. */
export function isPublicRoute(route: Pick<RouteLocationNormalized, 'meta'>): boolean {
  return route.meta.public === true
}

/**
 * A navigation guard that loads the logged-in user on the first page that needs one, and never on a public page:
 * there `/api/me` would answer 401 to an anonymous visitor, and the app would reload into the Keycloak login.
 */
export function loadSessionOutsidePublicPages(load: () => Promise<unknown>) {
  let started = false
  return (to: Pick<RouteLocationNormalized, 'meta'>) => {
    if (!started && !isPublicRoute(to)) {
      started = true
      void load()
    }
    return true
  }
}
