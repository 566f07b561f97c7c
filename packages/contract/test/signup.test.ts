import { describe, expect, it } from 'vitest'
import { needsLeaderEmail, validateServiceRequest, validateSignup, type SignupQuestion } from '../src/index.js'

const questions: SignupQuestion[] = [
  { id: 'diet', label: 'Allergier', type: 'text', required: false, options: [] },
  { id: 'level', label: 'Nivå', type: 'choice', required: true, options: ['Ny leder', 'Erfaren leder'] },
  { id: 'consent', label: 'Samtykke', type: 'checkbox', required: true, options: [] },
]
const valid = {
  name: '  Kari Nordmann ',
  email: 'Kari.Nordmann@UKE.oslo.kommune.no',
  agency: 'Bydel Frogner',
  idempotencyKey: 'abcdefgh-1234',
  answers: { level: 'Ny leder', consent: true },
}

describe('validateSignup', () => {
  it('accepts a good sign-up and normalises it', () => {
    const result = validateSignup(valid, questions)
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Kari Nordmann', email: 'kari.nordmann@uke.oslo.kommune.no', locale: 'nb', answers: { level: 'Ny leder', consent: true } }),
    })
  })

  it.each([
    [{ ...valid, name: undefined }, 'name', 'required'],
    [{ ...valid, name: '\u200B\u200B' }, 'name', 'required'],
    [{ ...valid, name: 42 }, 'name', 'invalid-type'],
    [{ ...valid, name: 'x'.repeat(121) }, 'name', 'too-long'],
    [{ ...valid, name: 'Kari\u202Eevil' }, 'name', 'invalid-characters'],
    [{ ...valid, name: 'Kari\nNordmann' }, 'name', 'invalid-characters'],
    [{ ...valid, email: 'not-an-email' }, 'email', 'invalid-email'],
    [{ ...valid, email: `${'a'.repeat(250)}@x.no` }, 'email', 'too-long'],
    [{ ...valid, idempotencyKey: '<script>' }, 'idempotencyKey', 'invalid-characters'],
    [{ ...valid, locale: 'de' }, 'locale', 'invalid-choice'],
    [{ ...valid, answers: { level: 'Sjef', consent: true } }, 'answers.level', 'invalid-choice'],
    [{ ...valid, answers: { level: 'Ny leder' } }, 'answers.consent', 'required'],
    [{ ...valid, answers: { level: 'Ny leder', consent: true, extra: 'x' } }, 'answers.extra', 'unknown-field'],
    [{ ...valid, answers: { level: 'Ny leder', consent: 'yes' } }, 'answers.consent', 'invalid-type'],
  ])('refuses bad input %#: %s', (input, field, code) => {
    const result = validateSignup(input, questions)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.fields[field]).toBe(code)
  })

  it('keeps markup as text: validation does not strip or accept-and-alter', () => {
    const result = validateSignup({ ...valid, role: '<img src=x onerror=alert(1)>' }, questions)
    expect(result.ok && result.value.role).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('leaderEmail: the leader who approves, on a course that needs the manager\'s approval', () => {
  const leader = { leaderEmail: true }

  it('is required when the session needs it, and stored as an email is (trimmed, lower-cased)', () => {
    expect(validateSignup(valid, questions, leader)).toEqual({ ok: false, fields: { leaderEmail: 'required' } })
    expect(validateSignup({ ...valid, leaderEmail: '' }, questions, leader)).toEqual({ ok: false, fields: { leaderEmail: 'required' } })
    const result = validateSignup({ ...valid, leaderEmail: ' Leder.Lea@Bfr.Oslo.Kommune.no ' }, questions, leader)
    expect(result.ok && result.value.leaderEmail).toBe('leder.lea@bfr.oslo.kommune.no')
  })

  it.each([
    ['not-an-email', 'invalid-email'],
    [`${'a'.repeat(250)}@x.no`, 'too-long'],
    ['<script>@x.no', 'invalid-email'],
    [['leder@x.no'], 'invalid-type'],
    [42, 'invalid-type'],
  ])('refuses %j with %s, beside the other fields\' errors', (leaderEmail, code) => {
    expect(validateSignup({ ...valid, name: '', leaderEmail }, questions, leader)).toEqual({ ok: false, fields: { name: 'required', leaderEmail: code } })
  })

  it('reports a missing one beside the other fields\' errors', () => {
    expect(validateSignup({ ...valid, name: '' }, questions, leader)).toEqual({ ok: false, fields: { name: 'required', leaderEmail: 'required' } })
  })

  it('is dropped when the session does not need it (never stored), though a malformed one is still refused', () => {
    const result = validateSignup({ ...valid, leaderEmail: 'leder@x.no' }, questions)
    expect(result.ok && 'leaderEmail' in result.value).toBe(false)
    expect(validateSignup({ ...valid, leaderEmail: 'nope' }, questions)).toEqual({ ok: false, fields: { leaderEmail: 'invalid-email' } })
  })

  it('is asked for exactly on a course the manager must approve (a programme by application stays with the editors)', () => {
    expect(needsLeaderEmail({ kind: 'course', managerApproval: true })).toBe(true)
    expect(needsLeaderEmail({ kind: 'course', managerApproval: false })).toBe(false)
    expect(needsLeaderEmail({ kind: 'programme', managerApproval: true })).toBe(false)
    expect(needsLeaderEmail(undefined)).toBe(false)
  })
})

describe('validateServiceRequest', () => {
  const order = {
    contactName: 'Ola Nordmann',
    email: 'ola@bydel.oslo.kommune.no',
    agency: 'Bydel Alna',
    wishedDates: 'Uke 12 eller 13',
    groupSize: '25',
    description: 'Open Space med eldrerådet.',
    idempotencyKey: 'order-12345678',
  }
  it('accepts a string group size and makes it a number', () => {
    const result = validateServiceRequest(order)
    expect(result.ok && result.value.groupSize).toBe(25)
  })
  it.each([
    [{ ...order, groupSize: 0 }, 'groupSize', 'out-of-range'],
    [{ ...order, groupSize: 2.5 }, 'groupSize', 'invalid-type'],
    [{ ...order, groupSize: 'many' }, 'groupSize', 'invalid-type'],
    [{ ...order, phone: 'call me' }, 'phone', 'invalid-characters'],
    [{ ...order, description: 'x'.repeat(4001) }, 'description', 'too-long'],
  ])('refuses bad order %#', (input, field, code) => {
    const result = validateServiceRequest(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.fields[field]).toBe(code)
  })
})
