import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { CatalogContext } from '../../types.js'
import type { IssuerFacts } from './issuerFacts.js'

/**
 * The largest logo file printed. Each certificate is stored in the outbox with its email (base64), so a
 * photograph chosen as the logo would make every one of them megabytes; a bigger file is left out.
 */
export const maxLogoBytes = 256 * 1024

const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
const isJpeg = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff

/**
 * The issuer's logo as a PNG or JPEG file's bytes (what pdfkit draws), or null: none chosen, stored
 * elsewhere than on this disk (a cloud storage adapter), gone, too big, or another format (SVG, WebP).
 * A printed page goes out without the logo rather than not at all.
 */
export async function loadIssuerLogo(req: PayloadRequest, context: CatalogContext, issuer: IssuerFacts): Promise<Buffer | null> {
  const collection = context.issuerSettings.logoCollection
  if (collection === false || issuer.logo === null) return null
  const upload = req.payload.collections[collection as CollectionSlug]?.config.upload
  if (!upload || upload.disableLocalStorage) return null
  try {
    const doc = (await req.payload.findByID({ collection: collection as CollectionSlug, id: issuer.logo, depth: 0, overrideAccess: true, disableErrors: true, req })) as {
      filename?: unknown
    } | null
    if (typeof doc?.filename !== 'string' || doc.filename === '') return null
    // Where Payload's own file route looks, and never outside it.
    const folder = path.resolve(upload.staticDir || collection)
    const file = path.resolve(folder, doc.filename)
    if (!file.startsWith(folder + path.sep)) return null
    const found = await stat(file)
    if (!found.isFile() || found.size > maxLogoBytes) return null
    const bytes = await readFile(file)
    return isPng(bytes) || isJpeg(bytes) ? bytes : null
  } catch {
    return null
  }
}
