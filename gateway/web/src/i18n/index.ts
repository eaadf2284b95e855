import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import enLocale from 'element-plus/es/locale/lang/en'
import zhCNMessages from './zh-CN'
import enMessages from './en'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
const STORAGE_KEY = 'supervision.locale'

/** The locale the user chose last time, or Chinese: the browser's own language does not decide (the offices work in Chinese). */
export function storedLocale(storage: Pick<Storage, 'getItem'> = window.localStorage): AppLocale {
  let value: string | null = null
  try {
    value = storage.getItem(STORAGE_KEY)
  } catch {
    // Storage can be disabled (private windows, policies): the default language still works.
  }
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as AppLocale) : DEFAULT_LOCALE
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    // A missing English text falls back to Chinese silently; warnings would only flood the console.
    missingWarn: false,
    fallbackWarn: false,
    // Copies, so texts one instance adds (tests, later lazily loaded screens) never leak into another.
    messages: { 'zh-CN': structuredClone(zhCNMessages), en: structuredClone(enMessages) as typeof zhCNMessages },
  })
}

export const i18n = createAppI18n()

/** Switches the app's language, Element Plus's with it, and remembers the choice for the next visit. */
export function setLocale(locale: AppLocale) {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered, but switched for this visit.
  }
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value as AppLocale
}

export const elementLocale = computed(() => (i18n.global.locale.value === 'en' ? enLocale : zhCn))
