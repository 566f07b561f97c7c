import { a4Margin, createA4Document, pdfBytes } from '../pdf/a4Document.js'
import { documentFonts } from '../pdf/documentFonts.js'
import { onOneLine } from '../pdf/onOneLine.js'
import { formatMeeting } from '../email/formatWhen.js'
import type { IssuerFacts } from '../globals/IssuerSettings/issuerFacts.js'
import { norwegianDateTime } from './norwegianDate.js'
import type { SessionRoster } from './sessionRoster.js'
import { organiserTexts, type OrganiserLanguage } from './texts.js'

export type SignInSheetVariant = 'named' | 'anonymous'

const rowHeight = 28
const headerHeight = 22
const columnWidths = [34, 165, 140, '*'] as const

/** Where the session meets: each place once, with its address, and "online" for a meeting with only a link. */
function placesOf(roster: SessionRoster, language: OrganiserLanguage): string[] {
  const places = roster.session.meetings.map((meeting) =>
    meeting.placeName ? [meeting.placeName, meeting.address].filter(Boolean).join(', ') : meeting.onlineUrl ? organiserTexts[language].sheet.online : null,
  )
  return [...new Set(places.filter((place): place is string => place !== null))]
}

interface SheetRow {
  number: string
  name: string
  agency: string
}

/**
 * A sign-in sheet for the door (A4, tagged): the course, its times and places in the header, then one
 * numbered line per confirmed person with a column to sign in. The anonymous variant has as many numbered
 * blank lines, for rooms where a list of names must not lie open.
 */
export async function signInSheet(
  roster: SessionRoster,
  options: { variant: SignInSheetVariant; language: OrganiserLanguage; issuer: IssuerFacts; printedAt: Date },
): Promise<Buffer> {
  const texts = organiserTexts[options.language].sheet
  const title = `${options.variant === 'named' ? texts.title : texts.anonymousTitle}: ${roster.session.offering.title}`
  const doc = createA4Document({ title, lang: options.language === 'en' ? 'en-GB' : 'nb-NO', author: options.issuer.name ?? undefined })
  const paragraph = (text: string, size = 11, indent = 0) => doc.addStructure(doc.struct('P', {}, () => doc.fontSize(size).text(text, { indent })))

  if (options.issuer.name) paragraph(options.issuer.name, 9)
  doc.moveDown(0.3)
  doc.addStructure(doc.struct('H1', {}, () => doc.font(documentFonts.bold.name).fontSize(17).text(title).font(documentFonts.regular.name)))
  doc.moveDown(0.4)
  const times = roster.session.meetings.map((meeting) => formatMeeting(meeting.startsAt, meeting.endsAt, options.language))
  paragraph(`${texts.when}:`)
  for (const time of times) paragraph(time, 11, 14)
  const places = placesOf(roster, options.language)
  if (places.length > 0) paragraph(`${texts.where}: ${places.join('; ')}`)
  const confirmed = roster.participants.filter((participant) => participant.status === 'confirmed')
  paragraph(confirmed.length === 0 ? texts.none : options.variant === 'named' ? texts.confirmed(confirmed.length) : texts.anonymousHint)
  doc.moveDown(1)

  const rows: SheetRow[] = confirmed.map((participant, index) => ({
    number: String(index + 1),
    name: options.variant === 'named' ? onOneLine(participant.name) : '',
    agency: options.variant === 'named' ? onOneLine(participant.agency) : '',
  }))
  const bottom = doc.page.height - a4Margin - 20
  let next = 0
  while (next < rows.length) {
    let fit = Math.floor((bottom - doc.y - headerHeight) / rowHeight)
    if (fit < 1) {
      doc.addPage()
      fit = Math.floor((bottom - doc.y - headerHeight) / rowHeight)
    }
    const page = rows.slice(next, next + fit)
    next += page.length
    doc.fontSize(10).table({
      structParent: doc,
      columnStyles: [...columnWidths],
      rowStyles: (index: number) => ({ minHeight: index === 0 ? headerHeight : rowHeight, align: { y: 'center' } }),
      data: [
        [texts.number, texts.name, texts.agency, texts.signature].map((text) => ({ text, type: 'TH' as const, font: { src: documentFonts.bold.name } })),
        ...page.map((row) => [row.number, row.name, row.agency, '']),
      ],
    } as PDFKit.Mixins.TableOptionsWithData)
    if (next < rows.length) doc.addPage()
  }

  doc.moveDown(0.6)
  paragraph(texts.printed(norwegianDateTime(options.printedAt)), 8)
  return pdfBytes(doc)
}
