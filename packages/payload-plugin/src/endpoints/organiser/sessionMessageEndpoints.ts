import { sessionMessageSendShape, sessionMessageShape, type SessionMessageSend } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { idKey, type DocId } from '../../catalog/docs.js'
import { inTransaction } from '../../database/transaction.js'
import { sessionMessageEmail } from '../../email/editorMessageEmails.js'
import { mailerFor } from '../../email/mailer.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { abandonedClaim, earlierMessage, messageThatWon, releaseAbandonedClaim, type EditorMessageDoc } from '../../messages/earlierMessage.js'
import { emailPreview } from '../../messages/emailPreview.js'
import { readMessage } from '../../messages/readMessage.js'
import { queueMessageEmails, recordEditorMessage, sentByOf } from '../../messages/sendEditorMessage.js'
import { loadSessionRecipients } from '../../messages/sessionRecipients.js'
import { messageTexts, type MessageLanguage } from '../../messages/texts.js'
import type { CatalogContext } from '../../types.js'
import { openOrganiserRequest } from './openOrganiserRequest.js'

export const sessionMessagePreviewPath = '/:id/message/preview'
export const sessionMessagePath = '/:id/message'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/**
 * POST `{ audience, subject, body }` on the sessions collection (`/api/sessions/:id/message/preview`): how many
 * the message goes to, and the email exactly as the first of them gets it. Editors only; writes nothing.
 */
export function sessionMessagePreviewEndpoint(context: CatalogContext): Endpoint {
  return {
    path: sessionMessagePreviewPath,
    method: 'post',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, {})
      if (!opened.ok) return opened.response
      const read = await readMessage(req, context, opened.language, sessionMessageShape)
      if (!read.ok) return read.response
      const session = opened.roster.session
      const recipients = await loadSessionRecipients(req, context, session.id, read.value.audience)
      const first = recipients[0]
      const preview = first ? emailPreview(sessionMessageEmail(mailerFor(req, context), session, first, read.value)) : null
      return Response.json({ recipients: recipients.length, preview }, noStore)
    },
  }
}

/**
 * The answer to a send, the same for the submit that sent it and for any repeat of it; while the send that holds
 * the key is still queuing its emails (no recipients yet), 409 saying so.
 */
function sentAnswer(message: EditorMessageDoc, sessionId: string, sent: SessionMessageSend, language: MessageLanguage): Response {
  const keyRefusal = (text: string) => adminRefusal(409, text, { errors: [{ path: 'idempotencyKey', message: text }] })
  if (message.recipients === 0) return keyRefusal(messageTexts[language].refusals.sending)
  const same = idKey(message.session ?? '') === sessionId && message.audience === sent.audience && message.subject === sent.subject && message.body === sent.body
  if (!same) return keyRefusal(messageTexts[language].refusals.keyReused)
  return Response.json({ message: { id: message.id, recipients: message.recipients } }, noStore)
}

/**
 * POST `{ audience, subject, body, idempotencyKey }` on the sessions collection (`/api/sessions/:id/message`):
 * sends the message to everyone in the audience, one email each through the outbox, all in one transaction, and
 * keeps the message (who sent what to how many). The same key again answers the first send and sends nothing.
 * Editors only.
 */
export function sessionMessageEndpoint(context: CatalogContext): Endpoint {
  return {
    path: sessionMessagePath,
    method: 'post',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, {})
      if (!opened.ok) return opened.response
      const { language } = opened
      const read = await readMessage(req, context, language, sessionMessageSendShape)
      if (!read.ok) return read.response
      const message = read.value
      const session = opened.roster.session
      const earlier = await earlierMessage(req, context, message.idempotencyKey)
      // A key claimed by a send that died before it queued its emails is taken back; any other answers as sent.
      if (earlier && abandonedClaim(earlier)) await releaseAbandonedClaim(req, context, earlier)
      else if (earlier) return sentAnswer(earlier.recipients > 0 ? earlier : ((await messageThatWon(req, context, message.idempotencyKey)) ?? earlier), idKey(session.id), message, language)

      const recipients = await loadSessionRecipients(req, context, session.id, message.audience)
      const nobody = messageTexts[language].refusals.nobody
      if (recipients.length === 0) return adminRefusal(422, nobody, { errors: [{ path: 'audience', message: nobody }] })
      const mailer = mailerFor(req, context)
      const emails = recipients.map((registration) => sessionMessageEmail(mailer, session, registration, message))
      const record = { subject: message.subject, body: message.body, session: session.id, audience: message.audience, sentBy: sentByOf(req), idempotencyKey: message.idempotencyKey }
      // The key is claimed first, on its own: a unique insert decides between two submits at once on any database,
      // before either has queued an email. The emails then go in one transaction with the message's count.
      let id: DocId
      try {
        id = await recordEditorMessage(undefined, context, req.payload, record, 0)
      } catch (error) {
        const winner = await messageThatWon(req, context, message.idempotencyKey)
        if (winner) return sentAnswer(winner, idKey(session.id), message, language)
        throw error
      }
      try {
        await inTransaction(req.payload, async (inside) => {
          await queueMessageEmails(inside, context, mailer, id, emails)
          await inside.payload.update({ collection: context.slugs['editor-messages'], id, data: { recipients: emails.length }, depth: 0, overrideAccess: true, req: inside })
        })
      } catch (error) {
        // Nothing was queued: give the key back, so the same form can try again.
        await req.payload.delete({ collection: context.slugs['editor-messages'], id, overrideAccess: true }).catch(() => undefined)
        throw error
      }
      return Response.json({ message: { id, recipients: emails.length } }, noStore)
    },
  }
}
