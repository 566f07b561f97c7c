import { catalogTimeZone, type Meeting, type Price, type SessionSummary } from '@kurskatalog/contract'

const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: catalogTimeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const osloCalendarDate = new Intl.DateTimeFormat('nb-NO', { timeZone: catalogTimeZone, day: 'numeric', month: 'long', year: 'numeric' })
const osloShortDate = new Intl.DateTimeFormat('nb-NO', { timeZone: catalogTimeZone, weekday: 'short', day: 'numeric', month: 'long' })
const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: catalogTimeZone, hour: '2-digit', minute: '2-digit' })

/** "tirsdag 17. mars 2026" */
export const longDate = (iso: string) => osloDate.format(new Date(iso))
/** "17. mars 2026" */
export const calendarDate = (iso: string) => osloCalendarDate.format(new Date(iso))
/** "tir. 17. mars" */
export const shortDate = (iso: string) => osloShortDate.format(new Date(iso))
/** "09:00" */
export const clock = (iso: string) => osloTime.format(new Date(iso))

/** "tirsdag 17. mars 2026, kl. 09:00–15:30" (Oslo time, as the participants will meet). */
export const meetingTime = (meeting: Pick<Meeting, 'startsAt' | 'endsAt'>) =>
  `${longDate(meeting.startsAt)}, kl. ${clock(meeting.startsAt)}–${clock(meeting.endsAt)}`

export const languageLabels: Record<SessionSummary['language'], string> = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' }

export const priceLabel = (price: Price) =>
  price.free || price.amountNok === null ? 'Gratis' : `${price.amountNok.toLocaleString('nb-NO')} kr`
