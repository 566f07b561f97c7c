import { errorMessages, locales } from '@kurskatalog/contract'
import { expect } from '@open-wc/testing'
import { courseListTexts } from '../src/components/course-list/course-list.texts.js'
import { courseTexts } from '../src/components/course/course.texts.js'
import { formTexts } from '../src/shared/form.texts.js'
import { commonTexts, translate, type Translations } from '../src/shared/translations.js'

const tables: Record<string, Translations<object>> = { commonTexts, courseListTexts, courseTexts, formTexts }

describe('translations', () => {
  // Nynorsk lists only the texts that differ from bokmål and relies on the fallback; English must be whole.
  for (const [name, table] of Object.entries(tables)) {
    it(`${name} has every text in English`, () => {
      const missing = Object.keys(table.nb).filter((key) => !(key in table.en))
      expect(missing).to.deep.equal([])
    })
    it(`${name} has no nynorsk or English text that bokmål lacks`, () => {
      const known = new Set(Object.keys(table.nb))
      expect([...Object.keys(table.nn), ...Object.keys(table.en)].filter((key) => !known.has(key))).to.deep.equal([])
    })
  }

  it('falls back to bokmål for a text a language lacks', () => {
    const table: Translations<{ hello: string; bye: string }> = { nb: { hello: 'Hei', bye: 'Ha det' }, nn: {}, en: { hello: 'Hello' } }
    expect(translate(table, 'en')).to.deep.equal({ hello: 'Hello', bye: 'Ha det' })
    expect(translate(table, 'nn')).to.deep.equal({ hello: 'Hei', bye: 'Ha det' })
  })

  for (const locale of locales) {
    it(`field error texts in ${locale} are the contract's`, () => {
      expect(translate(formTexts, locale).fieldErrors).to.deep.equal(errorMessages[locale].fields)
    })
  }
})
