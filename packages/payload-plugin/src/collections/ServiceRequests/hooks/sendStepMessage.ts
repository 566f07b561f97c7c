import type { CollectionAfterChangeHook } from 'payload'
import { serviceRequestReplyEmail } from '../../../email/editorMessageEmails.js'
import { mailerFor } from '../../../email/mailer.js'
import { sendEditorMessage, sentByOf } from '../../../messages/sendEditorMessage.js'
import { requesterOf, serviceTitleOf, type ServiceRequestDoc } from '../../../messages/serviceRequestReply.js'
import { stepMessageAsked } from '../../../messages/stepMessageAsked.js'
import { organiserLanguage } from '../../../organiser/texts.js'
import type { CatalogContext } from '../../../types.js'

/**
 * An editor who moves a request to a new step with *Send melding* on sends the requester the message they wrote,
 * in the request's language, in the save's own transaction: a save that fails sends nothing. Kept in the log of
 * editors' messages, with the step.
 */
export const sendStepMessage =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ data, doc, previousDoc, operation, req }) => {
    const asked = stepMessageAsked(data, previousDoc, operation, organiserLanguage(req))
    if (asked.kind !== 'send') return doc
    const request = doc as ServiceRequestDoc
    const email = serviceRequestReplyEmail(requesterOf(request), await serviceTitleOf(req, context, request), asked.message)
    const record = { ...asked.message, serviceRequest: request.id, step: asked.step, sentBy: sentByOf(req) }
    await sendEditorMessage(req, context, mailerFor(req, context), record, [email])
    return doc
  }
