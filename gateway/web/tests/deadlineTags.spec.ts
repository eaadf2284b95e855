import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ElTag } from 'element-plus'
import DeadlineTags from '../src/components/DeadlineTags.vue'
import { createAppI18n } from '../src/i18n'

function tags(props: InstanceType<typeof DeadlineTags>['$props'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(DeadlineTags, { props, global: { plugins: [createAppI18n(locale)], components: { ElTag } } })
}

describe('deadline tags', () => {
  it('shows overdue, the red card and the escalation to the office in Chinese', () => {
    const wrapper = tags({ overdue: true, warningLevel: 'RED', escalatedTo: 'OFFICE' })
    expect(wrapper.find('[data-test="overdue"]').text()).toBe('已逾期')
    expect(wrapper.find('[data-test="warning"]').text()).toBe('红牌预警')
    expect(wrapper.find('[data-test="escalation"]').text()).toBe('已提请督察办督办')
  })

  it('shows a yellow card in English and nothing that is not marked', () => {
    const wrapper = tags({ overdue: false, warningLevel: 'YELLOW' }, 'en')
    expect(wrapper.find('[data-test="warning"]').text()).toBe('Yellow warning')
    expect(wrapper.find('[data-test="overdue"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="escalation"]').exists()).toBe(false)
  })
})
