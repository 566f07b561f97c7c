import { locales, type Locale } from './locale.js'
import { emailField, idempotencyKeyField, oneOf, textField } from './text.js'
import { checkObject, refuse, type ShapeOutput, type Validation } from './validation.js'

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

const phoneText = textField({ max: serviceRequestLimits.phone, required: false })

export const serviceRequestShape = {
  contactName: textField({ max: serviceRequestLimits.contactName, required: true }),
  email: emailField,
  phone: (input: unknown): string => {
    const value = phoneText(input)
    if (!/^[0-9+()\s-]*$/.test(value)) refuse('invalid-characters')
    return value
  },
  agency: textField({ max: serviceRequestLimits.agency, required: true }),
  wishedDates: textField({ max: serviceRequestLimits.wishedDates, required: true, multiline: true }),
  // A number, or digits typed into a text field (Number ignores the white space around them, as trim does).
  groupSize: (input: unknown): number => {
    const size = typeof input === 'number' || (typeof input === 'string' && /^\d{1,6}$/.test(input.trim())) ? Number(input) : NaN
    if (!Number.isInteger(size)) refuse('invalid-type')
    if (size < 1 || size > serviceRequestLimits.groupSizeMax) refuse('out-of-range')
    return size
  },
  description: textField({ max: serviceRequestLimits.description, required: true, multiline: true }),
  locale: oneOf(locales, 'nb'),
  idempotencyKey: idempotencyKeyField,
}

export type ValidServiceRequest = ShapeOutput<typeof serviceRequestShape>

export function validateServiceRequest(input: unknown): Validation<ValidServiceRequest> {
  return checkObject(serviceRequestShape, input)
}

export const serviceRequestStatuses = ['new', 'in-dialogue', 'confirmed', 'declined', 'delivered'] as const
export type ServiceRequestStatus = (typeof serviceRequestStatuses)[number]

export interface ServiceRequestResult {
  status: 'new'
  serviceTitle: string
  email: string
}
