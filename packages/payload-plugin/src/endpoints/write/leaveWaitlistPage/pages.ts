import { apiRoutes, errorMessages, type Locale } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { renderPage } from '../cancelPage/renderPage.js'
import { leaveWaitlistPageTexts } from './texts.js'

/** The pages the leave link ends on, whether it was opened (GET) or its form posted. */
export const leaveWaitlistPages = {
  left: (locale: Locale, offering: string) => renderPage({ locale, title: leaveWaitlistPageTexts[locale].doneTitle, message: leaveWaitlistPageTexts[locale].done(offering) }, 200),
  leftBefore: (locale: Locale, offering: string) =>
    renderPage({ locale, title: leaveWaitlistPageTexts[locale].doneTitle, message: leaveWaitlistPageTexts[locale].alreadyDone(offering) }, 200),
  /** Moved up before the click: nothing is done here; the cancel page (same token) is where a seat is given up. */
  promoted: (req: PayloadRequest, locale: Locale, offering: string, token: string, status: 200 | 409) => {
    const texts = leaveWaitlistPageTexts[locale]
    const cancelPage = `${req.payload.config.routes.api}${apiRoutes.cancel}?token=${encodeURIComponent(token)}`
    return renderPage({ locale, title: texts.promotedTitle, message: texts.promoted(offering), link: { href: cancelPage, label: texts.cancelInstead } }, status)
  },
  invalid: (locale: Locale) => renderPage({ locale, title: leaveWaitlistPageTexts[locale].problemTitle, message: errorMessages[locale].errors['invalid-token'] }, 404),
}
