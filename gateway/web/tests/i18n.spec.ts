import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n, currentLocale, i18n, setLocale, storedLocale } from '../src/i18n'
import zhCN from '../src/i18n/zh-CN'
import en from '../src/i18n/en'

function storage(value: string | null) {
  return { getItem: () => value }
}

describe('the language', () => {
  afterEach(() => {
    window.localStorage.clear()
    i18n.global.locale.value = 'zh-CN'
  })

  it('is Chinese unless the user chose English before', () => {
    expect(storedLocale(storage(null))).toBe('zh-CN')
    expect(storedLocale(storage('en'))).toBe('en')
  })

  it('ignores a stored value that is not a supported language', () => {
    expect(storedLocale(storage('fr'))).toBe('zh-CN')
  })

  it('still starts when storage is blocked', () => {
    expect(storedLocale({ getItem: () => { throw new Error('SecurityError') } })).toBe('zh-CN')
  })

  it('is remembered for the next visit and set on the page', () => {
    setLocale('en')

    expect(currentLocale()).toBe('en')
    expect(storedLocale()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('falls back to Chinese for a text English lacks, never showing the key', () => {
    const translator = createAppI18n('en').global

    expect(translator.t('menu.tasks')).toBe('My tasks')
    // A key only Chinese has (English is allowed to lag behind): the Chinese text, not the key.
    translator.mergeLocaleMessage('zh-CN', { only: { chinese: '仅中文' } })
    expect(translator.t('only.chinese')).toBe('仅中文')
  })

  it('has an English text for every Chinese one', () => {
    const missing: string[] = []
    const walk = (chinese: Record<string, unknown>, english: Record<string, unknown> | undefined, path: string) => {
      for (const [key, value] of Object.entries(chinese)) {
        const englishValue = english?.[key]
        if (typeof value === 'string') {
          if (typeof englishValue !== 'string') missing.push(`${path}${key}`)
        } else {
          walk(value as Record<string, unknown>, englishValue as Record<string, unknown> | undefined, `${path}${key}.`)
        }
      }
    }
    walk(zhCN, en as Record<string, unknown>, '')

    expect(missing).toEqual([])
  })
})
