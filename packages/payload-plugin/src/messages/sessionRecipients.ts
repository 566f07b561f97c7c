import { audienceStatuses, type MessageAudience } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { CatalogContext } from '../types.js'

const byName = new Intl.Collator('nb', { sensitivity: 'base' })

/**
 * Everyone on a session an editor's message to `audience` reaches: the waiting list in its order, the others by
 * name; one email per address. Read past access control: the caller has checked that the user is an editor.
 */
export async function loadSessionRecipients(req: PayloadRequest, context: CatalogContext, sessionId: DocId, audience: MessageAudience): Promise<RegistrationDoc[]> {
  const found = await req.payload.find({
    collection: context.slugs.registrations,
    where: { and: [{ session: { equals: sessionId } }, { status: { in: [...audienceStatuses[audience]] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    joins: false,
    req,
  })
  const registrations = (found.docs as unknown as RegistrationDoc[]).sort(
    (a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || byName.compare(a.name, b.name) || String(a.id).localeCompare(String(b.id)),
  )
  const addresses = new Set<string>()
  return registrations.filter((registration) => {
    const address = registration.email.toLowerCase()
    if (addresses.has(address)) return false
    addresses.add(address)
    return true
  })
}
