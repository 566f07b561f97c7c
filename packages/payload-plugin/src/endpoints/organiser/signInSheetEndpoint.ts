import type { Endpoint } from 'payload'
import { loadIssuerFacts } from '../../globals/IssuerSettings/issuerFacts.js'
import { downloadHeaders, exportFileName } from '../../organiser/exportFileName.js'
import { signInSheet, type SignInSheetVariant } from '../../organiser/signInSheet.js'
import type { CatalogContext } from '../../types.js'
import { openOrganiserRequest } from './openOrganiserRequest.js'

export const signInSheetPath = '/:id/sign-in-sheet.pdf'

/** `utgave=navn` (the default) or `utgave=uten-navn`: as the link in the admin names them. */
const variants: Record<string, SignInSheetVariant> = { navn: 'named', 'uten-navn': 'anonymous' }

/** GET `/api/sessions/:id/sign-in-sheet.pdf?utgave=navn|uten-navn`: the sign-in sheet for the door. Editors only. */
export function signInSheetEndpoint(context: CatalogContext): Endpoint {
  return {
    path: signInSheetPath,
    method: 'get',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, { utgave: (value) => Object.hasOwn(variants, value) })
      if (!opened.ok) return opened.response
      const { roster, language, query } = opened
      const variant = variants[query.get('utgave') ?? 'navn'] ?? 'named'
      const pdf = await signInSheet(roster, { variant, language, issuer: await loadIssuerFacts(req, context), printedAt: context.clock() })
      return new Response(new Uint8Array(pdf), {
        headers: downloadHeaders('application/pdf', exportFileName(roster, 'deltakerliste', 'pdf')),
      })
    },
  }
}
