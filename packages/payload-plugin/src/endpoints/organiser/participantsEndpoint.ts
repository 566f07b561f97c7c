import { meetingsToComplete } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { statusLabels } from '../../collections/Registrations/statusLabels.js'
import type { CatalogContext } from '../../types.js'
import { openOrganiserRequest, participantsAsked, statusListRule } from './openOrganiserRequest.js'

export const participantsPath = '/:id/participants'

/**
 * GET on the sessions collection (`/api/sessions/:id/participants?status=…`): the session's counts by
 * status, its seats left, its meetings with the completion rule and how many have completed, and its
 * participants (those of the asked statuses), for the organiser's desk in the admin. Editors only.
 */
export function participantsEndpoint(context: CatalogContext): Endpoint {
  return {
    path: participantsPath,
    method: 'get',
    handler: async (req) => {
      const opened = await openOrganiserRequest(req, context, { status: statusListRule })
      if (!opened.ok) return opened.response
      const { roster, language, query } = opened
      return Response.json(
        {
          session: { id: roster.session.id, title: roster.session.offering.title, capacity: roster.session.capacity, status: roster.session.status },
          counts: roster.counts,
          seatsLeft: roster.seatsLeft,
          // Attendance per gathering: each meeting (for its own screen), the rule, and how many have completed by it.
          meetings: roster.session.meetings.map((meeting, index) => ({ id: meeting.id, number: index + 1, startsAt: meeting.startsAt, endsAt: meeting.endsAt })),
          meetingsToComplete: meetingsToComplete(roster.session.completionMinimum, roster.session.meetings.length),
          attendanceTaken: roster.attendanceTaken,
          completed: roster.completed,
          participants: participantsAsked(roster, query).map((participant) => ({
            id: participant.id,
            name: participant.name,
            email: participant.email,
            agency: participant.agency,
            role: participant.role,
            status: participant.status,
            statusLabel: statusLabels[participant.status]?.[language] ?? participant.status,
            waitlistPosition: participant.waitlistPosition,
            signedUpAt: participant.signedUpAt,
            completed: participant.completed,
          })),
        },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  }
}
