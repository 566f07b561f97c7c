import { describe, expect, it } from 'vitest'
import { reminderEmail } from '../../src/email/reminderEmail.js'
import type { RegistrationDoc } from '../../src/seats/registrationDoc.js'
import type { SessionFacts } from '../../src/seats/sessionFacts.js'
import { catalogTasks } from '../../src/jobs/index.js'
import { remindersTaskSlug } from '../../src/jobs/remindersTask.js'
import { resolveOptions } from '../../src/resolveOptions.js'

const mailer = { payload: { config: { routes: { api: '/api' } } } as never, baseUrl: 'https://kurs.example.org' }
const session: SessionFacts = {
  id: 7,
  capacity: 10,
  status: 'open',
  waitlistEnabled: true,
  signupDeadline: null,
  startsAt: '2027-05-12T08:00:00.000Z',
  endsAt: '2027-05-12T11:00:00.000Z',
  language: 'nb',
  needsApproval: false,
  managerApproval: false,
  offering: { kind: 'course', title: 'Tillit <i>og</i> ledelse', slug: 'tillit', published: true, questions: [], certificate: false },
  meetings: [{ id: 'm1', startsAt: '2027-05-12T08:00:00.000Z', endsAt: '2027-05-12T11:00:00.000Z', placeName: 'UKE', address: null, onlineUrl: null }],
}
const registration: RegistrationDoc = {
  id: 3,
  session: 7,
  name: 'Kari <b>Nordmann</b>',
  email: 'kari@oslo.kommune.no',
  agency: 'Bydel Alna',
  status: 'confirmed',
  locale: 'nb',
  cancelToken: 'tok_123',
  createdAt: '2027-01-01T00:00:00.000Z',
}

describe('the reminder email', () => {
  it("goes to the participant with their cancel link, names and titles escaped in HTML", () => {
    const email = reminderEmail(mailer, { session, index: 0, moved: false }, registration)
    expect(email).toMatchObject({ kind: 'reminder', to: 'kari@oslo.kommune.no', locale: 'nb', registration: 3 })
    expect(email.email.text).toContain('https://kurs.example.org/api/catalog/v1/cancel?token=tok_123')
    expect(email.email.html).toContain('Kari &lt;b&gt;Nordmann&lt;/b&gt;')
    expect(email.email.html).not.toContain('<i>og</i>')
    expect(email.attachments.map((file) => file.filename)).toEqual(['kurs.ics'])
  })

  it('can go as a copy to one more address (a leader): says whose it is, and carries no cancel link', () => {
    const copy = reminderEmail(mailer, { session, index: 0, moved: false }, registration, { to: 'copy', email: 'leder@oslo.kommune.no' })
    expect(copy.to).toBe('leder@oslo.kommune.no')
    expect(copy.email.text.startsWith('Hei,\n')).toBe(true)
    expect(copy.email.text).toContain('Du får denne kopien av påminnelsen til Kari <b>Nordmann</b> fordi du er oppgitt som leder.')
    expect(copy.email.text).not.toContain('tok_123')
  })

  it('refuses a meeting the session does not have', () => {
    expect(() => reminderEmail(mailer, { session, index: 1, moved: false }, registration)).toThrow(/no meeting 2/)
  })
})

describe('the reminders option', () => {
  it('defaults to 2 days before, every 5 minutes, scheduled on the plugin queue', () => {
    const context = resolveOptions({})
    expect(context.reminders).toEqual({ daysBefore: 2, cron: '0 */5 * * * *' })
    const task = catalogTasks(context).find((entry) => entry.slug === remindersTaskSlug)
    expect(task?.schedule).toMatchObject([{ cron: '0 */5 * * * *', queue: 'kurskatalog' }])
  })

  it('keeps the task defined but unscheduled when off', () => {
    const task = catalogTasks(resolveOptions({ reminders: false })).find((entry) => entry.slug === remindersTaskSlug)
    expect(task).toBeDefined()
    expect(task?.schedule).toBeUndefined()
  })

  it.each([-1, 61, 1.5, Number.NaN, '2' as unknown as number])('refuses %s days', (days) => {
    expect(() => resolveOptions({ reminders: { daysBefore: days } })).toThrow(/reminders.daysBefore/)
  })
})
