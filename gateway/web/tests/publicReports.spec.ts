import { describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { routes } from '../src/router'
import { isPublicRoute, loadSessionOutsidePublicPages } from '../src/views/public/access'
import {
  chineseNumeral,
  printedDay,
  printLayout,
  sortedForTheList,
  type PublishedContent,
  type PublishedReport,
} from '../src/views/public/publicReports'

// The app's own route table, each screen replaced by an empty component so no screen's code is loaded.
const Screen = defineComponent({ render: () => null })
const appRoutes = routes.map((route) => ('component' in route && route.component ? { ...route, component: Screen } : route)) as RouteRecordRaw[]

function navigatingWith(load: () => Promise<unknown>) {
  const router = createRouter({ history: createMemoryHistory(), routes: appRoutes })
  router.beforeEach(loadSessionOutsidePublicPages(load))
  return router
}

describe('the public pages in the router', () => {
  it('opens the list and a report without asking who is logged in', async () => {
    const load = vi.fn(() => Promise.resolve())
    const router = navigatingWith(load)

    await router.push('/public/annual-reports')
    expect(router.currentRoute.value.name).toBe('public-annual-reports')
    expect(isPublicRoute(router.currentRoute.value)).toBe(true)
    await router.push('/public/annual-reports/0b6a3c52-4d6e-4f37-9d53-0d7f3c3c1a11')
    expect(router.currentRoute.value.name).toBe('public-annual-report')
    expect(router.currentRoute.value.params.id).toBe('0b6a3c52-4d6e-4f37-9d53-0d7f3c3c1a11')

    expect(load).not.toHaveBeenCalled()
  })

  it('loads the session once, on the first page that needs the login, and lets that page open', async () => {
    const load = vi.fn(() => Promise.resolve())
    const router = navigatingWith(load)

    await router.push('/public/annual-reports')
    await router.push('/tasks')
    expect(router.currentRoute.value.name).toBe('tasks')
    await router.push('/reports/42')
    await router.push('/public/annual-reports')

    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps every other screen, and an unknown path, behind the login', () => {
    const router = createRouter({ history: createMemoryHistory(), routes: appRoutes })
    const open = ['/tasks', '/reports/42', '/campaigns', '/statistics', '/public', '/publicity', '/no-such-page']
      .filter((path) => isPublicRoute(router.resolve(path)))

    expect(open).toEqual([])
  })
})

const line = (reportId: string, departmentName: string, publishedOn: string): PublishedReport => ({
  reportId, departmentCode: reportId, departmentName, campaignTitle: '2026年度法治政府建设情况报告', period: '2026年度',
  version: 2, publishedOn,
})

describe('the public list', () => {
  it('shows the newest publication first, one day’s by department', () => {
    const sorted = sortedForTheList([
      line('a', '司法局', '2026-03-02'), line('b', '财政局', '2026-03-31'), line('c', '教育局', '2026-03-31'),
    ])

    expect(sorted.map((report) => report.reportId)).toEqual(['b', 'c', 'a'])
  })

  it('writes the day in Chinese, and leaves it as it is in English or when it is not a date', () => {
    expect(printedDay('2026-03-05', 'zh-CN')).toBe('2026年3月5日')
    expect(printedDay('2026-03-05', 'en')).toBe('2026-03-05')
    expect(printedDay('soon', 'zh-CN')).toBe('soon')
  })
})

describe('a published report laid out for reading', () => {
  const published: PublishedContent = {
    report: line('r1', '司法局', '2026-03-31'),
    content: {
      contactPerson: '张三',
      contactPhone: '010-12345678',
      documentNumber: ' 司法〔2026〕3号 ',
      sections: [
        { sectionId: 's1', kind: 'OVERVIEW', title: '总体情况', narrative: '<p>全年推进依法行政。</p>', metrics: [] },
        {
          sectionId: 's2', kind: 'INDICATOR', title: '行政复议', indicatorCode: '1.1',
          metrics: [
            { code: 'cases', label: '受理件数', kind: 'COUNT', unit: '件', value: 12 },
            { code: 'rate', label: '纠错率', kind: 'PERCENTAGE', value: 12.5 },
            { code: 'public', label: '是否公开', kind: 'YES_NO', value: false },
            { code: 'hearings', label: '听证次数', kind: 'COUNT', unit: '次', value: null },
          ],
        },
        { sectionId: 's3', kind: 'NEXT_STEPS', title: '下一步工作' },
      ],
    },
  }
  const chinese = { yes: '是', no: '否', notReported: '未填报', locale: 'zh-CN' }

  it('has the department’s title, the 文号, the contact and who published it when', () => {
    const printed = printLayout(published, chinese)

    expect(printed.title).toBe('司法局2026年度法治政府建设情况报告')
    expect(printed.documentNumber).toBe('司法〔2026〕3号')
    expect([printed.contactPerson, printed.contactPhone]).toEqual(['张三', '010-12345678'])
    expect([printed.department, printed.publishedOn, printed.version]).toEqual(['司法局', '2026年3月31日', 2])
  })

  it('numbers the sections as a Chinese document does, or 1. 2. in English', () => {
    expect(printLayout(published, chinese).sections.map((section) => section.heading))
      .toEqual(['一、总体情况', '二、行政复议', '三、下一步工作'])
    expect(printLayout(published, { ...chinese, locale: 'en' }).sections.map((section) => section.heading))
      .toEqual(['1. 总体情况', '2. 行政复议', '3. 下一步工作'])
  })

  it('prints each figure with its value in words where needed and its unit, and says which were not reported', () => {
    const [overview, indicator, nextSteps] = printLayout(published, chinese).sections

    expect(indicator.figures).toEqual([
      { label: '受理件数', value: '12', unit: '件' },
      { label: '纠错率', value: '12.5', unit: '%' },
      { label: '是否公开', value: '否', unit: '' },
      { label: '听证次数', value: '未填报', unit: '次' },
    ])
    expect(overview.narrative).toBe('<p>全年推进依法行政。</p>')
    expect(overview.figures).toEqual([])
    expect(nextSteps).toMatchObject({ narrative: '', figures: [] })
  })

  it('counts headings past ten the Chinese way', () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十三', '九十九'])
    expect(chineseNumeral(100)).toBe('100')
  })
})
