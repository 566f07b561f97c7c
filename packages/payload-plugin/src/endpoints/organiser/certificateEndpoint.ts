import type { Endpoint } from 'payload'
import { refId } from '../../catalog/docs.js'
import { toStoredId } from '../../catalog/storedId.js'
import { certificateFileName } from '../../certificate/certificateFileName.js'
import { certificatePdf } from '../../certificate/certificatePdf.js'
import { loadCertificateFacts } from '../../certificate/loadCertificateFacts.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { downloadHeaders } from '../../organiser/exportFileName.js'
import { organiserLanguage, organiserTexts } from '../../organiser/texts.js'
import { findRegistration } from '../../seats/registrationDoc.js'
import { loadSessionFacts } from '../../seats/sessionFacts.js'
import type { CatalogContext } from '../../types.js'

export const certificatePath = '/:id/certificate.pdf'

/**
 * GET on the registrations collection (`/api/registrations/:id/certificate.pdf`): the participant's
 * certificate, for an editor to download or print. Editors only (401 without a login, 403 for anyone else,
 * nothing read before that); 404 unless the registration is `attended` and still has its personal data.
 * The one that was emailed carries the day it was sent; otherwise it is issued today.
 */
export function certificateEndpoint(context: CatalogContext): Endpoint {
  return {
    path: certificatePath,
    method: 'get',
    handler: async (req) => {
      const refusals = organiserTexts[organiserLanguage(req)].refusals
      if (!req.user) return adminRefusal(401, refusals.unauthorised)
      if (!context.isEditor(req)) return adminRefusal(403, refusals.forbidden)
      if ([...(req.searchParams ?? new URLSearchParams()).keys()].length > 0) return adminRefusal(400, refusals.certificateQuery)

      const id = toStoredId(req.payload, context.slugs.registrations, String(req.routeParams?.id ?? ''))
      const registration = id === null ? null : await findRegistration(req.payload, context.slugs, { id: { equals: id } })
      if (!registration || registration.status !== 'attended' || registration.anonymisedAt) return adminRefusal(404, refusals.certificateNotFound)
      const sessionId = refId(registration.session)
      const session = sessionId === null ? null : await loadSessionFacts(req.payload, context.slugs, sessionId)
      if (!session) return adminRefusal(404, refusals.certificateNotFound)

      const issuedAt = registration.certificateSentAt ? new Date(registration.certificateSentAt) : context.clock()
      const pdf = await certificatePdf(await loadCertificateFacts(req, context, registration, session, issuedAt))
      return new Response(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', certificateFileName(registration.name, session)) })
    },
  }
}
