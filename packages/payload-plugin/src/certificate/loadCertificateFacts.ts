import type { PayloadRequest } from 'payload'
import { localeOf } from '../email/registrationEmails.js'
import { loadIssuerFacts } from '../globals/IssuerSettings/issuerFacts.js'
import { loadIssuerLogo } from '../globals/IssuerSettings/issuerLogo.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'
import type { CertificateFacts } from './certificatePdf.js'

/** What a registration's certificate states, with the issuer's facts and logo as the settings hold them now. */
export async function loadCertificateFacts(
  req: PayloadRequest,
  context: CatalogContext,
  registration: RegistrationDoc,
  session: SessionFacts,
  issuedAt: Date,
): Promise<CertificateFacts> {
  const issuer = await loadIssuerFacts(req, context)
  return {
    locale: localeOf(registration),
    participant: { name: registration.name, agency: registration.agency },
    offering: { kind: session.offering.kind, title: session.offering.title },
    meetings: session.meetings,
    issuer,
    logo: await loadIssuerLogo(req, context, issuer),
    issuedAt,
  }
}
