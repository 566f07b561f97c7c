import { setImmediate as nextTurn } from 'node:timers/promises'
import { brochureLabels, brochureTitle, counted, offeringLabels, sitePaths, type Locale, type OfferingDetail, type SessionSummary } from '@kurskatalog/contract'
import { formatInstant, formatMeeting } from '../email/formatWhen.js'
import { norwegianDateTime } from '../organiser/norwegianDate.js'
import { a4Margin, createA4Document, pdfBytes } from '../pdf/a4Document.js'
import { documentFonts } from '../pdf/documentFonts.js'
import type { BrochureContent } from './brochureContent.js'
import { drawQrCode } from './qrCode.js'

/** What a screen reader is told the text's language is. */
const languageTags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

const ink = '#1a1a1a'
const accent = '#2a2859'
const qrSize = 78

/** One printed part of a section, measured before it is drawn so that an offering starts on a page it fits on. */
type Piece =
  | { kind: 'H2' | 'H3'; text: string }
  | { kind: 'P'; text: string; size?: number; bold?: boolean; link?: string }
  | { kind: 'L'; items: string[] }
  | { kind: 'QR'; url: string; alt: string; caption: string }

const fontSizes = { H2: 18, H3: 14, P: 10.5, L: 10.5 } as const

/** Each offering's first page, by `kind:slug`: what the contents print. */
export type PageIndex = Map<string, number>

const offeringKey = (offering: OfferingDetail) => `${offering.kind}:${offering.slug}`

function priceText(offering: OfferingDetail, language: Locale): string {
  const labels = brochureLabels[language]
  if (offering.price.free || offering.price.amountNok === null) return labels.free
  return labels.amount.replace('#', new Intl.NumberFormat(languageTags[language]).format(offering.price.amountNok))
}

function sessionLine(session: SessionSummary, language: Locale): string {
  const labels = brochureLabels[language]
  const meetings = session.meetings.map((meeting) => {
    const where = meeting.place ? [meeting.place.name, meeting.place.address].filter(Boolean).join(', ') : meeting.online ? labels.online : ''
    return [formatMeeting(meeting.startsAt, meeting.endsAt, language), where].filter(Boolean).join(' – ')
  })
  const seats = counted(session.seatsLeft, offeringLabels[language].seats[session.seatStatus])
  return `${meetings.join('\n')}\n${seats}`
}

/** The pieces of one offering's section: title, summary, facts, outcomes, facilitators, dates with seats, QR code and address. */
function offeringPieces(offering: OfferingDetail, content: BrochureContent): Piece[] {
  const { language } = content.options
  const labels = brochureLabels[language]
  const names = offeringLabels[language]
  const facts = [
    ...(offering.kind === 'programme' ? [names.kinds.programme] : []),
    `${names.audience}: ${names.audiences[offering.audience]}`,
    `${names.format}: ${names.formats[offering.format]}`,
    ...(offering.duration ? [`${labels.duration}: ${offering.duration}`] : []),
    `${labels.price}: ${priceText(offering, language)}`,
    ...(offering.byApplication ? [labels.byApplication] : []),
  ]
  const url = `${content.origin}${sitePaths.offeringPage(offering.slug)}`
  return [
    { kind: 'H3', text: offering.title },
    ...(offering.summary ? [{ kind: 'P' as const, text: offering.summary }] : []),
    { kind: 'P', text: facts.join('  ·  '), size: 9.5 },
    ...(offering.learningOutcomes.length > 0
      ? [{ kind: 'P' as const, text: labels.learningOutcomes, bold: true }, { kind: 'L' as const, items: offering.learningOutcomes }]
      : []),
    ...(offering.facilitators.length > 0
      ? [
          { kind: 'P' as const, text: labels.facilitators, bold: true },
          { kind: 'P' as const, text: offering.facilitators.map((person) => [person.name, person.title].filter(Boolean).join(', ')).join('; ') },
        ]
      : []),
    { kind: 'P', text: labels.dates, bold: true },
    { kind: 'L', items: offering.sessions.map((session) => sessionLine(session, language)) },
    { kind: 'P', text: labels.seatsAsOf.replace('#', norwegianDateTime(content.seatsAsOf)), size: 8.5 },
    { kind: 'QR', url, alt: labels.qrAlt.replace('#', url), caption: `${labels.signUpAt}\n${url}` },
  ]
}

function servicePieces(content: BrochureContent): Piece[][] {
  const labels = brochureLabels[content.options.language]
  return content.services.map((service) => {
    const facts = [
      ...(service.typicalDuration ? [`${labels.typicalDuration}: ${service.typicalDuration}`] : []),
      ...(service.suitedFor ? [`${labels.suitedFor}: ${service.suitedFor}`] : []),
    ]
    const url = `${content.origin}${sitePaths.servicePage(service.slug)}`
    return [
      { kind: 'H3', text: service.title },
      ...(service.summary ? [{ kind: 'P' as const, text: service.summary }] : []),
      ...(facts.length > 0 ? [{ kind: 'P' as const, text: facts.join('  ·  '), size: 9.5 }] : []),
      ...(service.deliverables.length > 0 ? [{ kind: 'P' as const, text: labels.deliverables, bold: true }, { kind: 'L' as const, items: service.deliverables }] : []),
      { kind: 'P', text: url, size: 9.5, link: url },
    ]
  })
}

/**
 * Draws one pass of the brochure. The first pass learns on which page each offering starts; the second
 * prints those numbers in the contents (the contents take the same lines either way, so nothing moves).
 */
async function drawBrochure(content: BrochureContent, pageOf: PageIndex | null): Promise<{ doc: PDFKit.PDFDocument; pages: PageIndex }> {
  const { language } = content.options
  const labels = brochureLabels[language]
  const title = brochureTitle(labels, content.options.from, content.options.to)
  const doc = createA4Document({ title, lang: languageTags[language], author: content.issuer.name ?? undefined, bufferPages: true })
  const width = doc.page.width - a4Margin * 2
  const bottom = () => doc.page.height - a4Margin
  const pageNumber = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count
  const pages: PageIndex = new Map()
  const regular = documentFonts.regular.name
  const bold = documentFonts.bold.name

  const fontFor = (piece: Piece) => {
    if (piece.kind === 'H2' || piece.kind === 'H3') doc.font(bold).fontSize(fontSizes[piece.kind])
    else if (piece.kind === 'P') doc.font(piece.bold ? bold : regular).fontSize(piece.size ?? fontSizes.P)
    else doc.font(regular).fontSize(fontSizes.L)
  }
  const heightOf = (piece: Piece): number => {
    fontFor(piece)
    if (piece.kind === 'QR') return qrSize + 8
    if (piece.kind === 'L') return piece.items.reduce((sum, item) => sum + doc.heightOfString(item, { width: width - 18 }) + 3, 4)
    return doc.heightOfString(piece.text, { width }) + (piece.kind === 'P' ? 4 : 8)
  }
  const draw = (piece: Piece) => {
    fontFor(piece)
    if (piece.kind === 'H2' || piece.kind === 'H3') {
      if (piece.kind === 'H3') doc.moveDown(0.6)
      doc.addStructure(doc.struct(piece.kind, {}, () => doc.fillColor(accent).text(piece.text, a4Margin, doc.y, { width }).fillColor(ink)))
      doc.moveDown(piece.kind === 'H2' ? 0.5 : 0.2)
    } else if (piece.kind === 'P') {
      doc.addStructure(doc.struct('P', {}, () => doc.fillColor(ink).text(piece.text, a4Margin, doc.y, { width, ...(piece.link ? { link: piece.link } : {}) })))
      doc.moveDown(0.25)
    } else if (piece.kind === 'L') {
      const list = doc.struct('L')
      doc.addStructure(list)
      doc.fillColor(ink).list(piece.items, a4Margin + 4, doc.y, { width: width - 4, bulletRadius: 2, textIndent: 12, paragraphGap: 3, structParent: list } as PDFKit.Mixins.TextOptions)
      list.end()
      doc.x = a4Margin
      doc.moveDown(0.3)
    } else if (piece.kind === 'QR') {
      const { url, alt, caption } = piece
      if (doc.y + qrSize > bottom()) doc.addPage()
      const top = doc.y
      doc.addStructure(doc.struct('Figure', { alt }, () => drawQrCode(doc, url, a4Margin, top, qrSize)))
      doc.font(regular).fontSize(9.5)
      doc.addStructure(doc.struct('P', {}, () => doc.fillColor(ink).text(caption, a4Margin + qrSize + 10, top + 18, { width: width - qrSize - 10, link: url })))
      doc.x = a4Margin
      doc.y = top + qrSize + 8
    }
  }
  /** A block starts on a new page when it does not fit in what is left of this one but would on a fresh one. */
  const drawBlock = (pieces: Piece[], onStart?: () => void) => {
    const height = pieces.reduce((sum, piece) => sum + heightOf(piece), 0)
    const fresh = bottom() - a4Margin
    if (doc.y + Math.min(height, fresh) > bottom()) doc.addPage()
    onStart?.()
    for (const piece of pieces) draw(piece)
  }

  // The cover.
  if (content.issuer.name) {
    doc.addStructure(doc.struct('P', {}, () => doc.font(bold).fontSize(13).fillColor(accent).text(content.issuer.name!, { width })))
  }
  doc.y = doc.page.height * 0.32
  doc.addStructure(doc.struct('H1', {}, () => doc.font(bold).fontSize(30).fillColor(accent).text(title, a4Margin, doc.y, { width })))
  doc.moveDown(0.6)
  const only = [
    ...(content.topicTitle ? [labels.onlyTopic.replace('#', content.topicTitle)] : []),
    ...(content.options.audience ? [labels.onlyAudience.replace('#', offeringLabels[language].audiences[content.options.audience].toLocaleLowerCase(languageTags[language]))] : []),
  ]
  for (const line of only) draw({ kind: 'P', text: line, size: 14 })
  draw({ kind: 'P', text: labels.seatsAsOf.replace('#', formatInstant(content.seatsAsOf.toISOString(), language)), size: 10 })
  draw({ kind: 'P', text: `${content.origin}${sitePaths.catalogue}`, size: 10, link: `${content.origin}${sitePaths.catalogue}` })

  // The contents: each topic with its offerings and the page each starts on.
  doc.addPage()
  draw({ kind: 'H2', text: labels.contents })
  const contentsLine = (text: string, page: number | undefined, isTopic: boolean) => {
    doc.font(isTopic ? bold : regular).fontSize(isTopic ? 11.5 : 10.5)
    const indent = isTopic ? 0 : 12
    if (doc.y + doc.heightOfString(text, { width: width - 50 - indent }) > bottom()) doc.addPage()
    const top = doc.y
    doc.addStructure(
      doc.struct('P', {}, () => {
        doc.fillColor(ink).text(text, a4Margin + indent, top, { width: width - 50 - indent })
        const after = doc.y
        if (page !== undefined) doc.text(String(page), a4Margin + width - 40, top, { width: 40, align: 'right' })
        doc.y = after
      }),
    )
    doc.x = a4Margin
    doc.moveDown(isTopic ? 0.15 : 0.1)
  }
  const placeholder = 0
  for (const topic of content.topics) {
    if (doc.y > a4Margin + 20) doc.moveDown(0.4)
    contentsLine(topic.title ?? labels.otherOfferings, undefined, true)
    for (const offering of topic.offerings) contentsLine(offering.title, pageOf ? pageOf.get(offeringKey(offering)) : placeholder, false)
  }
  if (content.services.length > 0) {
    doc.moveDown(0.4)
    contentsLine(labels.services, pageOf?.get('services') ?? placeholder, true)
  }
  if (content.topics.length === 0) draw({ kind: 'P', text: labels.empty })

  // One section per topic, one block per offering.
  for (const topic of content.topics) {
    doc.addPage()
    draw({ kind: 'H2', text: topic.title ?? labels.otherOfferings })
    for (const offering of topic.offerings) {
      drawBlock(offeringPieces(offering, content), () => pages.set(offeringKey(offering), pageNumber()))
      // Drawing is CPU work on the one thread that also answers requests: after each offering the process
      // answers what is waiting, so a brochure of thousands of offerings never stops the catalogue meanwhile.
      await nextTurn()
    }
  }

  // The facilitator services, in a section of their own.
  if (content.services.length > 0) {
    doc.addPage()
    pages.set('services', pageNumber())
    draw({ kind: 'H2', text: labels.services })
    draw({ kind: 'P', text: labels.servicesIntro })
    for (const pieces of servicePieces(content)) drawBlock(pieces)
  }

  // The back page: who publishes the catalogue, and how to reach them.
  doc.addPage()
  const issuer = content.issuer
  draw({ kind: 'H2', text: labels.contact })
  const postal = [issuer.address.postalCode, issuer.address.city].filter(Boolean).join(' ')
  for (const line of [
    issuer.name,
    issuer.address.street,
    postal || null,
    issuer.organisationNumber ? `${labels.organisationNumber} ${issuer.organisationNumber.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')}` : null,
    issuer.contactEmail ? `${labels.email}: ${issuer.contactEmail}` : null,
    issuer.phone ? `${labels.phone}: ${issuer.phone}` : null,
  ]) {
    if (line) draw({ kind: 'P', text: line, size: 11, bold: line === issuer.name })
  }
  doc.moveDown(1)
  draw({ kind: 'P', text: `${content.origin}${sitePaths.catalogue}`, size: 11, link: `${content.origin}${sitePaths.catalogue}` })

  // Page numbers, on every page but the cover: marked as pagination artifacts, so a screen reader skips them.
  const range = doc.bufferedPageRange()
  for (let index = range.start + 1; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    const margins = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.markContent('Artifact', { type: 'Pagination' })
    doc.font(regular).fontSize(8.5).fillColor(ink).text(String(index + 1), a4Margin, doc.page.height - a4Margin / 2 - 6, { width, align: 'center', lineBreak: false })
    doc.endMarkedContent()
    doc.page.margins.bottom = margins
  }
  return { doc, pages }
}

/** The brochure as a tagged A4 PDF (title, language, headings, lists, QR codes with alternative text, in reading order). */
export async function brochurePdf(content: BrochureContent): Promise<Buffer> {
  const first = await drawBrochure(content, null)
  first.doc.end()
  const { doc } = await drawBrochure(content, first.pages)
  return pdfBytes(doc)
}
