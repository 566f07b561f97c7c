import { setTimeout as pause } from 'node:timers/promises'
import { extractText, getDocumentProxy } from 'unpdf'
import { expect } from 'vitest'
import type { Journey } from './context.js'

// pdf.js gives text in runs whose spaces and line breaks vary; compare without them.
const squash = (text: string) => text.replace(/\s+/g, '')

interface Brochure {
  etag: string | null
  disposition: string | null
  text: string
}

/**
 * `/kurs/brosjyre.pdf` as a visitor's browser asks for it. A brochure not made yet may be answered 503 with
 * Retry-After while it is drawn: this waits as long as it says, as a browser's reload would, up to a limit.
 */
async function fetchBrochure(cmsUrl: string, until: (brochure: Brochure) => boolean = () => true): Promise<Brochure> {
  const deadline = Date.now() + 120_000
  for (;;) {
    const answer = await fetch(`${cmsUrl}/kurs/brosjyre.pdf`)
    if (answer.status === 200) {
      expect(answer.headers.get('content-type')).toMatch(/^application\/pdf/)
      const bytes = new Uint8Array(await answer.arrayBuffer())
      const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
      const brochure = { etag: answer.headers.get('etag'), disposition: answer.headers.get('content-disposition'), text }
      if (until(brochure)) return brochure
    } else {
      expect(answer.status, await answer.text()).toBe(503)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    if (Date.now() > deadline) throw new Error('the brochure did not come within two minutes')
    await pause(Math.min(10, Number(answer.headers.get('retry-after')) || 2) * 1000)
  }
}

/**
 * A new user opens the brochure of the demo catalogue: a PDF named for its half-year, with the owner's name on
 * the cover and the published offerings in it. An editor publishes a new summary, and the brochure follows.
 */
export async function brochureFromTheCatalogue({ stack, database }: Journey): Promise<void> {
  const first = await fetchBrochure(stack.urls.cms)
  expect(first.disposition).toMatch(/^inline; filename="kurskatalog-\d{4}-(var|host)(-\d{4}-(var|host))?\.pdf"$/)
  expect(first.etag).toBeTruthy()
  for (const words of ['Kurs og lederutvikling', 'Utviklings- og kompetanseetaten', 'Tillitsbasert ledelse']) {
    expect(squash(first.text), words).toContain(squash(words))
  }

  // An editor publishes a new summary of the programme; the next brochure says it.
  const login = await fetch(`${stack.urls.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: stack.admin.email, password: stack.admin.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const found = await fetch(`${stack.urls.cms}/api/programmes?where[slug][equals]=tillitsbasert-ledelse&depth=0`, { headers: auth })
  const programme = ((await found.json()) as { docs: { id: string | number }[] }).docs[0]!
  const summary = `Nytt i brosjyren (${database}): fire samlinger om tillit i praksis.`
  const saved = await fetch(`${stack.urls.cms}/api/programmes/${programme.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary, _status: 'published' }),
  })
  expect(saved.status, await saved.clone().text()).toBe(200)
  const changed = await fetchBrochure(stack.urls.cms, (brochure) => squash(brochure.text).includes(squash(summary)))
  expect(changed.etag).not.toBe(first.etag)
}
