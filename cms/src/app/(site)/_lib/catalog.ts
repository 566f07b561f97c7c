import config from '@payload-config'
import { publicCatalog } from '@kurskatalog/payload-plugin/catalog'
import { getPayload } from 'payload'
import { cache } from 'react'

/**
 * The published catalogue, read the way the public API reads it (published only, public fields
 * only), so these pages can never show a draft or a participant.
 */
export const catalog = cache(async () => {
  const payload = await getPayload({ config })
  return { ...publicCatalog(payload), origin: (payload.config.serverURL || '').replace(/\/+$/, '') }
})

/** One offering per request, shared by the page and its metadata. */
export const findOffering = cache(async (slug: string) => (await catalog()).offering(slug))

export const findService = cache(async (slug: string) => (await catalog()).service(slug))

/** What the catalogue offers, and from whom when the settings name the owner: the lead of /kurs and the pages' description. */
export const catalogueDescription = (ownerName: string | null | undefined): string =>
  `Kurs, lederutviklingsprogram og prosessveiledning for ansatte og ledere${ownerName ? ` fra ${ownerName}` : ''}.`
