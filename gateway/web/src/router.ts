import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { loadSession } from './session'
import { loadSessionOutsidePublicPages } from './views/public/access'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only office roles (office-admin, auditor, viewer) may open the screen. */
    office?: boolean
    /** The menu entry to highlight. */
    menu?: string
    /** Anyone may read the page without logging in (no app shell, no /api/me); the gateway serves it anonymously. */
    public?: boolean
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
    component: () => import('./views/department/ReportWorkspaceView.vue'),
    props: true,
    meta: { menu: '/tasks' },
  },
  { path: '/profile', name: 'profile', component: () => import('./views/department/ProfileView.vue') },
  {
    path: '/campaigns',
    name: 'campaigns',
    component: () => import('./views/office/CampaignsView.vue'),
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/campaigns/new',
    name: 'campaign-new',
    component: () => import('./views/office/CampaignFormView.vue'),
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/campaigns/:id/edit',
    name: 'campaign-edit',
    component: () => import('./views/office/CampaignFormView.vue'),
    props: true,
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/campaigns/:id',
    name: 'campaign',
    component: () => import('./views/office/CampaignView.vue'),
    props: true,
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/frameworks',
    name: 'frameworks',
    component: () => import('./views/office/FrameworksView.vue'),
    meta: { office: true, menu: '/frameworks' },
  },
  {
    path: '/frameworks/new',
    name: 'framework-new',
    component: () => import('./views/office/FrameworkEditView.vue'),
    props: (route) => ({ from: typeof route.query.from === 'string' ? route.query.from : undefined }),
    meta: { office: true, menu: '/frameworks' },
  },
  {
    path: '/frameworks/:id/edit',
    name: 'framework-edit',
    component: () => import('./views/office/FrameworkEditView.vue'),
    props: true,
    meta: { office: true, menu: '/frameworks' },
  },
  {
    path: '/frameworks/:id',
    name: 'framework',
    component: () => import('./views/office/FrameworkView.vue'),
    props: true,
    meta: { office: true, menu: '/frameworks' },
  },
  {
    path: '/reviews',
    name: 'reviews',
    component: () => import('./views/review/ReviewQueueView.vue'),
    meta: { office: true, menu: '/reviews' },
  },
  {
    path: '/reviews/:id',
    name: 'review',
    component: () => import('./views/review/ReviewView.vue'),
    props: true,
    meta: { office: true, menu: '/reviews' },
  },
  {
    path: '/findings',
    name: 'findings',
    component: () => import('./views/review/FindingsView.vue'),
    meta: { office: true, menu: '/findings' },
  },
  {
    path: '/history/:assignmentId',
    name: 'history',
    component: () => import('./views/review/HistoryView.vue'),
    props: true,
  },
  {
    path: '/departments',
    name: 'departments',
    component: () => import('./views/office/DepartmentsView.vue'),
    meta: { office: true, menu: '/departments' },
  },
  {
    path: '/extension-requests',
    name: 'extension-requests',
    component: () => import('./views/office/ExtensionRequestsView.vue'),
    meta: { office: true, menu: '/extension-requests' },
  },
  {
    path: '/campaigns/:id/scoring-rules',
    name: 'scoring-rules',
    component: () => import('./views/analytics/ScoringRulesView.vue'),
    props: true,
    meta: { office: true, menu: '/campaigns' },
  },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('./views/analytics/CalendarView.vue'),
    meta: { office: true, menu: '/calendar' },
  },
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('./views/analytics/StatisticsView.vue'),
    meta: { office: true, menu: '/statistics' },
  },
  {
    path: '/public/annual-reports',
    name: 'public-annual-reports',
    component: () => import('./views/public/PublicReportsView.vue'),
    meta: { public: true },
  },
  {
    path: '/public/annual-reports/:id',
    name: 'public-annual-report',
    component: () => import('./views/public/PublicReportView.vue'),
    props: true,
    meta: { public: true },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
})

router.beforeEach(loadSessionOutsidePublicPages(loadSession))
