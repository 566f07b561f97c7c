import type { Locale } from './locale.js'
import type { Audience, Format } from './offerings.js'

/** What visitors read for an offering's audience and format: the two facets' names and each choice. */
export interface OfferingLabels {
  audience: string
  format: string
  audiences: Record<Audience, string>
  formats: Record<Format, string>
}

// One constant per language, so a bundle that loads its languages one by one takes only what it shows.
export const offeringLabelsNb: OfferingLabels = {
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Ledere', employees: 'Medarbeidere', all: 'Alle ansatte' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
}

export const offeringLabelsNn: OfferingLabels = {
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Leiarar', employees: 'Medarbeidarar', all: 'Alle tilsette' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
}

export const offeringLabelsEn: OfferingLabels = {
  audience: 'Audience',
  format: 'Format',
  audiences: { leaders: 'Leaders', employees: 'Employees', all: 'All staff' },
  formats: { 'in-person': 'In person', digital: 'Online', hybrid: 'In person and online' },
}

/** The public labels of audience and format in every language (the widgets, the CMS's pages and its admin). */
export const offeringLabels: Record<Locale, OfferingLabels> = { nb: offeringLabelsNb, nn: offeringLabelsNn, en: offeringLabelsEn }
