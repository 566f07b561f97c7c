import type { PayloadRequest } from 'payload'
import type { CatalogContext } from '../../types.js'

/** Who issues the catalogue's papers, as the settings global holds it (empty parts are null). */
export interface IssuerFacts {
  name: string | null
  organisationNumber: string | null
  address: { street: string | null; postalCode: string | null; city: string | null }
  contactEmail: string | null
  phone: string | null
  /** The logo upload's id, when one is chosen. */
  logo: number | string | null
}

interface StoredIssuer {
  name?: string | null
  organisationNumber?: string | null
  address?: { street?: string | null; postalCode?: string | null; city?: string | null } | null
  contactEmail?: string | null
  phone?: string | null
  logo?: number | string | { id: number | string } | null
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null)

/** The issuer's facts for a printed page (sign-in sheet, certificate, brochure): read once per document. */
export async function loadIssuerFacts(req: PayloadRequest, context: CatalogContext): Promise<IssuerFacts> {
  const stored = (await req.payload.findGlobal({ slug: context.issuerSettings.slug as never, depth: 0, overrideAccess: true, req })) as StoredIssuer
  const logo = stored.logo
  return {
    name: text(stored.name),
    organisationNumber: text(stored.organisationNumber),
    address: { street: text(stored.address?.street), postalCode: text(stored.address?.postalCode), city: text(stored.address?.city) },
    contactEmail: text(stored.contactEmail),
    phone: text(stored.phone),
    logo: logo === null || logo === undefined ? null : typeof logo === 'object' ? logo.id : logo,
  }
}
