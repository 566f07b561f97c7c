import { spacedOrganisationNumber, type Locale } from '@kurskatalog/contract'
import { formatDate, languageTags } from '../email/formatWhen.js'
import { emailTexts } from '../email/texts.js'
import type { IssuerFacts } from '../globals/IssuerSettings/issuerFacts.js'
import { a4Margin, createA4Document, pdfBytes } from '../pdf/a4Document.js'
import { documentFonts } from '../pdf/documentFonts.js'
import { onOneLine } from '../pdf/onOneLine.js'
import { certificateHours, formatHours } from './certificateHours.js'

/** What a certificate states, gathered before it is drawn. */
export interface CertificateFacts {
  locale: Locale
  participant: { name: string; agency: string }
  offering: { kind: 'course' | 'programme'; title: string }
  meetings: readonly { startsAt: string; endsAt: string }[]
  issuer: IssuerFacts
  /** PNG or JPEG bytes (see `loadIssuerLogo`), or null. */
  logo: Buffer | null
  issuedAt: Date
}

/** pdfkit's decoded image, which `image()` also takes; its types leave `openImage` out. */
interface OpenedImage {
  width: number
  height: number
}
const openImage = (doc: PDFKit.PDFDocument, bytes: Buffer): OpenedImage => (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(bytes)

/** Up to this many days are printed one by one; more are shown as first – last. */
const daysListed = 6

/** The days the meetings were on, each once, in order ("3. mars 2027"). */
function meetingDays(meetings: CertificateFacts['meetings'], locale: Locale): string[] {
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return [...new Set(sorted.map((meeting) => formatDate(meeting.startsAt, locale)))]
}

/** The issuer's street and postal address on one line ("Grensesvingen 6, 0663 Oslo"), or null. */
function addressLine(issuer: IssuerFacts): string | null {
  const town = [issuer.address.postalCode, issuer.address.city].filter(Boolean).join(' ')
  const line = [issuer.address.street, town].filter(Boolean).join(', ')
  return line || null
}

/**
 * The course certificate (kursbevis), A4 and tagged like every PDF of the catalogue, in the participant's
 * language: who, what they completed, on which days, the hours (the meetings' lengths summed), their agency,
 * and who issued it when. The issuer's logo, when there is one, is a figure with the issuer's name as its text.
 */
export async function certificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const texts = emailTexts[facts.locale].certificate
  const words = texts.document
  const name = onOneLine(facts.participant.name)
  const title = onOneLine(facts.offering.title)
  const doc = createA4Document({ title: `${words.title}: ${title} – ${name}`, lang: languageTags[facts.locale], author: facts.issuer.name ?? undefined })
  const width = doc.page.width - 2 * a4Margin
  const centred = { align: 'center' as const, width }
  const paragraph = (text: string, size: number, bold = false) =>
    doc.addStructure(
      doc.struct('P', {}, () =>
        doc
          .font(bold ? documentFonts.bold.name : documentFonts.regular.name)
          .fontSize(size)
          .text(text, a4Margin, doc.y, centred),
      ),
    )

  let top = a4Margin
  if (facts.logo) {
    try {
      // Decoded first: a file that only looks like an image is left out, not half drawn.
      const image = openImage(doc, facts.logo)
      const scale = Math.min(180 / image.width, 64 / image.height, 1)
      const left = a4Margin + (width - image.width * scale) / 2
      doc.addStructure(doc.struct('Figure', { alt: facts.issuer.name ?? words.issuedBy }, () => doc.image(image as unknown as Buffer, left, top, { width: image.width * scale })))
      top += image.height * scale + 16
    } catch {
      // No logo rather than no certificate.
    }
  }
  doc.y = top
  if (facts.issuer.name) paragraph(facts.issuer.name, 11, true)

  doc.y = Math.max(doc.y, a4Margin + 120)
  doc.addStructure(doc.struct('H1', {}, () => doc.font(documentFonts.bold.name).fontSize(34).text(words.title, a4Margin, doc.y, centred)))
  doc.moveDown(1.2)
  paragraph(words.certifies, 13)
  doc.moveDown(0.5)
  paragraph(name, 26, true)
  doc.moveDown(0.5)
  paragraph(words.completed(facts.offering.kind), 13)
  doc.moveDown(0.5)
  paragraph(title, 20, true)
  doc.moveDown(1.6)

  const days = meetingDays(facts.meetings, facts.locale)
  if (days.length > 0) {
    const when = days.length <= daysListed ? days.join(', ') : words.dateSpan(days[0]!, days[days.length - 1]!, days.length)
    paragraph(`${words.dates(days.length)}: ${when}`, 12)
    doc.moveDown(0.4)
  }
  paragraph(`${texts.hoursLabel}: ${formatHours(certificateHours(facts.meetings), facts.locale)}`, 12)
  doc.moveDown(0.4)
  const agency = onOneLine(facts.participant.agency)
  if (agency) paragraph(`${words.agency}: ${agency}`, 12)

  // The issuer at the foot of the page, under a thin rule that is decoration only.
  doc.y = Math.max(doc.y + 36, doc.page.height - a4Margin - 130)
  doc.markContent('Artifact', { type: 'Layout' })
  doc.moveTo(a4Margin + width / 4, doc.y).lineTo(a4Margin + (3 * width) / 4, doc.y).lineWidth(0.5).strokeColor('#666666').stroke()
  doc.endMarkedContent()
  doc.moveDown(1)
  const issuerLines = [
    facts.issuer.name,
    facts.issuer.organisationNumber ? words.organisationNumber(spacedOrganisationNumber(facts.issuer.organisationNumber)) : null,
    addressLine(facts.issuer),
  ].filter((line): line is string => Boolean(line))
  if (issuerLines.length > 0) {
    paragraph(words.issuedBy, 9)
    for (const line of issuerLines) paragraph(line, 10)
    doc.moveDown(0.5)
  }
  paragraph(words.issuedOn(formatDate(facts.issuedAt, facts.locale)), 10)
  return pdfBytes(doc)
}
