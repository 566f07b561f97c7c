import { describe, expect, it } from 'vitest'
import { brochureFileName, brochureLabelsEn, brochureLabelsNb, brochureLabelsNn, brochureQueryString, brochureTitle, defaultBrochurePeriod, validateBrochureQuery } from '../src/index.js'

const check = (query: string, today = '2027-01-10') => validateBrochureQuery(new URLSearchParams(query), today)

describe('the brochure’s options', () => {
  it('default to the coming half-year, in bokmål, for every topic and audience', () => {
    expect(check('')).toEqual({ ok: true, value: { from: '2027-01-10', to: '2027-06-30', topic: null, audience: null, language: 'nb' } })
    expect(defaultBrochurePeriod('2027-05-20')).toEqual({ from: '2027-05-20', to: '2027-12-31' })
    expect(defaultBrochurePeriod('2026-12-02')).toEqual({ from: '2026-12-02', to: '2027-06-30' })
    expect(defaultBrochurePeriod('2026-08-01')).toEqual({ from: '2026-08-01', to: '2026-12-31' })
  })

  it('take every known parameter, and name the parameter they refuse', () => {
    expect(check('fra=2027-02-01&til=2027-03-31&tema=ledelse&malgruppe=leaders&sprak=nn')).toEqual({
      ok: true,
      value: { from: '2027-02-01', to: '2027-03-31', topic: 'ledelse', audience: 'leaders', language: 'nn' },
    })
    const refused: [string, Record<string, string>][] = [
      ['fra=2027-02-30', { fra: 'invalid-date' }],
      ['til=i-morgen', { til: 'invalid-date' }],
      ['tema=Ledelse%20og', { tema: 'invalid-characters' }],
      ['malgruppe=sjefer', { malgruppe: 'invalid-choice' }],
      ['sprak=se', { sprak: 'invalid-choice' }],
      ['sprak=nb&sprak=en', { sprak: 'invalid-type' }],
      ['lang=en', { lang: 'unknown-field' }],
      ['fra=2027-03-01&til=2027-02-01', { til: 'out-of-range' }],
      ['fra=2027-02-01&til=2028-09-01', { til: 'out-of-range' }],
      ['til=2026-12-31', { til: 'out-of-range' }],
      ['fra=2029-01-01', { fra: 'out-of-range' }],
      [`tema=${'a'.repeat(101)}`, { tema: 'too-long' }],
    ]
    for (const [query, fields] of refused) expect(check(query), query).toEqual({ ok: false, fields })
  })

  it('make one key of one brochure: a start in the past is today, empty values are absent', () => {
    const a = check('fra=2026-11-01&til=2027-06-30&tema=&sprak=nb')
    const b = check('til=2027-06-30')
    expect(a.ok && b.ok && brochureQueryString(a.value)).toBe(b.ok && brochureQueryString(b.value))
  })

  it('name the period on the cover and in the file name', () => {
    expect(brochureTitle(brochureLabelsNb, '2027-01-10', '2027-06-30')).toBe('Kurs og lederutvikling våren 2027')
    expect(brochureTitle(brochureLabelsNn, '2027-01-10', '2027-12-31')).toBe('Kurs og leiarutvikling våren og hausten 2027')
    expect(brochureTitle(brochureLabelsEn, '2026-12-02', '2027-06-30')).toBe('Courses and leadership development autumn 2026 and spring 2027')
    expect(brochureTitle(brochureLabelsNb, '2026-12-02', '2027-12-31')).toBe('Kurs og lederutvikling høsten 2026 – høsten 2027')
    expect(brochureFileName('2027-01-10', '2027-06-30')).toBe('kurskatalog-2027-var.pdf')
    expect(brochureFileName('2026-12-02', '2027-06-30')).toBe('kurskatalog-2026-host-2027-var.pdf')
    expect(brochureFileName('2027-01-10', '2027-12-31')).toBe('kurskatalog-2027-var-host.pdf')
  })
})
