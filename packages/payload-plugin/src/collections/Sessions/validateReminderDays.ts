import { reminderDaysField, reminderLimits, runRule } from '@kurskatalog/contract'
import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'

const texts = {
  nb: `Skriv et helt antall dager fra 0 til ${reminderLimits.maxDaysBefore} (0: ingen påminnelse), eller la feltet stå tomt.`,
  en: `Enter a whole number of days from 0 to ${reminderLimits.maxDaysBefore} (0: no reminder), or leave the field empty.`,
}

/** Why a session's "days before" was refused, in the editor's admin language. */
export const reminderDaysRefusal = (req: Partial<PayloadRequest>): string => (req.i18n?.language === 'en' ? texts.en : texts.nb)

/** A session's own "days before" for its reminders: the contract's rule. */
export const validateReminderDays: NumberFieldSingleValidation = (value, { req }) => runRule(reminderDaysField, value).ok || reminderDaysRefusal(req)
