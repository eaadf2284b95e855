// The two calls of vue-i18n that logic outside components needs, so that logic can be tested with any locale's
// instance (`createAppI18n(locale).global`) and used in a component with its own (`useI18n()`).

/** Looks a text up (with its values) and says whether the current language has a key. */
export interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string
  te: (key: string) => boolean
}

interface Composer {
  t: (key: string, values: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/** A vue-i18n composer (`useI18n()` or an instance's `global`) as a Translator. */
export function translatorOf(composer: Composer): Translator {
  return { t: (key, values) => composer.t(key, values ?? {}), te: (key) => composer.te(key) }
}
