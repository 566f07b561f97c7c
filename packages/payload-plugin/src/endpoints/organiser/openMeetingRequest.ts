import type { PayloadRequest } from 'payload'
import { adminRefusal } from '../../http/adminRefusal.js'
import type { SessionRoster } from '../../organiser/sessionRoster.js'
import { organiserTexts, type OrganiserLanguage } from '../../organiser/texts.js'
import type { MeetingFacts } from '../../seats/sessionFacts.js'
import type { CatalogContext } from '../../types.js'
import { openOrganiserRequest } from './openOrganiserRequest.js'

export type MeetingRequest =
  | { ok: true; roster: SessionRoster; language: OrganiserLanguage; meeting: MeetingFacts & { id: string }; number: number }
  | { ok: false; response: Response }

/**
 * An organiser request on one gathering of a session (`/api/sessions/:id/meetings/:meetingId/…`): what
 * `openOrganiserRequest` checks (editors only, no query parameters, a session that exists), then a meeting
 * of that session (404 otherwise), with its number in the session's order.
 */
export async function openMeetingRequest(req: PayloadRequest, context: CatalogContext): Promise<MeetingRequest> {
  const opened = await openOrganiserRequest(req, context, {})
  if (!opened.ok) return opened
  const { roster, language } = opened
  const meetingId = String(req.routeParams?.meetingId ?? '')
  const index = roster.session.meetings.findIndex((meeting) => typeof meeting.id === 'string' && meeting.id === meetingId)
  const meeting = roster.session.meetings[index]
  if (!meeting) return { ok: false, response: adminRefusal(404, organiserTexts[language].refusals.meetingNotFound) }
  return { ok: true, roster, language, meeting: { ...meeting, id: meetingId }, number: index + 1 }
}
