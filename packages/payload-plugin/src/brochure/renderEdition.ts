import type { PayloadRequest } from 'payload'
import { strongEtagOfBytes } from '../http/cachedResponse.js'
import type { DocId } from '../catalog/docs.js'
import { currentCatalog } from '../catalog/readModel/catalogReadModel.js'
import { listServiceDetails } from '../catalog/services.js'
import { loadIssuerFacts } from '../globals/IssuerSettings/issuerFacts.js'
import type { CatalogContext } from '../types.js'
import { brochureContent } from './brochureContent.js'
import { brochurePdf } from './brochurePdf.js'
import { findEdition, markFailed, pruneEditions, storeRender } from './brochureStore.js'

/**
 * Makes one claimed edition: the published catalogue as the read model has it now, the services and the
 * issuer's facts, drawn and stored; then the older editions of its option set go. An edition already made
 * (a second runner of the same job) is left as it is. A failure is stored on the row, for those waiting.
 */
export async function renderEdition(req: PayloadRequest, context: CatalogContext, id: DocId): Promise<'made' | 'gone' | 'done'> {
  const { payload } = req
  const edition = await findEdition(payload, context, id)
  if (!edition) return 'gone'
  if (edition.status !== 'rendering') return 'done'
  try {
    const now = context.clock()
    const snapshot = await currentCatalog(payload, context)
    const [services, issuer] = await Promise.all([listServiceDetails(payload, context.slugs), loadIssuerFacts(req, context)])
    const pdf = await brochurePdf(brochureContent(snapshot, edition.choices, { services, issuer, origin: edition.origin ?? '', now }))
    await storeRender(payload, context, id, { pdf, etag: strongEtagOfBytes(pdf), stamp: snapshot.stamp, renderedAt: new Date() })
  } catch (error) {
    await markFailed(payload, context, id, error)
    throw error
  }
  await pruneEditions(payload, context, edition)
  return 'made'
}
