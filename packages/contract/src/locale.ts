/** The three written languages the catalogue speaks: bokmål (default), nynorsk, English. */
export const locales = ['nb', 'nn', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'nb'

/** Maps any BCP 47 tag ("no", "nb-NO", "nn", "en-GB") to one of ours; unknown tags fall back to bokmål. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (primary === 'nn') return 'nn'
  if (primary === 'en') return 'en'
  return defaultLocale
}
