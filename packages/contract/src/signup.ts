import { locales, type Locale } from './locale.js'
import type { OfferingKind, SignupQuestion } from './offerings.js'
import { emailField, idempotencyKeyField, oneOf, optionalEmailField, textField, urlField } from './text.js'
import { checkObject, refuse, runRule, type FieldErrors, type Rule, type ShapeOutput, type Validation } from './validation.js'

export const signupLimits = {
  name: 120,
  agency: 160,
  role: 120,
  textAnswer: 500,
  textareaAnswer: 2000,
  answers: 30,
} as const

export type Answer = string | boolean

/** What a person sends to take a seat. `website` is the honeypot: people leave it empty. */
export interface SignupRequest {
  name: string
  email: string
  agency: string
  role?: string
  /** The leader's work email, who approves the sign-up: required when the course needs the manager's approval (see `needsLeaderEmail`). */
  leaderEmail?: string
  answers?: Record<string, Answer>
  locale?: Locale
  idempotencyKey: string
  website?: string
  /** The page the form was on, for the editors' statistics. */
  sourceUrl?: string
}

/**
 * The answers as sent: a string or a boolean for each question id. Which ids fit is validateAnswers' job;
 * it copies only the course's own question ids, so no id sent here (`__proto__` neither) is ever stored.
 */
const answersField: Rule<Record<string, Answer>> = (input) => {
  if (input === undefined) return {}
  if (!input || typeof input !== 'object' || Array.isArray(input)) refuse('invalid-type')
  const answers = input as Record<string, Answer>
  const ids = Object.keys(answers)
  const wrong: FieldErrors = {}
  for (const id of ids) if (typeof answers[id] !== 'string' && typeof answers[id] !== 'boolean') wrong[id] = 'invalid-type'
  if (Object.keys(wrong).length > 0) refuse(wrong)
  if (ids.length > signupLimits.answers) refuse('too-many-answers')
  return answers
}

export const signupShape = {
  name: textField({ max: signupLimits.name, required: true }),
  email: emailField,
  agency: textField({ max: signupLimits.agency, required: true }),
  role: textField({ max: signupLimits.role, required: false }),
  leaderEmail: optionalEmailField,
  answers: answersField,
  locale: oneOf(locales, 'nb'),
  idempotencyKey: idempotencyKeyField,
  sourceUrl: urlField,
}

export type ValidSignup = ShapeOutput<typeof signupShape>

/** Checks the answers to a course's own questions; unknown question ids are refused. */
export function validateAnswers(answers: Record<string, Answer>, questions: SignupQuestion[]): Validation<Record<string, Answer>> {
  const fields: FieldErrors = {}
  const clean: Record<string, Answer> = {}
  const known = new Set(questions.map((question) => question.id))
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) fields[`answers.${id}`] = 'unknown-field'
  }
  for (const question of questions) {
    const key = `answers.${question.id}`
    const answer = answers[question.id]
    if (question.type === 'checkbox') {
      if (answer !== undefined && typeof answer !== 'boolean') fields[key] = 'invalid-type'
      else if (question.required && answer !== true) fields[key] = 'required'
      else clean[question.id] = answer === true
      continue
    }
    const rule = textField({
      max: question.type === 'textarea' ? signupLimits.textareaAnswer : signupLimits.textAnswer,
      required: question.required,
      multiline: question.type === 'textarea',
    })
    const result = runRule(rule, answer)
    if (!result.ok) {
      fields[key] = result.fields['_'] ?? 'invalid-type'
      continue
    }
    if (question.type === 'choice' && result.value !== '' && !question.options.includes(result.value)) {
      fields[key] = 'invalid-choice'
      continue
    }
    if (result.value !== '') clean[question.id] = result.value
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, value: clean }
}

/**
 * Whether a sign-up for this offering's sessions asks for the leader's work email: on a course the manager
 * must approve. A programme by application is decided by the editors, as before.
 */
export const needsLeaderEmail = (offering?: { kind: OfferingKind; managerApproval: boolean }): boolean => offering?.kind === 'course' && offering.managerApproval

/**
 * The whole sign-up check, shared by the API and the form: the fields, the leader's email, the course's
 * questions. `leaderEmail` is required when the session needs it (`needsLeaderEmail`); otherwise it is dropped.
 */
export function validateSignup(input: unknown, questions: SignupQuestion[], needs: { leaderEmail?: boolean } = {}): Validation<ValidSignup> {
  const sent = (input && typeof input === 'object' ? input : {}) as { answers?: unknown; leaderEmail?: unknown }
  const base = checkObject(signupShape, input)
  // Needed: required, by the email field's rule; not needed: the shape's optional check (of the same rule) stands.
  const leader = needs.leaderEmail ? runRule(emailField, sent.leaderEmail, 'leaderEmail') : base
  const answers = validateAnswers(sent.answers && typeof sent.answers === 'object' ? (sent.answers as Record<string, Answer>) : {}, questions)
  if (!base.ok || !leader.ok || !answers.ok) {
    return { ok: false, fields: { ...(base.ok ? {} : base.fields), ...(leader.ok ? {} : leader.fields), ...(answers.ok ? {} : answers.fields) } }
  }
  if (!needs.leaderEmail) delete base.value.leaderEmail
  return { ok: true, value: { ...base.value, answers: answers.value } }
}

export const registrationStatuses = ['confirmed', 'waitlisted', 'pending-approval', 'cancelled', 'attended', 'no-show'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/** The API's answer to a sign-up. A retried submit with the same idempotency key gets the same answer. */
export interface SignupResult {
  status: Extract<RegistrationStatus, 'confirmed' | 'waitlisted' | 'pending-approval'>
  /** 1-based place in the waiting list, when waitlisted. */
  waitlistPosition: number | null
  sessionId: string
  offeringTitle: string
  startsAt: string
  /** Where the confirmation was sent (the address as given). */
  email: string
}

export interface CancelRequest {
  token: string
}

export interface CancelResult {
  status: 'cancelled'
  offeringTitle: string
  startsAt: string
}

/** What a leader can answer to a sign-up that needs their approval. */
export const approvalDecisions = ['approve', 'decline'] as const
export type ApprovalDecision = (typeof approvalDecisions)[number]

/** Why a place ended that was held for a leader's approval; kept on the registration. */
export const approvalCancelReasons = ['declined', 'approval-expired'] as const
export type ApprovalCancelReason = (typeof approvalCancelReasons)[number]

/** What the leader's link posts: the registration's approval token and the decision. */
export interface ApprovalRequest {
  token: string
  decision: ApprovalDecision
}

export interface ApprovalResult {
  status: Extract<RegistrationStatus, 'confirmed' | 'cancelled'>
  offeringTitle: string
  startsAt: string
}

/** The answer to leaving the waiting list (POST `{ token }` to the leave link's route); the same again for a place left before. */
export interface LeaveWaitlistResult {
  status: 'left-waitlist'
  offeringTitle: string
  startsAt: string
}
