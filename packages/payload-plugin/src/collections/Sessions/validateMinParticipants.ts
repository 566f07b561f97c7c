import { minParticipantsField, runRule } from '@kurskatalog/contract'
import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'
import { inAdminLanguage } from '../../labels.js'

/** Why a session's minimum number of participants was refused, in the editor's admin language. */
export const minParticipantsRefusal = (req: Partial<PayloadRequest>): string =>
  inAdminLanguage(req as Pick<PayloadRequest, 'i18n'>, 'Skriv et helt antall fra 1 til antall plasser, eller la feltet stå tomt.', 'Enter a whole number from 1 to the number of seats, or leave the field empty.')

/** A session's minimum number of participants: the contract's rule, bounded by the seats given beside it. */
export const validateMinParticipants: NumberFieldSingleValidation = (value, { req, siblingData }) =>
  runRule(minParticipantsField(Number((siblingData as { capacity?: unknown } | undefined)?.capacity)), value).ok || minParticipantsRefusal(req)
