import { completionMinimumField, runRule } from '@kurskatalog/contract'
import type { NumberFieldSingleValidation } from 'payload'
import { inAdminLanguage } from '../../labels.js'

/** A session's completion rule: the contract's, against the meetings the session has as it is saved. */
export const validateCompletionMinimum: NumberFieldSingleValidation = (value, { data, req }) => {
  const meetings = Array.isArray((data as { meetings?: unknown })?.meetings) ? (data as { meetings: unknown[] }).meetings.length : 0
  return (
    runRule(completionMinimumField(meetings), value).ok ||
    inAdminLanguage(
      req,
      `Skriv et helt antall samlinger fra 1 til ${meetings} (gjennomføringens samlinger), eller la feltet stå tomt for alle.`,
      `Enter a whole number of meetings from 1 to ${meetings} (the session's meetings), or leave the field empty for all of them.`,
    )
  )
}
