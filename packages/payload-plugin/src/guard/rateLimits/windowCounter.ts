/** Counts hits per key in the database with one atomic upsert-and-increment, so every app instance sees the same count. */
export interface WindowCounter {
  /** Adds one hit to `key` (creating it to expire at `expiresAt`) and returns the count after it. */
  hit(key: string, expiresAt: Date): Promise<number>
  /** Deletes counters whose window has ended. */
  sweep(now: Date): Promise<void>
}
