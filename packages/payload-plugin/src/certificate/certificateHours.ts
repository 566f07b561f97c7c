import type { Locale } from '@kurskatalog/contract'
import { languageTags } from '../email/formatWhen.js'
import { emailTexts } from '../email/texts.js'

/**
 * The hours a certificate states: the sum of the meetings' lengths (end − start), not the offering's
 * free-text duration. Counted in whole minutes, so 7 h 30 min is 7.5 and no float dust shows; a
 * meeting that ends before it starts counts as nothing.
 */
export function certificateHours(meetings: readonly { startsAt: string; endsAt: string }[]): number {
  const minutes = meetings.reduce((total, meeting) => {
    const length = Math.round((Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / 60_000)
    return total + (Number.isFinite(length) && length > 0 ? length : 0)
  }, 0)
  return minutes / 60
}

/** "14 timer", "7,5 timer", "1 time", "7.5 hours": up to two decimals, written the reader's way. */
export function formatHours(hours: number, locale: Locale): string {
  const formatted = new Intl.NumberFormat(languageTags[locale], { maximumFractionDigits: 2 }).format(hours)
  return emailTexts[locale].certificate.hours(formatted, hours)
}
