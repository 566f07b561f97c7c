import { offeringLabelsNb } from '@kurskatalog/contract'
import { plural, type TextTable } from './text-table.js'

const nb = {
  loading: 'Laster …',
  retry: 'Prøv igjen',
  offline: 'Vi får ikke kontakt med kurskatalogen akkurat nå.',
  offlineLink: 'Åpne kurskatalogen',
  ...offeringLabelsNb,
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
