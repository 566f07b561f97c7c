import { expect, fixture, html } from '@open-wc/testing'
import '../src/components/course/kk-course.js'
import nn from '../src/locales/nn.js'
import { commonTexts } from '../src/shared/common.texts.js'
import { localeReady, translate } from '../src/shared/translations.js'
import { text, untilText } from './support/dom.js'
import { pending, stubFetch } from './support/fetch-stub.js'

describe('translations', () => {
  it('loads nynorsk when asked, and falls back to bokmål for what it does not say differently', async () => {
    await new Promise<void>((resolve) => {
      if (localeReady('nn', resolve)) resolve()
    })
    const texts = translate(commonTexts, 'nn')
    expect(texts.loading).to.equal('Lastar …')
    expect('retry' in nn.common).to.equal(false)
    expect(texts.retry).to.equal('Prøv igjen')
  })

  it('renders nothing in bokmål while an English page waits for its texts', async () => {
    const stub = stubFetch(pending)
    try {
      const el = await fixture(html`<kk-course lang="en" slug="x"></kk-course>`)
      expect(text(el)).not.to.contain('Laster')
      await untilText(el, 'Loading')
    } finally {
      stub.restore()
    }
  })
})
