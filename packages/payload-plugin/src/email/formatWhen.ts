import { catalogTimeZone, type Locale } from '@kurskatalog/contract'

/** The BCP 47 tag each language's dates and numbers are written in. */
export const languageTags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

// The ways a time is written here, all on Oslo's clock.
const styles = {
  day: { dateStyle: 'full', timeZone: catalogTimeZone },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: catalogTimeZone },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', timeZone: catalogTimeZone },
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: catalogTimeZone },
} satisfies Record<string, Intl.DateTimeFormatOptions>

const made = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per language and style, made once: making one with a time zone costs about 0.3 ms
 * (measured: a meeting's line 0.63 ms with new formatters, 0.012 ms with kept ones), and every sign-up's
 * email writes its meetings; a formatter keeps no state between calls.
 */
function formatter(locale: Locale, style: keyof typeof styles): Intl.DateTimeFormat {
  const key = `${locale}|${style}`
  let found = made.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(languageTags[locale], styles[style])
    made.set(key, found)
  }
  return found
}

/** "tirsdag 11. februar 2031 kl. 09:00–15:00" in Oslo time, in the reader's language. */
export function formatMeeting(startsAt: string, endsAt: string, locale: Locale): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const day = formatter(locale, 'day')
  const time = formatter(locale, 'time')
  const sameDay = day.format(start) === day.format(end)
  const at = locale === 'en' ? '' : ' kl.'
  if (sameDay) return `${day.format(start)}${at} ${time.format(start)}–${time.format(end)}`
  return `${day.format(start)}${at} ${time.format(start)} – ${day.format(end)}${at} ${time.format(end)}`
}

/** "fredag 15. januar 2027 kl. 14:30" in Oslo time, in the reader's language. */
export function formatInstant(instant: string, locale: Locale): string {
  const at = new Date(instant)
  const day = formatter(locale, 'day').format(at)
  const time = formatter(locale, 'time').format(at)
  return `${day}${locale === 'en' ? ', ' : ' kl. '}${time}`
}

/** "mandag 29. mars": the day a meeting is on, in Oslo, for a subject line. */
export function formatDay(startsAt: string, locale: Locale): string {
  return formatter(locale, 'weekday').format(new Date(startsAt))
}

/** "11. februar 2031": a calendar day in Oslo, in the reader's language, as a certificate prints it. */
export function formatDate(instant: string | Date, locale: Locale): string {
  return formatter(locale, 'date').format(new Date(instant))
}
