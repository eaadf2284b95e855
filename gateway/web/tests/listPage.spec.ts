import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElTableColumn } from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import ListPage from '../src/components/ListPage.vue'
import { filterFromQuery, useQueryFilter } from '../src/components/useQueryFilter'
import { ApiError } from '../src/api/client'
import { createAppI18n } from '../src/i18n'

interface Row { id: string; name: string }

function page(props: Record<string, unknown>, slots: Record<string, () => unknown> = {}) {
  return mount(ListPage, {
    props: { title: '督察任务', loading: false, error: null, rows: null, emptyText: '还没有督察任务', test: 'campaigns', ...props },
    slots: { default: () => h(ElTableColumn, { prop: 'name', label: '名称' }), ...slots },
    global: { plugins: [ElementPlus, createAppI18n('zh-CN')] },
  })
}

describe('a list page', () => {
  it('shows the title and the rows in a table named by its data-test, and opens a clicked row', async () => {
    const rows: Row[] = [{ id: 'c1', name: '年度督察' }, { id: 'c2', name: '专项督察' }]
    const wrapper = page({ rows })
    await flushPromises()
    expect(wrapper.find('h2').text()).toBe('督察任务')
    const table = wrapper.find('[data-test="campaigns"]')
    expect(table.text()).toContain('年度督察')
    expect(table.find('tbody tr').classes()).toContain('clickable-row')
    await table.findAll('tbody tr')[1].trigger('click')
    expect(wrapper.emitted('open')).toEqual([[rows[1]]])
  })

  it('says why there is nothing: empty with its actions, loading, or the failure with a retry', async () => {
    const empty = page({ rows: [] }, { 'empty-actions': () => h('button', { 'data-test': 'show-all' }, '查看全部') })
    expect(empty.text()).toContain('还没有督察任务')
    expect(empty.find('[data-test="show-all"]').exists()).toBe(true)
    expect(empty.find('[data-test="campaigns"]').exists()).toBe(false)

    expect(page({ loading: true, rows: [{ id: 'c1', name: '年度督察' }] }).find('[data-test="campaigns"]').exists()).toBe(false)

    const failed = page({ error: new ApiError(503, { code: 'service-unavailable' }, { title: '服务暂不可用', detail: '稍后再试', fields: [] }) })
    expect(failed.text()).toContain('服务暂不可用')
    await failed.find('.load-error button').trigger('click')
    expect(failed.emitted('retry')).toHaveLength(1)
  })

  it('offers the filter as buttons named <filterTest>-<value>, "all" for the empty value, and reports a choice', async () => {
    const wrapper = page({
      rows: [], filter: 'ANSWERED', filterTest: 'findings-filter',
      filters: [{ value: 'ANSWERED', label: '待核验' }, { value: '', label: '全部' }],
    })
    expect(wrapper.find('[data-test="findings-filter"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="findings-filter-ANSWERED"]').text()).toBe('待核验')
    await wrapper.find('[data-test="findings-filter-all"] input').setValue(true)
    expect(wrapper.emitted('update:filter')).toEqual([['']])
  })

  it('leaves rows that carry their own buttons unclickable', async () => {
    const wrapper = page({ rows: [{ id: 'e1', name: '延期申请' }], clickable: false })
    await flushPromises()
    const row = wrapper.find('[data-test="campaigns"] tbody tr')
    expect(row.classes()).not.toContain('clickable-row')
    await row.trigger('click')
    expect(wrapper.emitted('open')).toBeUndefined()
  })

  it('has no filter unless given one', () => {
    expect(page({ rows: [] }).find('.el-radio-group').exists()).toBe(false)
  })
})

describe('a filter kept in the address', () => {
  it('takes an allowed value from the query, otherwise the default', () => {
    const statuses = ['ANSWERED', 'OPEN', ''] as const
    expect(filterFromQuery('OPEN', statuses, 'ANSWERED')).toBe('OPEN')
    expect(filterFromQuery('', statuses, 'ANSWERED')).toBe('')
    expect(filterFromQuery('BOGUS', statuses, 'ANSWERED')).toBe('ANSWERED')
    expect(filterFromQuery(undefined, statuses, 'ANSWERED')).toBe('ANSWERED')
    expect(filterFromQuery(['OPEN'], statuses, 'ANSWERED')).toBe('ANSWERED')
  })

  it('replaces its query parameter when set, keeping the others unless told otherwise', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/reviews', component: { template: '<div />' } }] })
    await router.push('/reviews?filter=mine&focus=x')
    let filter: ReturnType<typeof useQueryFilter<'unclaimed' | 'mine' | 'all'>> | undefined
    mount(defineComponent({
      setup() {
        filter = useQueryFilter('filter', ['unclaimed', 'mine', 'all'] as const, 'unclaimed')
        return () => h('div')
      },
    }), { global: { plugins: [router] } })
    expect(filter!.value.value).toBe('mine')

    filter!.set('all')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ filter: 'all', focus: 'x' })

    filter!.set('unclaimed', {})
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ filter: 'unclaimed' })
    expect(filter!.value.value).toBe('unclaimed')
  })
})
