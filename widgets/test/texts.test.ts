import { errorMessages, locales } from '@kurskatalog/contract'
import { expect } from '@open-wc/testing'
import { courseListTexts } from '../src/components/course-list/course-list.texts.js'
import { courseTexts } from '../src/components/course/course.texts.js'
import { formTexts } from '../src/shared/form.texts.js'
import { commonTexts, translate, type Translations } from '../src/shared/translations.js'

const tables: Record<string, Translations<object>> = { commonTexts, courseListTexts, courseTexts, formTexts }

describe('translations', () => {
  for (const [name, table] of Object.entries(tables)) {
    for (const locale of locales) {
      it(`${name} has every text in ${locale} (through its own table or an identical bokmål one)`, () => {
        const texts = translate(table, locale) as Record<string, unknown>
        for (const key of Object.keys(table.nb)) expect(texts[key], key).to.not.equal(undefined)
      })
    }
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
