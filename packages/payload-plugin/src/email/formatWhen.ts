import { catalogTimeZone, type Locale } from '@kurskatalog/contract'

/** The BCP 47 tag each language's dates and numbers are written in. */
export const languageTags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

/** "tirsdag 11. februar 2031 kl. 09:00–15:00" in Oslo time, in the reader's language. */
export function formatMeeting(startsAt: string, endsAt: string, locale: Locale): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const day = new Intl.DateTimeFormat(languageTags[locale], { dateStyle: 'full', timeZone: catalogTimeZone })
  const time = new Intl.DateTimeFormat(languageTags[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: catalogTimeZone })
  const sameDay = day.format(start) === day.format(end)
  const at = locale === 'en' ? '' : ' kl.'
  if (sameDay) return `${day.format(start)}${at} ${time.format(start)}–${time.format(end)}`
  return `${day.format(start)}${at} ${time.format(start)} – ${day.format(end)}${at} ${time.format(end)}`
}

/** "fredag 15. januar 2027 kl. 14:30" in Oslo time, in the reader's language. */
export function formatInstant(instant: string, locale: Locale): string {
  const at = new Date(instant)
  const day = new Intl.DateTimeFormat(languageTags[locale], { dateStyle: 'full', timeZone: catalogTimeZone }).format(at)
  const time = new Intl.DateTimeFormat(languageTags[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: catalogTimeZone }).format(at)
  return `${day}${locale === 'en' ? ', ' : ' kl. '}${time}`
}

/** "mandag 29. mars": the day a meeting is on, in Oslo, for a subject line. */
export function formatDay(startsAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTags[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: catalogTimeZone }).format(new Date(startsAt))
}

/** "11. februar 2031": a calendar day in Oslo, in the reader's language, as a certificate prints it. */
export function formatDate(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTags[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: catalogTimeZone }).format(new Date(instant))
}
