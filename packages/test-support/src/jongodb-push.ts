/**
 * jongodb rejects the `$push` update operator ("unsupported update operator: $push"). Payload's
 * mongoose adapter uses it in exactly one place: `updateJobs`, which appends to a job's `log` with
 * `{ $push: { log: { $each: [...] } }, $set: {...} }` through mongoose's `findOneAndUpdate`,
 * `updateOne` or `updateMany` — so without this every job ends `error-reached-max-retries` on jongodb.
 * TEST SETUP ONLY (installed by `patchMongooseForJongodb`); a real MongoDB needs nothing.
 *
 * The stand-in turns such an update into what the server does accept: read the matching documents,
 * append in memory, and write each array back with `$set`, conditional on each array being exactly
 * what was read, retried when another writer came first. So an append is never lost, as on a real
 * server, only not in one command.
 */
import type { ClientSession } from 'mongoose';

type Doc = Record<string, unknown> & { _id: unknown };

/** The part of the driver's Collection the stand-in uses. */
export interface DriverCollection {
  find(filter: unknown, options?: Record<string, unknown>): { toArray(): Promise<Doc[]> };
  updateOne(filter: unknown, update: unknown, options?: Record<string, unknown>): Promise<{ matchedCount: number; modifiedCount: number }>;
}

type Update = Record<string, unknown> & { $push?: Record<string, unknown>; $set?: Record<string, unknown> };

// Each round lets one of the writers racing for a document through; a job's log has one writer at a time.
const maxTries = 200;

/** True for an update document that uses `$push`. */
export const usesPush = (update: unknown): update is Update =>
  Boolean(update) && typeof update === 'object' && !Array.isArray(update) && '$push' in (update as object);

/** The items a `$push` spec appends: `{ $each: [...] }` or one value. */
function itemsOf(spec: unknown): unknown[] {
  if (spec && typeof spec === 'object' && '$each' in spec) {
    const keys = Object.keys(spec);
    if (keys.some((key) => key !== '$each')) throw new Error(`jongodb $push stand-in: modifiers ${keys.join(', ')} are not supported`);
    return [...((spec as { $each: unknown[] }).$each ?? [])];
  }
  return [spec];
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The update with each `$push` written as the whole array it makes on `doc`. */
function asSet(doc: Doc, update: Update): Record<string, unknown> {
  const { $push, ...rest } = update;
  const $set: Record<string, unknown> = { ...rest.$set };
  for (const [path, spec] of Object.entries($push ?? {})) {
    const current = valueAt(doc, path);
    $set[path] = [...(Array.isArray(current) ? current : []), ...itemsOf(spec)];
  }
  return { ...rest, $set };
}

/** A condition per pushed array: exactly as it is in `doc` (or still missing). */
function arraysAsRead(doc: Doc, update: Update): Record<string, unknown>[] {
  return Object.keys(update.$push ?? {}).map((path) => {
    const current = valueAt(doc, path);
    return { [path]: current === undefined ? { $exists: false } : current };
  });
}

/**
 * Applies `update` (with `$push`) to the documents matching `filter` — the first one by `sort`
 * unless `many` — and returns the documents as they were before and after.
 */
export async function updateWithPush(
  collection: DriverCollection,
  originalUpdateOne: DriverCollection['updateOne'],
  filter: unknown,
  update: Update,
  options: Record<string, unknown>,
  many: boolean,
): Promise<{ before: Doc[]; after: Doc[] }> {
  const session = options.session as ClientSession | undefined;
  const inSession = session ? { session } : {};
  const before: Doc[] = [];
  const after: Doc[] = [];
  const candidates = await collection
    .find(filter ?? {}, { ...inSession, ...(options.sort ? { sort: options.sort } : {}), ...(many ? {} : { limit: 1 }) })
    .toArray();
  for (const candidate of candidates) {
    let doc: Doc | undefined = candidate;
    for (let attempt = 0; doc; attempt++) {
      if (attempt === maxTries) throw new Error(`jongodb $push stand-in: document ${String(doc._id)} kept changing under ${maxTries} tries`);
      const unchanged = { $and: [filter ?? {}, { _id: doc._id }, ...arraysAsRead(doc, update)] };
      const result = await originalUpdateOne.call(collection, unchanged, asSet(doc, update), inSession);
      if (result.matchedCount > 0) {
        before.push(doc);
        const [written] = await collection.find({ _id: doc._id }, { ...inSession, limit: 1 }).toArray();
        if (written) after.push(written);
        break;
      }
      // Changed since it was read, or no longer matches the filter: read it again, after a short random pause.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempt, 10)));
      [doc] = await collection.find({ $and: [filter ?? {}, { _id: doc._id }] }, { ...inSession, limit: 1 }).toArray();
    }
  }
  return { before, after };
}
