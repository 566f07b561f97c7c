import ExcelJS from 'exceljs'
import type { ExportColumn, ExportValue } from './exportColumns.js'
import { osloWallTimeAsUtc } from './norwegianDate.js'
import type { Participant } from './sessionRoster.js'

/** A cell's value as the workbook stores it: a date cell in Oslo wall time, a number, or a plain string (never a formula). */
const xlsxCell = (value: ExportValue): ExcelJS.CellValue => {
  if (value === null) return null
  if (value instanceof Date) return osloWallTimeAsUtc(value)
  return value
}

/**
 * The participants as an Excel workbook: a header row kept in view, real date cells (dd.mm.åååå tt:mm), and
 * every text written as a string cell, so a name such as `=HYPERLINK(…)` is shown, never run.
 */
export async function participantsXlsx(columns: readonly ExportColumn[], participants: readonly Participant[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kurskatalog'
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }))
  sheet.getRow(1).font = { bold: true }
  for (const participant of participants) {
    const row = sheet.addRow(columns.map((column) => xlsxCell(column.value(participant))))
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy hh:mm'
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
