import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'
import { locales, type Locale } from './locale.js'
import { emailField, idempotencyKeyField, textField } from './text.js'
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
    v.regex(/^[0-9+()\s-]*$/, 'invalid-characters' satisfies FieldErrorCode),
  ),
  agency: textField({ max: serviceRequestLimits.agency, required: true }),
  wishedDates: textField({ max: serviceRequestLimits.wishedDates, required: true, multiline: true }),
  groupSize: v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.trim(), v.regex(/^\d{1,6}$/), v.transform(Number))], 'invalid-type' satisfies FieldErrorCode),
    v.integer('invalid-type' satisfies FieldErrorCode),
    v.minValue(1, 'out-of-range' satisfies FieldErrorCode),
    v.maxValue(serviceRequestLimits.groupSizeMax, 'out-of-range' satisfies FieldErrorCode),
  ),
  description: textField({ max: serviceRequestLimits.description, required: true, multiline: true }),
  locale: v.optional(v.picklist(locales, 'invalid-choice' satisfies FieldErrorCode), 'nb'),
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
