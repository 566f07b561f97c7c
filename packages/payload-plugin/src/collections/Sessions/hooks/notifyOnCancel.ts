import type { CollectionAfterChangeHook } from 'payload'
import { mailerFor } from '../../../email/mailer.js'
import { enqueueEmail } from '../../../email/outbox/enqueueEmail.js'
import { sessionCancelledEmail } from '../../../email/registrationEmails.js'
import { engineWrite } from '../../../seats/engineWrite.js'
import type { RegistrationDoc } from '../../../seats/registrationDoc.js'
import { cancelledKeyOf } from '../../../seats/registrationKeys.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'

const active = ['confirmed', 'waitlisted', 'pending-approval']

/**
 * When an editor cancels a session, every active registration is cancelled with it and an email to
 * each person is queued, all inside the editor's own transaction: a failed save changes nothing and
 * sends nothing. The emails go out after the commit, so a long list does not hold the editor's screen.
 */
export const notifyOnCancel =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || doc.status !== 'cancelled' || previousDoc?.status === 'cancelled') return doc
    const { payload } = req
    const found = await payload.find({
      collection: context.slugs.registrations,
      where: { and: [{ session: { equals: doc.id } }, { status: { in: active } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const registrations = found.docs as unknown as RegistrationDoc[]
    const now = context.clock().toISOString()
    for (const registration of registrations) {
      await payload.update({
        collection: context.slugs.registrations,
        id: registration.id,
        data: { status: 'cancelled', activeKey: cancelledKeyOf(registration.id), cancelledAt: now },
        depth: 0,
        overrideAccess: true,
        context: engineWrite(),
        req,
      })
    }
    if (registrations.length === 0) return doc
    const mailer = mailerFor(req, context)
    const session = await loadSessionFacts(payload, context.slugs, doc.id)
    if (session) {
      for (const registration of registrations) await enqueueEmail(req, context, mailer, sessionCancelledEmail(session, registration))
    }
    return doc
  }
