import { completionMinimumField, runRule } from '@kurskatalog/contract'
import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'
import { inAdminLanguage } from '../../labels.js'

/**
 * Why a session's completion rule was refused, in the editor's admin language: with the session's own number
 * of meetings when it is known (the save has them), without it when the rule was refused as sent.
 */
export const completionMinimumRefusal = (req: Partial<PayloadRequest>, meetings?: number): string => {
  const [upToNb, upToEn] = meetings === undefined ? ['antallet gjennomføringen har', 'the number the session has'] : [`${meetings} (gjennomføringens samlinger)`, `${meetings} (the session's meetings)`]
  return inAdminLanguage(
    req as Pick<PayloadRequest, 'i18n'>,
    `Skriv et helt antall samlinger fra 1 til ${upToNb}, eller la feltet stå tomt for alle.`,
    `Enter a whole number of meetings from 1 to ${upToEn}, or leave the field empty for all of them.`,
  )
}

/** A session's completion rule: the contract's, against the meetings the session has as it is saved. */
export const validateCompletionMinimum: NumberFieldSingleValidation = (value, { data, req }) => {
  const meetings = Array.isArray((data as { meetings?: unknown })?.meetings) ? (data as { meetings: unknown[] }).meetings.length : 0
  return runRule(completionMinimumField(meetings), value).ok || completionMinimumRefusal(req, meetings)
}
