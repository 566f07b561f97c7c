import type { Audience, Format, Locale } from '@kurskatalog/contract'
import type { CourseListTexts } from '../components/course-list/course-list.texts.js'
import type { CourseTexts } from '../components/course/course.texts.js'
import type { FormTexts } from './form.texts.js'

/**
 * The texts, in one typed table per language. Bokmål is complete and defines the types; its tables live
 * next to the components that show them, so a page downloads only the texts it uses. Nynorsk and English
 * (src/locales/) are loaded when a page asks for them; nynorsk lists only what differs from bokmål and
 * falls back to it, English must be complete (the type says so).
 */
export interface TextTable<T extends object> {
  id: keyof LocaleTexts
  nb: T
}

export interface LocaleTexts {
  common: CommonTexts
  courseList: CourseListTexts
  course: CourseTexts
  form: FormTexts
}

/** A language other than bokmål: complete (`LocaleTexts`) or falling back text by text (`Partial`). */
export type OtherLocaleTexts = { [K in keyof LocaleTexts]: Partial<LocaleTexts[K]> }

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

export const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other)

const nb = {
  loading: 'Laster …',
  retry: 'Prøv igjen',
  offline: 'Vi får ikke kontakt med kurskatalogen akkurat nå.',
  offlineLink: 'Åpne kurskatalogen',
  audience: 'Målgruppe',
  format: 'Form',
  audiences: { leaders: 'Ledere', employees: 'Medarbeidere', all: 'Alle ansatte' } as Record<Audience, string>,
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Hybrid' } as Record<Format, string>,
  seatsOpen: (n: number) => `${n} ${plural(n, 'ledig plass', 'ledige plasser')}`,
  seatsFew: (n: number) => `Bare ${n} ${plural(n, 'plass', 'plasser')} igjen`,
  seatsWaitlist: 'Fullt – venteliste',
  seatsFull: 'Fullt',
  seatsClosed: 'Påmeldingen er stengt',
  seatsCancelled: 'Avlyst',
  noDates: 'Ingen datoer er satt opp ennå.',
  online: 'Digitalt',
  free: 'Gratis',
  priceNok: (amount: string) => `${amount} kr`,
  byApplication: 'Opptak etter søknad',
}

export type CommonTexts = typeof nb

/** Texts every element uses. */
export const commonTexts: TextTable<CommonTexts> = { id: 'common', nb }
