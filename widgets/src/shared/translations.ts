import type { Audience, Format, Locale } from '@kurskatalog/contract'

/**
 * A table of texts: bokmål complete (it defines the type), nynorsk and English falling back to bokmål
 * for anything they lack. Each component's texts live next to it, so a page downloads only the texts it shows.
 */
export interface Translations<T extends object> {
  nb: T
  nn: Partial<T>
  en: Partial<T>
}

const merged = new WeakMap<object, Partial<Record<Locale, object>>>()

/** The table's texts in one language, on top of `base` (the common texts, for a component's own table). */
export function translate<T extends object, B extends object = object>(table: Translations<T>, locale: Locale, base?: B): B & T {
  let byLocale = merged.get(table)
  if (!byLocale) merged.set(table, (byLocale = {}))
  return (byLocale[locale] ??= { ...base, ...table.nb, ...table[locale] }) as B & T
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
export const commonTexts: Translations<CommonTexts> = {
  nb,
  nn: {
    loading: 'Lastar …',
    offline: 'Vi får ikkje kontakt med kurskatalogen akkurat no.',
    offlineLink: 'Opne kurskatalogen',
    audiences: { leaders: 'Leiarar', employees: 'Medarbeidarar', all: 'Alle tilsette' },
    seatsOpen: (n) => `${n} ${plural(n, 'ledig plass', 'ledige plassar')}`,
    seatsFew: (n) => `Berre ${n} ${plural(n, 'plass', 'plassar')} att`,
    seatsClosed: 'Påmeldinga er stengd',
    noDates: 'Ingen datoar er sette opp enno.',
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    offline: 'We cannot reach the course catalogue right now.',
    offlineLink: 'Open the course catalogue',
    audience: 'Audience',
    format: 'Format',
    audiences: { leaders: 'Leaders', employees: 'Employees', all: 'All staff' },
    formats: { 'in-person': 'In person', digital: 'Online', hybrid: 'Hybrid' },
    seatsOpen: (n) => `${n} ${plural(n, 'seat', 'seats')} left`,
    seatsFew: (n) => `Only ${n} ${plural(n, 'seat', 'seats')} left`,
    seatsWaitlist: 'Full – waiting list',
    seatsFull: 'Full',
    seatsClosed: 'Sign-up closed',
    seatsCancelled: 'Cancelled',
    noDates: 'No dates have been set yet.',
    online: 'Online',
    free: 'Free',
    priceNok: (amount) => `NOK ${amount}`,
    byApplication: 'Admission by application',
  },
}
