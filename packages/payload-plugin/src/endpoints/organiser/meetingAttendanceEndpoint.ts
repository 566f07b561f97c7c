import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'
import { meetingAttendanceAnswer } from './meetingAttendanceAnswer.js'
import { openMeetingRequest } from './openMeetingRequest.js'

/** One gathering's attendance, relative to the sessions collection: `/api/sessions/:id/meetings/:meetingId/attendance`. */
export const meetingAttendancePath = '/:id/meetings/:meetingId/attendance'

/** GET: who is on the gathering's attendance list and how each is marked. Editors only. */
export function meetingAttendanceEndpoint(context: CatalogContext): Endpoint {
  return {
    path: meetingAttendancePath,
    method: 'get',
    handler: async (req) => {
      const opened = await openMeetingRequest(req, context)
      return opened.ok ? meetingAttendanceAnswer(opened) : opened.response
    },
  }
}
