import type { Payload } from 'payload'
import type { SeatLedgerDoc } from '../docs.js'
import type { CatalogSlugs } from '../../types.js'
import { loadCatalogSnapshot, takenFrom, type CatalogSnapshot } from './catalogSnapshot.js'
import { readContentStamp } from './contentStamp.js'

/** How often, at most, an instance asks the database whether the catalogue or its seats changed. */
export const stampCheckIntervalMs = 250

/**
 * Ledger rows are stamped by the clock of the instance that wrote them (and a row written in an
 * editor's transaction shows only at its commit), so each seat check looks this far further back.
 */
const seatLookBackMs = 5_000

export interface CatalogReadModel {
  /** The catalogue as of at most `stampCheckIntervalMs` ago; waits for the check when that is older. */
  current(): Promise<CatalogSnapshot>
  /**
   * A change in this process has bumped the stamp in a transaction not yet ended: until `ended`
   * settles, every read asks the database, so the editor who made it sees it at once after the commit.
   */
  changing(ended: Promise<unknown>): void
}

/**
 * The published catalogue in this process's memory, built once per content change, never per request.
 * A request that finds the last check older than the interval starts one (or joins the one in flight):
 * a new content stamp rebuilds the snapshot; otherwise only the seat ledgers written since the last
 * check are read and patched in. No background timer: an idle instance does nothing, and one that
 * wakes answers from the database's state of a moment ago.
 */
export function catalogReadModel(payload: Payload, slugs: CatalogSlugs, clock: () => Date): CatalogReadModel {
  let snapshot: CatalogSnapshot | undefined
  let checkedAt = Number.NEGATIVE_INFINITY
  let seatsSince = new Date(0)
  let inFlight: Promise<CatalogSnapshot> | undefined
  let localChanges = 0

  async function check(): Promise<CatalogSnapshot> {
    const startedAt = Date.now()
    const stamp = await readContentStamp(payload, slugs)
    if (!snapshot || snapshot.stamp !== stamp) {
      // The stamp is read before the content: a change committed meanwhile leaves a newer stamp, and the next check rebuilds.
      snapshot = await loadCatalogSnapshot(payload, slugs, stamp, clock())
    } else {
      const moved = await payload.find({
        collection: slugs['session-seats'],
        where: { updatedAt: { greater_than_equal: seatsSince.toISOString() } },
        select: { session: true, taken: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      if (takenFrom(moved.docs as unknown as SeatLedgerDoc[], snapshot.taken) > 0) snapshot.seatVersion++
    }
    seatsSince = new Date(startedAt - seatLookBackMs)
    checkedAt = startedAt
    return snapshot
  }

  return {
    current() {
      if (snapshot && localChanges === 0 && Date.now() - checkedAt < stampCheckIntervalMs) return Promise.resolve(snapshot)
      inFlight ??= check().finally(() => {
        inFlight = undefined
      })
      return inFlight
    },
    changing(ended) {
      localChanges++
      void ended.finally(() => {
        localChanges--
        checkedAt = Number.NEGATIVE_INFINITY
      })
    },
  }
}

const models = new WeakMap<Payload, CatalogReadModel>()

/** The one read model of a Payload instance (the endpoints and a host's own pages share it). */
export function readModelOf(payload: Payload, slugs: CatalogSlugs, clock: () => Date): CatalogReadModel {
  let model = models.get(payload)
  if (!model) {
    model = catalogReadModel(payload, slugs, clock)
    models.set(payload, model)
  }
  return model
}

/** The current snapshot of the catalogue for a plugin's context. */
export const currentCatalog = (payload: Payload, context: { slugs: CatalogSlugs; clock: () => Date }): Promise<CatalogSnapshot> =>
  readModelOf(payload, context.slugs, context.clock).current()
