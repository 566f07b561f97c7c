/** The catalogue's clock is Oslo's: dates and times are shown, filtered and put in calendars as Oslo wall time. */
export const catalogTimeZone = 'Europe/Oslo'
