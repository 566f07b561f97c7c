import { editorMessageShape, replySteps, type ReplyStep } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { serviceRequestReplyEmail } from '../../email/editorMessageEmails.js'
import { emailPreview } from '../../messages/emailPreview.js'
import { readMessage } from '../../messages/readMessage.js'
import { requesterOf, requestLocale, serviceTitleOf, stepMessageDraft } from '../../messages/serviceRequestReply.js'
import type { CatalogContext } from '../../types.js'
import { openServiceRequest } from './openServiceRequest.js'

export const stepMessagePath = '/:id/step-message'
export const stepMessagePreviewPath = '/:id/step-message/preview'

const noStore = { headers: { 'Cache-Control': 'no-store' } }
const isStep = (value: string): value is ReplyStep => (replySteps as readonly string[]).includes(value)

/**
 * GET on the service requests collection (`/api/service-requests/:id/step-message?status=confirmed`): the text a
 * message to the requester for that step starts from, in the request's language, for the editor to change.
 * Editors only.
 */
export function stepMessageDraftEndpoint(context: CatalogContext): Endpoint {
  return {
    path: stepMessagePath,
    method: 'get',
    handler: async (req) => {
      const opened = await openServiceRequest(req, context, { status: isStep })
      if (!opened.ok) return opened.response
      const { request, query } = opened
      const step = query.get('status')
      const locale = requestLocale(request)
      const draft = step && isStep(step) ? stepMessageDraft(step, locale, await serviceTitleOf(req, context, request)) : null
      return Response.json({ locale, to: request.email, draft }, noStore)
    },
  }
}

/**
 * POST `{ subject, body }` (`/api/service-requests/:id/step-message/preview`): the email exactly as the requester
 * would get it if the request were saved with this message. Editors only; writes nothing.
 */
export function stepMessagePreviewEndpoint(context: CatalogContext): Endpoint {
  return {
    path: stepMessagePreviewPath,
    method: 'post',
    handler: async (req) => {
      const opened = await openServiceRequest(req, context, {})
      if (!opened.ok) return opened.response
      const read = await readMessage(req, context, opened.language, editorMessageShape)
      if (!read.ok) return read.response
      const email = serviceRequestReplyEmail(requesterOf(opened.request), await serviceTitleOf(req, context, opened.request), read.value)
      return Response.json({ preview: emailPreview(email) }, noStore)
    },
  }
}
