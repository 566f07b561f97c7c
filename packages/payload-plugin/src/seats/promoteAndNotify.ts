import type { PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { mailerFor } from '../email/mailer.js'
import { sendPromotionEmail, type Mailer } from '../email/registrationEmails.js'
import type { CatalogContext, CatalogSlugs } from '../types.js'
import { promoteFromWaitlist } from './promoteFromWaitlist.js'
import { findRegistration } from './registrationDoc.js'
import { seatGrantStatus } from './seatStatuses.js'
import type { SeatStore } from './seatStore.js'
import type { SessionFacts } from './sessionFacts.js'

/** Emails each person moved up from the waiting list (the ids `promoteFromWaitlist` returned). */
export async function emailPromotions(mailer: Mailer, slugs: CatalogSlugs, session: SessionFacts, promoted: readonly DocId[]): Promise<void> {
  // Read outside the transaction that moved them, the rows may not show their new status yet: it is known.
  const status = seatGrantStatus(session)
  await Promise.all(
    promoted.map(async (id) => {
      const registration = await findRegistration(mailer.payload, slugs, { id: { equals: id } })
      if (registration) await sendPromotionEmail(mailer, session, { ...registration, status })
    }),
  )
}

/**
 * Gives a session's free seats to its waiting list (first number first) and emails each person moved up.
 * For changes editors make: the emails go out without holding up the save, and a failed one is logged.
 */
export async function promoteAndNotify(req: PayloadRequest, context: CatalogContext, store: SeatStore, session: SessionFacts): Promise<DocId[]> {
  const promoted = await promoteFromWaitlist(store, session)
  if (promoted.length === 0) return promoted
  void emailPromotions(mailerFor(req, context), context.slugs, session, promoted).catch((error: unknown) =>
    req.payload.logger.error({ err: error, msg: 'kurskatalog: could not email a promotion from the waiting list' }),
  )
  return promoted
}
