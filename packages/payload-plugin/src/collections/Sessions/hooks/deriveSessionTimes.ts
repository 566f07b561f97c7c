import type { CollectionBeforeChangeHook } from 'payload'

interface MeetingTimes {
  startsAt?: string | null
  endsAt?: string | null
}

/** Keeps `startsAt`/`endsAt` as the first start and the last end of the meetings, so sessions sort and filter by date. */
export const deriveSessionTimes: CollectionBeforeChangeHook = ({ data }) => {
  const meetings = (Array.isArray(data.meetings) ? data.meetings : []) as MeetingTimes[]
  const starts = meetings.map((meeting) => meeting.startsAt).filter((value): value is string => Boolean(value)).sort()
  const ends = meetings.map((meeting) => meeting.endsAt).filter((value): value is string => Boolean(value)).sort()
  if (starts.length > 0) data.startsAt = new Date(starts[0] as string).toISOString()
  if (ends.length > 0) data.endsAt = new Date(ends[ends.length - 1] as string).toISOString()
  return data
}
