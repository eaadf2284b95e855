import { describe, expect, it } from 'vitest'
import { changedPreferences, kindLabel, toggled, type Preference } from '../src/department/preferences'

const preference = (kind: string, channels: Preference['channels']): Preference =>
  ({ kind, labelZh: '红牌预警', labelEn: 'Red warning', channels, isDefault: true })

describe('notification preferences', () => {
  it('turns email and SMS on and off but never in-app, in a fixed order', () => {
    expect(toggled(['IN_APP'], 'SMS', true)).toEqual(['IN_APP', 'SMS'])
    expect(toggled(['SMS', 'IN_APP', 'EMAIL'], 'EMAIL', false)).toEqual(['IN_APP', 'SMS'])
    expect(toggled(['IN_APP', 'EMAIL'], 'IN_APP', false)).toEqual(['IN_APP', 'EMAIL'])
    expect(toggled([], 'EMAIL', true)).toEqual(['IN_APP', 'EMAIL'])
  })

  it('sends only the kinds whose channels changed, each with every channel wanted', () => {
    const loaded = [preference('RED_WARNING', ['IN_APP', 'EMAIL', 'SMS']), preference('ASSIGNMENT_ISSUED', ['IN_APP'])]
    expect(changedPreferences(loaded, { RED_WARNING: ['SMS', 'EMAIL', 'IN_APP'], ASSIGNMENT_ISSUED: ['IN_APP'] })).toBeNull()
    expect(changedPreferences(loaded, { RED_WARNING: ['IN_APP', 'SMS'], ASSIGNMENT_ISSUED: ['IN_APP', 'EMAIL'] })).toEqual({
      preferences: [
        { kind: 'RED_WARNING', channels: ['IN_APP', 'SMS'] },
        { kind: 'ASSIGNMENT_ISSUED', channels: ['IN_APP', 'EMAIL'] },
      ],
    })
  })

  it('names the kind in the user’s language', () => {
    expect(kindLabel(preference('RED_WARNING', ['IN_APP']), 'zh-CN')).toBe('红牌预警')
    expect(kindLabel(preference('RED_WARNING', ['IN_APP']), 'en')).toBe('Red warning')
  })
})
