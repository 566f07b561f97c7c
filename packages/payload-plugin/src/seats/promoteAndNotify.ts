import type { PayloadRequest } from 'payload'
import { mailerFor } from '../email/mailer.js'
import { sendPromotionEmail } from '../email/registrationEmails.js'
import type { CatalogContext } from '../types.js'
import type { DocId } from '../catalog/docs.js'
import { promoteFromWaitlist } from './promoteFromWaitlist.js'
import { findRegistration } from './registrationDoc.js'
import { seatGrantStatus } from './seatStatuses.js'
import type { SeatStore } from './seatStore.js'
import type { SessionFacts } from './sessionFacts.js'

/**
 * Gives a session's free seats to its waiting list (first number first) and emails each person moved up.
 * For changes editors make: the emails go out without holding up the save, and a failed one is logged.
 */
export async function promoteAndNotify(req: PayloadRequest, context: CatalogContext, store: SeatStore, session: SessionFacts): Promise<DocId[]> {
  const promoted = await promoteFromWaitlist(store, session)
  if (promoted.length === 0) return promoted
  // Read outside the editor's transaction, the rows may not show their new status yet: it is known.
  const status = seatGrantStatus(session)
  const mailer = mailerFor(req, context)
  void Promise.all(
    promoted.map(async (id) => {
      const registration = await findRegistration(req.payload, context.slugs, { id: { equals: id } })
      if (registration) await sendPromotionEmail(mailer, session, { ...registration, status })
    }),
  ).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'kurskatalog: could not email a promotion from the waiting list' }))
  return promoted
}
