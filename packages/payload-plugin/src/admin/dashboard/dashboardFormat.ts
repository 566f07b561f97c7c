import { catalogTimeZone } from '@kurskatalog/contract'
import type { DashboardLanguage } from './dashboardTexts.js'

const locales: Record<DashboardLanguage, string> = { nb: 'nb-NO', en: 'en-GB' }

/** "23. des. 2026, 09:00" on Oslo's clocks. */
export const dashboardDateTime = (iso: string, language: DashboardLanguage): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: catalogTimeZone }).format(new Date(iso))

/** "18 av 20 (90 %)": confirmed places of the seats, and the share they fill. */
export const fillRate = (confirmed: number, seats: number, language: DashboardLanguage): string => {
  const share = new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 0 }).format(seats > 0 ? confirmed / seats : 0)
  return language === 'en' ? `${confirmed} of ${seats} (${share})` : `${confirmed} av ${seats} (${share})`
}

/** "i dag", "1 dag", "3 dager": how long a request has waited, in calendar days. */
export const waitedDays = (days: number, language: DashboardLanguage): string => {
  if (language === 'en') return days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`
  return days === 0 ? 'i dag' : days === 1 ? '1 dag' : `${days} dager`
}
