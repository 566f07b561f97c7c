// Loads the other languages' texts when a page asks for them, and merges each table over bokmål.
import type { Locale } from '@kurskatalog/contract'
import type { OtherLocaleTexts } from './locale-texts.js'
import type { TextTable } from './text-table.js'

const loaders: Record<Exclude<Locale, 'nb'>, () => Promise<{ default: OtherLocaleTexts }>> = {
  nn: () => import('../locales/nn.js'),
  en: () => import('../locales/en.js'),
}

const loaded: Partial<Record<Locale, OtherLocaleTexts>> = {}
const loading = new Map<Locale, Promise<unknown>>()

/** Whether a language's texts are here; starts loading them (once) if not, and calls `then` when they arrive. */
export function localeReady(locale: Locale, then: () => void): boolean {
  if (locale === 'nb' || loaded[locale]) return true
  let pending = loading.get(locale)
  if (!pending) {
    pending = loaders[locale]().then(
      (module) => (loaded[locale] = module.default),
      // Unreachable language file: bokmål it is, rather than nothing.
      () => (loaded[locale] = {} as OtherLocaleTexts),
    )
    loading.set(locale, pending)
  }
  void pending.then(then)
  return false
}

const merged = new WeakMap<object, Partial<Record<Locale, object>>>()

/** A table's texts in a loaded language, bokmål filling any gap, on top of `base` (the common texts). */
export function translate<T extends object, B extends object = object>(table: TextTable<T>, locale: Locale, base?: B): B & T {
  let byLocale = merged.get(table)
  if (!byLocale) merged.set(table, (byLocale = {}))
  return (byLocale[locale] ??= { ...base, ...table.nb, ...loaded[locale]?.[table.id] }) as B & T
}
