import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { stepMessageAsked } from '../../../messages/stepMessageAsked.js'
import { organiserLanguage } from '../../../organiser/texts.js'

/** A save that asks for a message to the requester must carry one the rules allow, or nothing is saved (400, tied to the field). */
export const checkStepMessage: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  const asked = stepMessageAsked(data, originalDoc, operation, organiserLanguage(req))
  if (asked.kind === 'refused') throw new ValidationError({ collection: collection.slug, errors: asked.errors, req })
  return data
}
