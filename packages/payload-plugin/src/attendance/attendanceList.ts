import type { RegistrationStatus } from '@kurskatalog/contract'

/**
 * Who is on a gathering's attendance list: those with a place — confirmed, and those the attendance has
 * already turned (or an editor has set) to attended or no-show. Not the waiting list, a place pending
 * approval or the cancelled.
 */
export const attendanceListStatuses: readonly RegistrationStatus[] = ['confirmed', 'attended', 'no-show']

const onList = new Set<unknown>(attendanceListStatuses)

export const isOnAttendanceList = (status: unknown): boolean => onList.has(status)
