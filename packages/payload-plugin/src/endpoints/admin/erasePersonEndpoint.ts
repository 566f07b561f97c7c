import { emailField, runRule } from '@kurskatalog/contract'
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { readBody } from '../../guard/readBody.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { erasePerson } from '../../retention/anonymise.js'
import { givePlacesUp } from '../../retention/givePlacesUp.js'
import type { CatalogContext } from '../../types.js'

export const erasePersonPath = '/erase-person'

const texts = {
  nb: {
    forbidden: 'Bare redaktører kan slette personopplysninger.',
    'unsupported-media-type': 'Send en JSON-forespørsel (Content-Type: application/json).',
    'payload-too-large': 'Forespørselen er for stor.',
    'invalid-json': 'Forespørselen er ikke gyldig JSON.',
    body: 'Send et objekt med bare feltet «email».',
    email: 'Skriv en gyldig e-postadresse (høyst 254 tegn).',
  },
  en: {
    forbidden: 'Only editors can erase personal data.',
    'unsupported-media-type': 'Send a JSON request (Content-Type: application/json).',
    'payload-too-large': 'The request is too large.',
    'invalid-json': 'The request is not valid JSON.',
    body: 'Send an object with the field "email" only.',
    email: 'Enter a valid email address (at most 254 characters).',
  },
} as const
type Reason = keyof (typeof texts)['nb']

const statusOf: Record<Reason, number> = {
  forbidden: 403,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'invalid-json': 400,
  body: 400,
  email: 422,
}

/** Payload's own error shape, as the admin reads it: a message, and for a field its path. */
function refusal(req: PayloadRequest, reason: Reason): Response {
  const message = (req.i18n?.language === 'en' ? texts.en : texts.nb)[reason]
  return adminRefusal(statusOf[reason], message, reason === 'email' ? { errors: [{ path: 'email', message }] } : undefined)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/**
 * POST `{ email }` on the registrations collection (`/api/registrations/erase-person`): an erasure on
 * request (GDPR art. 17). Editors only. Cancels the places the person still holds on sessions not yet
 * ended (the seat engine's own writes, outside the transaction, as a cancel link's), then anonymises every
 * registration and service request with that address and the jobs that carry it, in one transaction, and
 * answers the receipt: which rows, which fields, which places were given up, when. Nothing is written for
 * a refused request.
 */
export function erasePersonEndpoint(context: CatalogContext): Endpoint {
  return {
    path: erasePersonPath,
    method: 'post',
    handler: async (req) => {
      if (!context.isEditor(req)) return refusal(req, 'forbidden')
      const body = await readBody(req, context.maxBodyBytes)
      if (!body.ok) return refusal(req, body.code === 'unsupported-media-type' || body.code === 'payload-too-large' ? body.code : 'invalid-json')
      if (!isPlainObject(body.value) || Object.keys(body.value).some((key) => key !== 'email')) return refusal(req, 'body')
      const email = runRule(emailField, body.value.email, 'email')
      if (!email.ok) return refusal(req, 'email')

      const placesGivenUp = await givePlacesUp(req, context, email.value, context.clock())
      const ownTransaction = await initTransaction(req)
      try {
        const receipt = { ...(await erasePerson(req, context, email.value, context.clock())), placesGivenUp }
        if (ownTransaction) await commitTransaction(req)
        return Response.json({ receipt }, { headers: { 'Cache-Control': 'no-store' } })
      } catch (error) {
        if (ownTransaction) await killTransaction(req)
        throw error
      }
    },
  }
}
