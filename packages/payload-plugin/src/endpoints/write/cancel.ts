import { apiRoutes, errorMessages, type CancelResult, type ErrorCode, type Locale } from '@kurskatalog/contract'
import type { Endpoint, PayloadRequest } from 'payload'
import { inTransaction } from '../../database/transaction.js'
import { mailerFor } from '../../email/mailer.js'
import { enqueueEmail } from '../../email/outbox/enqueueEmail.js'
import { cancellationEmail } from '../../email/registrationEmails.js'
import { guardWrite } from '../../guard/guardWrite.js'
import { readBody } from '../../guard/readBody.js'
import { cancelRegistration, findByCancelToken } from '../../seats/cancelRegistration.js'
import { emailPromotions } from '../../seats/promoteAndNotify.js'
import type { CatalogContext } from '../../types.js'
import { alreadyCancelledPage } from './cancelPage/alreadyCancelledPage.js'
import { cancelPageTexts } from './cancelPage/texts.js'
import { renderPage } from './cancelPage/renderPage.js'

const statusOf: Partial<Record<ErrorCode, number>> = { 'invalid-token': 404 }

function problemPage(locale: Locale, code: ErrorCode): Response {
  return renderPage({ locale, title: cancelPageTexts[locale].problemTitle, message: errorMessages[locale].errors[code] }, statusOf[code] ?? 400)
}

/**
 * POST `{ token }` (JSON from a widget, or the cancel page's own form) cancels a registration and
 * gives its seat to the waiting list. Answers `CancelResult`, or for the form a page saying it is done;
 * the same again, with no email, for a place already cancelled.
 */
export function cancelEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.cancel,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const door = await guardWrite(req, context, 'cancel')
      if (!door.ok) return door.response
      const { write } = door
      const body = await readBody(req, context.maxBodyBytes, ['json', 'form'])
      if (!body.ok) return write.refuse(body.code)
      const token = (body.value as { token?: unknown } | null)?.token
      const outcome = await cancelRegistration(req.payload, context.slugs, token, context.clock())
      const asPage = body.kind === 'form'
      if (!outcome.ok) {
        const owner = await findByCancelToken(req.payload, context.slugs, token)
        const locale = owner?.locale ?? write.locale
        return asPage ? problemPage(locale, outcome.code) : write.refuse(outcome.code, { locale })
      }

      if (outcome.cancelledNow) {
        const mailer = mailerFor(req, context)
        await inTransaction(req.payload, async (inside) => {
          await enqueueEmail(inside, context, mailer, cancellationEmail(outcome.session, outcome.registration))
          await emailPromotions(inside, context, mailer, outcome.session, outcome.promoted)
        })
      }

      const title = outcome.session.offering.title
      if (asPage) {
        const locale = outcome.registration.locale ?? 'nb'
        if (!outcome.cancelledNow) return alreadyCancelledPage(locale, title)
        return renderPage({ locale, title: cancelPageTexts[locale].doneTitle, message: cancelPageTexts[locale].done(title) }, 200)
      }
      const result: CancelResult = { status: 'cancelled', offeringTitle: title, startsAt: outcome.session.startsAt ?? '' }
      const headers = new Headers(write.headers)
      headers.set('Content-Type', 'application/json; charset=utf-8')
      headers.set('Cache-Control', 'no-store')
      return new Response(JSON.stringify(result), { status: 200, headers })
    },
  }
}
