// What the screens' tests share: the services' answers and a screen mounted at its address with the app's plugins.
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { createAppI18n, type AppLocale } from '../src/i18n'

/** A service's JSON answer. */
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** A route that only has to exist for links (`name` of a route the screen links to). */
export const linkTarget = (path: string, name?: string): RouteRecordRaw => ({ path, name, component: { template: '<div />' } })

/**
 * The app's router view at `path` among `routes`, with Element Plus and the texts in `locale`, once its first loads
 * are answered (the test sets `window.fetch` first; tests/setup.ts puts the real one back after each test).
 */
export async function mountAt(path: string, routes: RouteRecordRaw[], locale: AppLocale = 'zh-CN', attach = false) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount({ template: '<router-view />' }, {
    global: { plugins: [router, ElementPlus, createAppI18n(locale)] },
    attachTo: attach ? document.body : undefined,
  })
  await flushPromises()
  return wrapper
}
