import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only office roles (office-admin, auditor, viewer) may open the screen. */
    office?: boolean
    /** The menu entry to highlight. */
    menu?: string
  }
}

// Every screen is a lazily loaded chunk, so a new screen is one more entry here and one file under views/.
// The gateway answers every page path with index.html (SpaPages), so deep links and reloads work.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/tasks' },
  { path: '/index.html', redirect: '/tasks' },
  { path: '/tasks', name: 'tasks', component: () => import('./views/TasksView.vue'), meta: { menu: '/tasks' } },
  {
    path: '/reports/:id',
    name: 'report',
    component: () => import('./views/ReportView.vue'),
    props: true,
    meta: { menu: '/tasks' },
  },
  {
    path: '/campaigns',
    name: 'campaigns',
    component: () => import('./views/CampaignsView.vue'),
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/campaigns/:id',
    name: 'campaign',
    component: () => import('./views/CampaignView.vue'),
    props: true,
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/frameworks',
    name: 'frameworks',
    component: () => import('./views/FrameworksView.vue'),
    meta: { office: true, menu: '/frameworks' },
  },
  {
    path: '/frameworks/:id',
    name: 'framework',
    component: () => import('./views/FrameworkView.vue'),
    props: true,
    meta: { office: true, menu: '/frameworks' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
})
