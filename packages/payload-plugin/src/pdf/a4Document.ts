import PDFDocument from 'pdfkit'
import { documentFontPath, documentFonts } from './documentFonts.js'

export interface A4DocumentOptions {
  /** The document's title: in its metadata and shown by readers instead of the file name. */
  title: string
  /** The language of its text, e.g. `nb-NO`: screen readers pick their voice by it. */
  lang: string
  /** Who made it, e.g. the issuer's name. */
  author?: string
  /** Keeps every page until the end, so page numbers can be written on each once the page count is known. */
  bufferPages?: boolean
}

/** Margins of every catalogue PDF, in points (2 cm). */
export const a4Margin = 56.7

/**
 * An A4 PDF with its title, language and tagging set (a structure tree a screen reader follows), and the
 * catalogue's font with Norwegian letters registered as `regular` and `bold`. Every PDF of the catalogue —
 * sign-in sheet, certificate, brochure — starts here.
 */
export function createA4Document(options: A4DocumentOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: a4Margin,
    pdfVersion: '1.7',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    bufferPages: options.bufferPages ?? false,
    info: { Title: options.title, Author: options.author ?? '', Creator: 'Kurskatalog' },
    // The standard fonts are never used: the first font set is ours.
    font: documentFontPath('regular'),
  })
  doc.registerFont(documentFonts.regular.name, documentFontPath('regular'))
  doc.registerFont(documentFonts.bold.name, documentFontPath('bold'))
  doc.font(documentFonts.regular.name)
  return doc
}

/** Ends the document and gives its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
