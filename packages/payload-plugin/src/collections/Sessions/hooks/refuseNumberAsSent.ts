import { runRule, type Rule } from '@kurskatalog/contract'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

/**
 * Checks a number field of a session as it was sent, before Payload reads it. Payload reads a number sent as
 * text with parseFloat before any validation runs, so "2<script>" would be stored as 2, and it refuses an
 * array with a message of its own. A number or null goes on to the field's own validation (which also holds
 * it to the fields beside it); anything else must pass the contract's rule for the field as text, or is
 * refused with Payload's own validation error and the field's message.
 */
export const refuseNumberAsSent =
  (path: string, rule: Rule<unknown>, refusal: (req: PayloadRequest) => string): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const sent = (args as { data?: Record<string, unknown> }).data?.[path]
    if (sent === undefined || sent === null || typeof sent === 'number' || runRule(rule, sent).ok) return args
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message: refusal(req) }], req })
  }
