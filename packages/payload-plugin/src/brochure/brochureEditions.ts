import { brochureQueryString, type BrochureOptions } from '@kurskatalog/contract'
import { setTimeout as pause } from 'node:timers/promises'
import type { Payload } from 'payload'
import { windowCounterFor } from '../guard/rateLimits/windowCounterFor.js'
import type { CatalogContext } from '../types.js'
import { claimEdition, dropFailedEdition, findEdition, findEditionByKey, newestReadyEdition, type BrochureEdition } from './brochureStore.js'

/** What a caller wants made: an option set under the content stamp it has read, with the origin its addresses point at. */
export interface WantedBrochure {
  options: BrochureOptions
  stamp: string
  origin: string
}

/** How a claimed edition gets made: by a job run at once (a request), or right here (the scheduled refresh). */
export type MakeEdition = (edition: BrochureEdition) => Promise<unknown>

export type EditionAnswer = { edition: BrochureEdition } | { busy: true }

const pollMs = 150

/**
 * How long a failed edition holds its key: requests in that time are told to come back (503), the first one after
 * it removes the failed row and claims a new render. Shorter than the Retry-After the endpoint sends.
 */
export const failedEditionPauseMs = 5_000

const failedLongEnough = (edition: BrochureEdition): boolean => Date.now() - Date.parse(edition.updatedAt ?? edition.createdAt) >= failedEditionPauseMs

/** Renders under way in this process, by edition key: concurrent requests for one brochure share one wait. */
const underWay = new WeakMap<Payload, Map<string, Promise<EditionAnswer>>>()

/**
 * Counts a new render against this minute's allowance, in the database (one atomic increment, so all
 * instances share it): false once `rendersPerMinute` have begun in this minute.
 */
async function mayRender(payload: Payload, context: CatalogContext): Promise<boolean> {
  const minute = Math.floor(Date.now() / 60_000)
  const hits = await windowCounterFor(payload, context.slugs).hit(`brochure-render|${minute}`, new Date((minute + 1) * 60_000))
  return hits <= context.brochure.rendersPerMinute
}

/** The seat window an instant falls in: one brochure per option set and stamp is made again at most once in each. */
const seatWindow = (context: CatalogContext, at: number): number => Math.floor(at / (context.brochure.seatRefreshSeconds * 1000))

const editionKey = (context: CatalogContext, wanted: WantedBrochure, at: number) => `${brochureQueryString(wanted.options)}|${wanted.stamp}|${seatWindow(context, at)}`

/** Whether any seat ledger was written after the edition was made: its printed seats may be out of date. */
async function seatsMovedSince(payload: Payload, context: CatalogContext, edition: BrochureEdition): Promise<boolean> {
  if (!edition.renderedAt) return true
  const moved = await payload.count({ collection: context.slugs['session-seats'], where: { updatedAt: { greater_than: edition.renderedAt } }, overrideAccess: true })
  return moved.totalDocs > 0
}

/** Waits until the edition is no longer being made, or the deadline passes. */
async function settled(payload: Payload, context: CatalogContext, edition: BrochureEdition, deadline: number): Promise<EditionAnswer> {
  let current: BrochureEdition | undefined = edition
  while (current && current.status === 'rendering') {
    if (Date.now() >= deadline) return { busy: true }
    await pause(pollMs)
    current = await findEdition(payload, context, edition.id)
  }
  // Failed (the maker logged why): come back after the pause, when a new render may be claimed.
  if (!current || current.status === 'failed') return { busy: true }
  return { edition: current }
}

/**
 * Has this seat window's edition made, once across instances: the first caller (here or on any instance)
 * inserts its row and makes it; every other caller waits for that row. A row whose render failed is `busy` for
 * `failedEditionPauseMs`; then whoever finds it removes it and claims the key anew, as the first caller. A new render beyond the cap of
 * renders a minute is refused (`busy`), so a stream of odd option sets never keeps the server drawing PDFs;
 * the counter's rows expire with their minute and are swept like the write limits' (`checkRateLimit`).
 */
export async function makeEditionOnce(payload: Payload, context: CatalogContext, wanted: WantedBrochure, make: MakeEdition, deadline: number): Promise<EditionAnswer> {
  const key = editionKey(context, wanted, Date.now())
  const mine = underWay.get(payload) ?? new Map<string, Promise<EditionAnswer>>()
  underWay.set(payload, mine)
  const known = mine.get(key)
  if (known) return known
  const work = (async (): Promise<EditionAnswer> => {
    let existing = await findEditionByKey(payload, context, key)
    if (existing?.status === 'failed') {
      if (!failedLongEnough(existing)) return { busy: true }
      await dropFailedEdition(payload, context, existing)
      existing = undefined
    }
    if (existing) return settled(payload, context, existing, deadline)
    if (!(await mayRender(payload, context))) return { busy: true }
    const options = brochureQueryString(wanted.options)
    const claimed = await claimEdition(payload, context, { edition: key, options, choices: wanted.options, stamp: wanted.stamp, origin: wanted.origin })
    if (!claimed) {
      const other = await findEditionByKey(payload, context, key)
      return other ? settled(payload, context, other, deadline) : { busy: true }
    }
    const made = make(claimed).catch((error: unknown) => payload.logger.error({ err: error, msg: `kurskatalog: could not make brochure ${key}` }))
    await Promise.race([made, pause(Math.max(0, deadline - Date.now()))])
    return settled(payload, context, claimed, deadline)
  })().finally(() => mine.delete(key))
  mine.set(key, work)
  return work
}

/**
 * The brochure to serve for an option set: its newest edition under the current content stamp. One made
 * longer ago than the seat window, with seats moved since, is served while its next edition is made in the
 * background. With none made yet, this waits (at most `waitSeconds`) for the one render that makes it.
 */
export async function editionFor(payload: Payload, context: CatalogContext, wanted: WantedBrochure, make: MakeEdition): Promise<EditionAnswer> {
  const options = brochureQueryString(wanted.options)
  const ready = await newestReadyEdition(payload, context, options, wanted.stamp)
  if (ready) {
    const age = Date.now() - new Date(ready.renderedAt ?? 0).getTime()
    if (age >= context.brochure.seatRefreshSeconds * 1000 && (await seatsMovedSince(payload, context, ready))) {
      void makeEditionOnce(payload, context, wanted, make, Date.now() + context.brochure.waitSeconds * 1000).catch((error: unknown) =>
        payload.logger.error({ err: error, msg: `kurskatalog: could not refresh brochure ${options}` }),
      )
    }
    return { edition: ready }
  }
  return makeEditionOnce(payload, context, wanted, make, Date.now() + context.brochure.waitSeconds * 1000)
}

/** Whether the option set's newest edition under `stamp` is current: made, and made again since seats last moved past the window. */
export async function editionIsCurrent(payload: Payload, context: CatalogContext, wanted: WantedBrochure): Promise<boolean> {
  const ready = await newestReadyEdition(payload, context, brochureQueryString(wanted.options), wanted.stamp)
  if (!ready) return false
  const age = Date.now() - new Date(ready.renderedAt ?? 0).getTime()
  return age < context.brochure.seatRefreshSeconds * 1000 || !(await seatsMovedSince(payload, context, ready))
}
