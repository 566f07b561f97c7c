import { minParticipantsField, runRule } from '@kurskatalog/contract'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { minParticipantsRefusal } from '../validateMinParticipants.js'

/**
 * Checks a session's minimum number of participants as it was sent, as `refuseReminderDaysAsSent` does the
 * days before: Payload would read "2<script>" as 2. Numbers and null go on to the field's own validation,
 * which also holds the minimum to the seats.
 */
export const refuseMinParticipantsAsSent: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const sent = (args as { data?: Record<string, unknown> }).data?.minParticipants
  if (sent === undefined || sent === null || typeof sent === 'number' || runRule(minParticipantsField(Number.POSITIVE_INFINITY), sent).ok) return args
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'minParticipants', message: minParticipantsRefusal(req) }], req })
}
