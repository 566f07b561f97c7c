import type { Locale } from '@kurskatalog/contract'
import { renderPage } from './renderPage.js'
import { cancelPageTexts } from './texts.js'

/** The page for a place cancelled before, whether its link is opened again or its form posted again. */
export function alreadyCancelledPage(locale: Locale, offeringTitle: string): Response {
  const texts = cancelPageTexts[locale]
  return renderPage({ locale, title: texts.doneTitle, message: texts.alreadyDone(offeringTitle) }, 200)
}
