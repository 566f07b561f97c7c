/**
 * `KK_CLOCK_START`: an instant (ISO 8601 with its offset, e.g. `2027-03-26T09:00:00+01:00`) the
 * catalogue's clock starts from; it runs forward in real time from the moment the app starts. For
 * tests and rehearsals only (reminders before a clock change, an approval hold running out): the
 * catalogue then acts as if it were that day. Unset, the catalogue uses the real time. Anything
 * that is not such an instant stops the start, since a clock silently off by hours would send reminders at the wrong time.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  const value = env.KK_CLOCK_START?.trim()
  if (!value) return undefined
  const start = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN
  if (!Number.isFinite(start)) {
    throw new Error(`KK_CLOCK_START must be an instant with its offset, e.g. 2027-03-26T09:00:00+01:00 (got ${JSON.stringify(value)})`)
  }
  const offset = start - Date.now()
  return () => new Date(Date.now() + offset)
}
