import { describe, expect, it } from 'vitest'
import { formatOrganisationNumber, isOrganisationNumber } from '../src/index.js'

describe('isOrganisationNumber', () => {
  it('takes nine digits with a right check digit, spaced as people write them or not', () => {
    // Oslo kommune's and the Brønnøysund Register Centre's own numbers.
    for (const number of ['958935420', '958 935 420', '974760673']) expect(isOrganisationNumber(number), number).toBe(true)
  })

  it('refuses a mistyped digit, a wrong length and anything but digits', () => {
    for (const number of ['958935421', '958935402', '95893542', '9589354200', '95893542O', '', '958-935-420', '000000001'])
      expect(isOrganisationNumber(number), number).toBe(false)
  })
})

describe('formatOrganisationNumber', () => {
  it('spaces nine digits in threes, however they were typed', () => {
    expect(formatOrganisationNumber('958935420')).toBe('958 935 420')
    expect(formatOrganisationNumber(' 958 93 5420')).toBe('958 935 420')
  })

  it('leaves anything but nine digits as it was', () => {
    for (const value of ['95893542', '9589354200', 'ukjent']) expect(formatOrganisationNumber(value)).toBe(value)
  })
})
