import type { Endpoint } from 'payload'
import { exportColumns } from '../../organiser/exportColumns.js'
import { downloadHeaders, exportFileName } from '../../organiser/exportFileName.js'
import { participantsCsv } from '../../organiser/participantsCsv.js'
import { participantsXlsx } from '../../organiser/participantsXlsx.js'
import { organiserTexts } from '../../organiser/texts.js'
import type { CatalogContext } from '../../types.js'
import { openOrganiserRequest, participantsAsked, statusListRule } from './openOrganiserRequest.js'

export const participantsCsvPath = '/:id/participants.csv'
export const participantsXlsxPath = '/:id/participants.xlsx'

/** GET `/api/sessions/:id/participants.csv?status=…`: the participants for a Norwegian Excel. Editors only. */
export function participantsCsvEndpoint(context: CatalogContext): Endpoint {
  return {
    path: participantsCsvPath,
    method: 'get',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, { status: statusListRule })
      if (!opened.ok) return opened.response
      const { roster, language, query } = opened
      const csv = participantsCsv(exportColumns(roster, language), participantsAsked(roster, query))
      return new Response(csv, { headers: downloadHeaders('text/csv; charset=utf-8', exportFileName(roster, 'deltakere', 'csv')) })
    },
  }
}

/** GET `/api/sessions/:id/participants.xlsx?status=…`: the participants as an Excel workbook. Editors only. */
export function participantsXlsxEndpoint(context: CatalogContext): Endpoint {
  return {
    path: participantsXlsxPath,
    method: 'get',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, { status: statusListRule })
      if (!opened.ok) return opened.response
      const { roster, language, query } = opened
      const workbook = await participantsXlsx(exportColumns(roster, language), participantsAsked(roster, query), organiserTexts[language].sheetName)
      return new Response(new Uint8Array(workbook), {
        headers: downloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', exportFileName(roster, 'deltakere', 'xlsx')),
      })
    },
  }
}
