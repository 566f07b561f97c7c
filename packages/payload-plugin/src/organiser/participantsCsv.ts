import { stringify } from 'csv-stringify/sync'
import type { ExportColumn, ExportValue } from './exportColumns.js'
import { norwegianDateTime } from './norwegianDate.js'
import type { Participant } from './sessionRoster.js'
import { spreadsheetText } from './spreadsheetText.js'

const csvCell = (value: ExportValue): string => {
  if (value === null) return ''
  if (value instanceof Date) return norwegianDateTime(value)
  if (typeof value === 'number') return String(value)
  return spreadsheetText(value)
}

/**
 * The participants as a CSV a Norwegian Excel opens as it is: UTF-8 with a byte-order mark, `;` between
 * cells (the list separator where the decimal comma is `,`), CRLF lines, dates as dd.mm.åååå tt:mm.
 */
export function participantsCsv(columns: readonly ExportColumn[], participants: readonly Participant[]): string {
  const header = columns.map((column) => spreadsheetText(column.header))
  const rows = participants.map((participant) => columns.map((column) => csvCell(column.value(participant))))
  return stringify([header, ...rows], { bom: true, delimiter: ';', record_delimiter: 'windows' })
}
