import { reminderDaysField, runRule } from '@kurskatalog/contract'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { reminderDaysRefusal } from '../validateReminderDays.js'

/**
 * Checks a session's "days before" as it was sent. Payload reads a number field sent as text with
 * parseFloat before any validation runs, so "2<script>" would be stored as 2, and it refuses an array
 * with a message of its own; the contract's rule takes digits only, and anything else is refused here
 * with Payload's own validation error and the field's message.
 */
export const refuseReminderDaysAsSent: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const sent = data?.reminderDays
  // Numbers and null go on to the field's own validation; anything else is judged as sent.
  if (sent === undefined || sent === null || typeof sent === 'number' || runRule(reminderDaysField, sent).ok) return args
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'reminderDays', message: reminderDaysRefusal(req) }], req })
}
