/** The catalogue's time zone: every date and time is set, stored as UTC and shown in Oslo time. */
export const catalogTimeZone = 'Europe/Oslo'
