import { describe, expect, it } from 'vitest'
import { spreadsheetText } from '../../src/organiser/spreadsheetText.js'

describe('spreadsheetText', () => {
  it('puts a quote before every formula starter OWASP names: = + - @ tab and carriage return', () => {
    for (const text of ['=1+1', '+47 900 00 000', '-2', '@SUM(A1)', '\tTab', '\rCR', '=HYPERLINK("https://x.example","Klikk")'])
      expect(spreadsheetText(text), JSON.stringify(text)).toBe(`'${text}`)
  })

  it('leaves every other text as it is, a formula starter inside it too', () => {
    for (const text of ['Åse Ødegård', 'Berg, Kari "Kaja"', 'Linje\nBrudd', 'a=b', ' =1', "'=1", '', '0047'])
      expect(spreadsheetText(text), JSON.stringify(text)).toBe(text)
  })
})
