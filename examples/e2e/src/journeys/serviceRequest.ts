import { expect } from 'vitest'
import { logInToAdmin, openCollection } from '../admin.js'
import { desktop, withContext } from '../chromium.js'
import { mailTo } from '../mail.js'
import { person } from '../people.js'
import type { Journey } from './context.js'

/** A unit leader orders an Open Space from the district's page; the editors find it in the admin as new ("Ny"). */
export async function serviceRequest({ browser, stack, database }: Journey): Promise<void> {
  const contact = person('Nora Berg', 'bestilling', database)
  const unit = `Bydel Gamle Oslo, frivillighetssentralen (${database})`

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(`${stack.urls.agencySite}/open-space`)
    const order = page.locator('kk-service-request')
    await order.getByRole('heading', { name: /^Bestill Open Space/ }).waitFor()
    await order.getByLabel('Kontaktperson').fill(contact.name)
    await order.getByLabel('E-post på jobb').fill(contact.email)
    await order.getByLabel(/^Telefon/).fill('21 80 21 80')
    await order.getByLabel('Virksomhet', { exact: true }).fill(unit)
    await order.getByLabel('Ønsket tidspunkt').fill('Uke 12 eller 14, helst formiddag')
    await order.getByLabel('Antall deltakere').fill('35')
    await order.getByLabel('Hva ønsker dere hjelp til?').fill('Et åpent møte med eldrerådet og brukerrådet om nye aktivitetstilbud.')
    await order.getByRole('button', { name: 'Send bestillingen' }).click()
    await order.getByRole('heading', { name: 'Takk for bestillingen' }).waitFor()
  })

  await mailTo(stack.mailSink, contact.email, 'Vi har mottatt bestillingen din')

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await logInToAdmin(page, stack)
    await openCollection(page, stack, 'service-requests', 'Bestillinger')
    const row = page.getByRole('row').filter({ hasText: unit })
    await row.waitFor()
    const text = (await row.textContent()) ?? ''
    expect(text).toContain(contact.name)
    expect(text).toContain('Ny')
  })
}
