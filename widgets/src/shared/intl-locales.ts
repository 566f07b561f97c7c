import { catalogTimeZone, type Locale } from '@kurskatalog/contract'

// Each Intl call gets a list: a browser without nynorsk data (Chromium has none) takes bokmål, not its own language.
export const intlLocales: Record<Locale, string[]> = { nb: ['nb'], nn: ['nn', 'nb'], en: ['en-GB'] }

/**
 * Makes the browser load its date data for the catalogue's time zone, which the first date format in a page waits
 * for (40–130 ms in a fresh page here): the entry calls it while the elements' code is on its way.
 */
export function warmDateFormats(): void {
  new Intl.DateTimeFormat(intlLocales.nb, { timeZone: catalogTimeZone })
}
