import { describe, expect, it } from 'vitest'
import { errorMessages, validateOfferingQuery, validateServiceRequest, validateSignup, type SignupQuestion } from '../src/index.js'

// What the rules answer at their edges, as the API has answered since it checked with valibot.

const questions: SignupQuestion[] = [{ id: 'diet', label: 'Allergier', type: 'text', required: false, options: [] }]
const signup = { name: 'Kari', email: 'kari@oslo.kommune.no', agency: 'Bydel Frogner', idempotencyKey: 'abcdefgh-1234' }

describe('the shared rules at their edges', () => {
  it('refuses a body that is not an object as a whole', () => {
    expect(validateSignup('x', questions)).toEqual({ ok: false, fields: { _: 'invalid-type' } })
    expect(validateServiceRequest(null)).toEqual({ ok: false, fields: { _: 'invalid-type' } })
  })

  it('reports every field in the order of the form, the first error of each', () => {
    const result = validateSignup({ name: 42, email: ' ', agency: '\u200B', idempotencyKey: 'short' }, questions)
    expect(result.ok || Object.entries(result.fields)).toEqual([
      ['name', 'invalid-type'],
      ['email', 'required'],
      ['agency', 'required'],
      ['idempotencyKey', 'invalid-characters'],
    ])
  })

  it('fills in what may be left out, and leaves out a missing source page', () => {
    const result = validateSignup(signup, questions)
    expect(result).toEqual({ ok: true, value: { ...signup, role: '', answers: {}, locale: 'nb' } })
    expect(result.ok && 'sourceUrl' in result.value).toBe(false)
  })

  it('refuses answers that are neither text nor a checkbox, each under its own key', () => {
    const result = validateSignup({ ...signup, answers: { diet: null, extra: 5 } }, questions)
    expect(result.ok || result.fields).toEqual({ 'answers.diet': 'invalid-type', 'answers.extra': 'unknown-field' })
    expect(validateSignup({ ...signup, answers: 'none' }, questions)).toEqual({ ok: false, fields: { answers: 'invalid-type' } })
    expect(validateSignup({ ...signup, answers: [] }, questions)).toEqual({ ok: false, fields: { answers: 'invalid-type' } })
  })

  it('refuses prototype-ish answer ids as unknown questions, and never lets them reach an object', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "diet": "Vegetar"}') as Record<string, unknown>
    const result = validateSignup({ ...signup, answers }, questions)
    expect(result.ok || result.fields).toEqual({ 'answers.__proto__': 'unknown-field', 'answers.constructor': 'unknown-field' })
    const clean = validateSignup({ ...signup, answers: { diet: 'Vegetar' } }, questions)
    expect(clean.ok && Object.getPrototypeOf(clean.value.answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('refuses more than 30 answers with a code of their own, not as a text too long', () => {
    const answers = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`q${index}`, 'x']))
    const questions = Object.keys(answers(31)).map((id): SignupQuestion => ({ id, label: id, type: 'text', required: false, options: [] }))
    expect(validateSignup({ ...signup, answers: answers(30) }, questions)).toMatchObject({ ok: true })
    expect(validateSignup({ ...signup, answers: answers(31) }, questions)).toEqual({ ok: false, fields: { answers: 'too-many-answers' } })
    const result = validateSignup({ ...signup, answers: answers(31) }, [])
    expect(result.ok || result.fields['answers']).toBe('too-many-answers')
    expect(errorMessages.nb.fields['too-many-answers']).toMatch(/30/)
  })

  it('wants a group size, as a number or digits', () => {
    const order = { contactName: 'Ola', email: 'ola@oslo.kommune.no', agency: 'Bydel Alna', wishedDates: 'Uke 12', description: 'Open Space', idempotencyKey: 'order-12345678' }
    expect(validateServiceRequest(order)).toEqual({ ok: false, fields: { groupSize: 'invalid-type' } })
    expect(validateServiceRequest({ ...order, groupSize: ' 12 ' })).toMatchObject({ ok: true, value: { groupSize: 12, phone: '', locale: 'nb' } })
    expect(validateServiceRequest({ ...order, groupSize: 2001 })).toEqual({ ok: false, fields: { groupSize: 'out-of-range' } })
  })
})

describe('validateOfferingQuery', () => {
  it('types the filters and fills in the paging', () => {
    expect(validateOfferingQuery(new URLSearchParams('audience=leaders&q=%20ledelse%20&page=2&lang=en'))).toEqual({
      ok: true,
      value: { audience: 'leaders', q: 'ledelse', page: 2, limit: 12 },
    })
  })

  it('refuses a range that ends before it starts, on `to`', () => {
    expect(validateOfferingQuery({ from: '2031-03-01', to: '2031-02-01' })).toEqual({ ok: false, fields: { to: 'out-of-range' } })
    expect(validateOfferingQuery({ from: '2031-02-30', to: '2031-02-01' })).toEqual({ ok: false, fields: { from: 'invalid-date', to: 'out-of-range' } })
  })

  it('compares the range only once every value could be read', () => {
    expect(validateOfferingQuery({ audience: 'bosses', from: '2031-03-01', to: '2031-02-01' })).toEqual({ ok: false, fields: { audience: 'invalid-choice' } })
    expect(validateOfferingQuery({ page: 'two', from: '2031-03-01', to: '2031-02-01' })).toEqual({ ok: false, fields: { page: 'invalid-type' } })
    expect(validateOfferingQuery({ page: '0', from: '2031-03-01', to: '2031-02-01' })).toEqual({ ok: false, fields: { page: 'out-of-range', to: 'out-of-range' } })
  })
})
