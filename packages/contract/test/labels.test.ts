import { describe, expect, it } from 'vitest'
import { counted, offeringLabelsEn, offeringLabelsNb, offeringLabelsNn } from '../src/index.js'

describe('seat texts', () => {
  it('say the seats left in the words the widgets and the pages show', () => {
    const seats = offeringLabelsNb.seats
    expect(counted(3, seats.open)).toBe('3 ledige plasser')
    expect(counted(1, seats.open)).toBe('1 ledig plass')
    expect(counted(2, seats['few-left'])).toBe('Bare 2 plasser igjen')
    expect(counted(0, seats.waitlist)).toBe('Fullt – venteliste')
    expect(counted(1, offeringLabelsNn.seats['few-left'])).toBe('Berre 1 plass att')
    expect(counted(1, offeringLabelsEn.seats.open)).toBe('1 seat left')
  })
})
