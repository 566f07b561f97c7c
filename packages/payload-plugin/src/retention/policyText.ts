import { label } from '../labels.js'
import type { CatalogContext } from '../types.js'

/** The retention policy as editors see it above a collection's list, with the configured number of days. */
export function retentionPolicyText(context: CatalogContext, after: { nb: string; en: string }): Record<string, string> {
  if (context.retentionDays === false) {
    return label('Personopplysninger anonymiseres ikke automatisk.', 'Personal data is not anonymised automatically.')
  }
  const days = context.retentionDays
  return label(
    `Personopplysninger anonymiseres automatisk ${days} dager etter ${after.nb}.`,
    `Personal data is anonymised automatically ${days} days after ${after.en}.`,
  )
}
