import { brochureLabelsEn, offeringLabelsEn } from './labels/en.js'
import { brochureLabelsNb, offeringLabelsNb } from './labels/nb.js'
import { brochureLabelsNn, offeringLabelsNn } from './labels/nn.js'
import type { BrochureLabels, OfferingLabels } from './labels/types.js'
import type { Locale } from './locale.js'

// One file per language, re-exported with `export *`: esbuild splits chunks by file, and a named re-export
// (`export { x } from`) ties the files together again, so the widgets' first load would carry every language.
export * from './labels/counted.js'
export * from './labels/en.js'
export * from './labels/nb.js'
export * from './labels/nn.js'
export * from './labels/types.js'

/** The public labels of kind, audience, format and seats in every language (the widgets, the CMS's pages and its admin). */
export const offeringLabels: Record<Locale, OfferingLabels> = { nb: offeringLabelsNb, nn: offeringLabelsNn, en: offeringLabelsEn }

/** The printed brochure's own texts in every language (the plugin's PDF). */
export const brochureLabels: Record<Locale, BrochureLabels> = { nb: brochureLabelsNb, nn: brochureLabelsNn, en: brochureLabelsEn }
