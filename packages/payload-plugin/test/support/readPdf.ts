import { createCanvas, loadImage } from '@napi-rs/canvas'
import jsQR from 'jsqr'
import { getDocumentProxy, renderPageAsImage } from 'unpdf'

// pdf.js draws images through ArrayBuffer.prototype.transferToFixedLength (Node 21 on); on Node 20 a copy stands in.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length?: number) {
      return this.slice(0, length ?? this.byteLength)
    },
    configurable: true,
    writable: true,
  })
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/**
 * Runs pdf.js with drizzle-kit's enumerable `Array.prototype.random` set aside (pdf.js refuses to run beside
 * it; see organiserDesk.test.ts), and put back after.
 */
async function withPdfJs<T>(work: () => Promise<T>): Promise<T> {
  const polluted = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (polluted) delete (Array.prototype as { random?: unknown }).random
  try {
    return await work()
  } finally {
    if (polluted) Object.defineProperty(Array.prototype, 'random', polluted)
  }
}

export interface StructureNode {
  role: string
  alt?: string
  /** The text of the marked content under it, in order. */
  text: string
}

export interface ReadPdf {
  pages: string[]
  title: string | undefined
  /** The catalogue's /Lang, as pdf.js reads it. */
  language: string | undefined
  /** Every structure element with content, page by page in the tree's order: the reading order a screen reader follows. */
  structure: StructureNode[]
  /** What each QR code on each page decodes to, read from the page drawn at 2× by pdf.js on @napi-rs/canvas (pages with a Figure only). */
  qrCodes: string[][]
}

interface TreeNode {
  role?: string
  alt?: string
  type?: string
  id?: string
  children?: TreeNode[]
}

/** The marked content ids of a page with their text (pdf.js's `includeMarkedContent`). */
async function markedText(pdf: PdfDocument, pageNumber: number): Promise<Map<string, string>> {
  const page = await pdf.getPage(pageNumber)
  const content = await page.getTextContent({ includeMarkedContent: true })
  const texts = new Map<string, string>()
  const open: string[] = []
  for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '')
    else if (item.type === 'endMarkedContent') open.pop()
    else if (typeof item.str === 'string') {
      const id = open[open.length - 1]
      // A line that wraps ends in hasEOL: the words on either side of the break are two words.
      if (id) texts.set(id, `${texts.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`)
    }
  }
  return texts
}

function flatten(node: TreeNode, texts: Map<string, string>, into: StructureNode[]): string {
  if (node.type === 'content') return texts.get(node.id ?? '') ?? ''
  const own: StructureNode | undefined = node.role && node.role !== 'Root' ? { role: node.role, ...(node.alt ? { alt: node.alt } : {}), text: '' } : undefined
  if (own) into.push(own)
  const text = (node.children ?? []).map((child) => flatten(child, texts, into)).join(' ').replace(/\s+/g, ' ').trim()
  if (own) own.text = text
  return text
}

/** Finds every QR code in an image: each one found is painted over and the image searched again. */
function decodeAll(data: Uint8ClampedArray, width: number, height: number): string[] {
  const found: string[] = []
  for (let tries = 0; tries < 12; tries++) {
    const code = jsQR(data, width, height, { inversionAttempts: 'dontInvert' })
    if (!code) break
    found.push(code.data)
    const corners = [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner]
    const [left, right] = [Math.min(...corners.map((c) => c.x)) - 20, Math.max(...corners.map((c) => c.x)) + 20]
    const [top, bottom] = [Math.min(...corners.map((c) => c.y)) - 20, Math.max(...corners.map((c) => c.y)) + 20]
    for (let y = Math.max(0, Math.floor(top)); y < Math.min(height, bottom); y++) {
      for (let x = Math.max(0, Math.floor(left)); x < Math.min(width, right); x++) data.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 4)
    }
  }
  return found
}

/** Reads a PDF the way a reader would: its text, metadata, structure tree and, drawn as pixels, its QR codes. */
export async function readPdf(bytes: ArrayBuffer | Uint8Array, options: { qrCodes?: boolean } = {}): Promise<ReadPdf> {
  return withPdfJs(async () => {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const meta = (await pdf.getMetadata()) as { info?: { Title?: string; Language?: string } }
    const pages: string[] = []
    const structure: StructureNode[] = []
    const qrCodes: string[][] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      pages.push((content.items as { str?: string }[]).map((item) => item.str ?? '').join(' ').replace(/\s+/g, ' '))
      const tree = (await page.getStructTree()) as TreeNode | null
      const before = structure.length
      if (tree) flatten(tree, await markedText(pdf, number), structure)
      // Only pages with a figure are drawn and searched: the slow part, and a code outside a figure would be untagged.
      const figures = structure.slice(before).filter((node) => node.role === 'Figure').length
      if (options.qrCodes && figures === 0) qrCodes.push([])
      else if (options.qrCodes) {
        const png = await renderPageAsImage(pdf, number, { canvasImport: () => import('@napi-rs/canvas'), scale: 2 })
        const image = await loadImage(Buffer.from(png))
        const canvas = createCanvas(image.width, image.height)
        const context = canvas.getContext('2d')
        context.drawImage(image, 0, 0)
        const pixels = context.getImageData(0, 0, image.width, image.height)
        qrCodes.push(decodeAll(pixels.data, image.width, image.height))
      }
    }
    return { pages, title: meta.info?.Title, language: meta.info?.Language, structure, qrCodes }
  })
}
