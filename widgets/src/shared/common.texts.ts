import { offeringLabelsNb } from '@kurskatalog/contract'
import type { TextTable } from './text-table.js'

const nb = {
  loading: 'Laster …',
  retry: 'Prøv igjen',
  offline: 'Vi får ikke kontakt med kurskatalogen akkurat nå.',
  offlineLink: 'Åpne kurskatalogen',
  ...offeringLabelsNb,
  noDates: 'Ingen datoer er satt opp ennå.',
  online: 'Digitalt',
  free: 'Gratis',
  priceNok: (amount: string) => `${amount} kr`,
  byApplication: 'Opptak etter søknad',
}

export type CommonTexts = typeof nb

/** Texts every element uses. */
export const commonTexts: TextTable<CommonTexts> = { id: 'common', nb }
