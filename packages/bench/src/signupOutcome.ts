import type { MailSink } from '@kurskatalog/test-support'
import type { AdminApi } from './adminApi.js'

/** What a burst of sign-ups left behind: its session's registrations in the database, and the emails in the sink. */
export interface SignupOutcome {
  inDatabase: { confirmed: number; waitlisted: number; total: number }
  emails: number
}

/** Polls the SMTP sink until its count has not moved for a second (the sink parses mail after accepting it). */
async function settledMailCount(sink: MailSink): Promise<number> {
  let last = -1
  for (let tries = 0; tries < 30; tries++) {
    const count = (await sink.messages()).length
    if (count === last) return count
    last = count
    await new Promise((wait) => setTimeout(wait, 1000))
  }
  return last
}

/** Counted after the burst; the sink is expected to have been cleared just before it. */
export async function signupOutcome(admin: AdminApi, sessionId: string, mail: MailSink): Promise<SignupOutcome> {
  const countOf = async (status?: string) =>
    (
      await admin.get<{ totalDocs: number }>(
        `/api/registrations?depth=0&limit=1&where[session][equals]=${sessionId}${status ? `&where[status][equals]=${status}` : ''}`,
      )
    ).totalDocs
  const inDatabase = { confirmed: await countOf('confirmed'), waitlisted: await countOf('waitlisted'), total: await countOf() }
  return { inDatabase, emails: await settledMailCount(mail) }
}
