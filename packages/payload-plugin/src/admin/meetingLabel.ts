import { catalogTimeZone } from '@kurskatalog/contract'

export type AdminLanguage = 'nb' | 'en'

/** "tirsdag 9. mars" (Oslo's calendar), or "Tuesday 9 March" in an English admin. */
export const meetingDay = (startsAt: string, language: AdminLanguage): string =>
  new Date(startsAt).toLocaleDateString(language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: catalogTimeZone, weekday: 'long', day: 'numeric', month: 'long' })

/** "kl. 09:00–15:00" in Oslo time. */
export const meetingHours = (startsAt: string, endsAt: string, language: AdminLanguage): string => {
  const time = (iso: string) => new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: catalogTimeZone, hour: '2-digit', minute: '2-digit' })
  return `${language === 'en' ? '' : 'kl. '}${time(startsAt)}–${time(endsAt)}`
}

/** "Samling 2 av 4 — tirsdag 9. mars": how the desk names one gathering of a session. */
export const meetingLabel = (number: number, of: number, startsAt: string, language: AdminLanguage): string =>
  `${language === 'en' ? `Meeting ${number} of ${of}` : `Samling ${number} av ${of}`} — ${meetingDay(startsAt, language)}`

/** The admin path of one gathering's attendance screen, under the session's edit view. */
export const attendanceViewPath = '/oppmote'
