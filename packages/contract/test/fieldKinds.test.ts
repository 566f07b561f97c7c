import { describe, expect, it } from 'vitest'
import { validateServiceRequest, validateSignup, type SignupQuestion } from '../src/index.js'

// Each rule belongs to a kind of field and holds for every field of that kind, in both forms.

const questions: SignupQuestion[] = [
  { id: 'text', label: 'Hva vil du lære?', type: 'text', required: false, options: [] },
  { id: 'choice', label: 'Kost', type: 'choice', required: false, options: ['Vanlig', 'Van\u2028lig'] },
  { id: 'textarea', label: 'Noe mer?', type: 'textarea', required: false, options: [] },
]
const signup = { name: 'Kari', email: 'kari@oslo.kommune.no', agency: 'Bydel Frogner', role: 'Leder', idempotencyKey: 'abcdefgh-1234' }
const order = {
  contactName: 'Ola',
  email: 'ola@oslo.kommune.no',
  phone: '22 00 00 00',
  agency: 'Bydel Alna',
  wishedDates: 'Uke 12',
  groupSize: 12,
  description: 'Open Space',
  idempotencyKey: 'order-12345678',
}

/** The code `value` gets in `field` (an `answers.<id>` too), or 'ok'. */
function verdict(field: string, value: string): string {
  const [form, key] = field.split(':') as ['signup' | 'order', string]
  const result =
    form === 'order'
      ? validateServiceRequest({ ...order, [key]: value })
      : key.startsWith('answers.')
        ? validateSignup({ ...signup, answers: { [key.slice(8)]: value } }, questions)
        : validateSignup({ ...signup, [key]: value }, questions)
  return result.ok ? 'ok' : (result.fields[key] ?? JSON.stringify(result.fields))
}

const singleLine = ['signup:name', 'signup:agency', 'signup:role', 'signup:answers.text', 'order:contactName', 'order:agency', 'order:phone']
const multiLine = ['signup:answers.textarea', 'order:wishedDates', 'order:description']

describe('every single-line field', () => {
  it.each(singleLine)('%s refuses the line and paragraph separators U+2028 and U+2029', (field) => {
    expect(verdict(field, '22\u202800')).toBe('invalid-characters')
    expect(verdict(field, '22\u202900')).toBe('invalid-characters')
  })

  it('refuses them in a choice too, even one an editor typed among the options', () => {
    expect(verdict('signup:answers.choice', 'Van\u2028lig')).toBe('invalid-characters')
  })
})

describe('every multi-line field', () => {
  it.each(multiLine)('%s keeps its line breaks, U+2028 and U+2029 among them, and still refuses other controls', (field) => {
    expect(verdict(field, 'Uke 12\nUke 13\r\n\tUke 14\u2028Uke 15\u2029')).toBe('ok')
    expect(verdict(field, 'Uke 12\u000BUke 13')).toBe('invalid-characters')
  })
})

describe('every text field', () => {
  it.each([...singleLine, ...multiLine])('%s refuses a lone surrogate, high or low, and takes a whole pair', (field) => {
    expect(verdict(field, '22\uD80000')).toBe('invalid-characters')
    expect(verdict(field, '22\uDC0000')).toBe('invalid-characters')
    expect(verdict(field, '\uDFFF22')).toBe('invalid-characters')
    expect(verdict(field, '22\uDBFF')).toBe('invalid-characters')
    // A phone number takes digits only; every other text field takes the whole character.
    if (field !== 'order:phone') expect(verdict(field, 'Hei \uD83D\uDE00')).toBe('ok')
  })
})

describe('every email field', () => {
  it.each(['signup:email', 'order:email'])('%s takes a local part of 64 characters and refuses 65 (RFC 5321)', (field) => {
    expect(verdict(field, `${'a'.repeat(64)}@oslo.kommune.no`)).toBe('ok')
    expect(verdict(field, `${'a'.repeat(65)}@oslo.kommune.no`)).toBe('invalid-email')
    expect(verdict(field, `${'a'.repeat(30)}.${'b'.repeat(34)}@oslo.kommune.no`)).toBe('invalid-email')
  })
})

describe('every URL field (the page a sign-up came from)', () => {
  const field = 'signup:sourceUrl'

  it('takes an absolute http or https address, and none at all', () => {
    expect(verdict(field, 'https://bydel.oslo.kommune.no/kurs/ledelse?utm=x#top')).toBe('ok')
    expect(verdict(field, 'http://localhost:4000/')).toBe('ok')
    expect(verdict(field, 'HTTPS://BYDEL.NO/%C3%A6')).toBe('ok')
    expect(validateSignup({ ...signup, sourceUrl: '' }, questions)).toMatchObject({ ok: true })
    expect(validateSignup({ ...signup, sourceUrl: null }, questions)).toMatchObject({ ok: true })
  })

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: dressed as a path', 'javascript://bydel.no/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', '/kurs/ledelse'],
    ['a scheme-relative address', '//evil.example.com/x'],
    ['no host', 'https:///kurs'],
    ['an empty host before a query', 'https://?x'],
    ['file:', 'file:///etc/passwd'],
    ['CR/LF', 'https://bydel.no/kurs\r\nSet-Cookie: x=1'],
    ['a lone LF', 'https://bydel.no/\n'],
    ['NUL', 'https://bydel.no/\u0000'],
    ['a space', 'https://bydel.no/ kurs'],
    ['a tab', 'https://bydel.no/\tkurs'],
    ['U+2028', 'https://bydel.no/\u2028'],
    ['a bidi override', 'https://bydel.no/\u202Egpj.exe'],
    ['a lone surrogate', 'https://bydel.no/\uD800'],
    ['spaces around it', ' https://bydel.no/ '],
  ])('refuses %s', (_, value) => {
    expect(verdict(field, value)).toBe('invalid-url')
  })

  it('refuses more than 2000 characters and anything that is not a string', () => {
    expect(verdict(field, `https://bydel.no/${'a'.repeat(1983)}`)).toBe('ok')
    expect(verdict(field, `https://bydel.no/${'a'.repeat(1984)}`)).toBe('too-long')
    expect(validateSignup({ ...signup, sourceUrl: ['https://bydel.no/'] }, questions)).toEqual({ ok: false, fields: { sourceUrl: 'invalid-type' } })
  })
})
