import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'
import { locales, type Locale } from './locale.js'
import { emailField, idempotencyKeyField, matches, oneOf, textField } from './text.js'
import { runSchema, type Validation } from './validation.js'

export const serviceRequestLimits = {
  contactName: 120,
  agency: 160,
  phone: 40,
  wishedDates: 500,
  description: 4000,
  groupSizeMax: 2000,
} as const

/** An agency's order of a facilitator service. `website` is the honeypot. */
export interface ServiceRequestInput {
  contactName: string
  email: string
  phone?: string
  agency: string
  wishedDates: string
  groupSize: number
  description: string
  locale?: Locale
  idempotencyKey: string
  website?: string
}

export const serviceRequestSchema = v.object({
  contactName: textField({ max: serviceRequestLimits.contactName, required: true }),
  email: emailField,
  phone: v.pipe(
    textField({ max: serviceRequestLimits.phone, required: false }),
    matches(/^[0-9+()\s-]*$/, 'invalid-characters'),
  ),
  agency: textField({ max: serviceRequestLimits.agency, required: true }),
  wishedDates: textField({ max: serviceRequestLimits.wishedDates, required: true, multiline: true }),
  // A number, or digits typed into a text field (Number ignores the white space around them, as trim does).
  groupSize: v.pipe(
    v.custom<number | string>(
      (size) => (typeof size === 'number' ? !Number.isNaN(size) : typeof size === 'string' && /^\d{1,6}$/.test(size.trim())),
      'invalid-type' satisfies FieldErrorCode,
    ),
    v.transform(Number),
    v.check((size: number) => Number.isInteger(size), 'invalid-type' satisfies FieldErrorCode),
    v.check((size) => size >= 1 && size <= serviceRequestLimits.groupSizeMax, 'out-of-range' satisfies FieldErrorCode),
  ),
  description: textField({ max: serviceRequestLimits.description, required: true, multiline: true }),
  locale: v.optional(oneOf(locales, 'invalid-choice'), 'nb'),
  idempotencyKey: idempotencyKeyField,
})

export type ValidServiceRequest = v.InferOutput<typeof serviceRequestSchema>

export function validateServiceRequest(input: unknown): Validation<ValidServiceRequest> {
  return runSchema(serviceRequestSchema, input)
}

export const serviceRequestStatuses = ['new', 'in-dialogue', 'confirmed', 'declined', 'delivered'] as const
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number]

export interface ServiceRequestResult {
  status: 'new'
  serviceTitle: string
  email: string
}
