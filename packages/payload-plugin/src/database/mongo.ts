import type { CollectionSlug, Payload } from 'payload'

/** The slice of a mongoose model the atomic statements need. */
export interface MongoModelLike {
  findOneAndUpdate(
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ): { lean(): Promise<Record<string, unknown> | null> }
  updateOne(filter: Record<string, unknown>, update: Record<string, unknown>, options?: Record<string, unknown>): Promise<{ modifiedCount?: number; upsertedCount?: number }>
  deleteMany(filter: Record<string, unknown>): Promise<unknown>
}

/** The mongoose model Payload's MongoDB adapter made for a collection (mongoose casts ids by its schema). */
export function mongoModel(payload: Payload, slug: CollectionSlug): MongoModelLike {
  const model = (payload.db as unknown as { collections: Record<string, MongoModelLike | undefined> }).collections[slug]
  if (!model) throw new Error(`kurskatalog: no MongoDB model for collection "${slug}"`)
  return model
}

/** E11000: two upserts raced to insert the same unique key; the other one won, which is fine. */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: number })?.code === 11000
