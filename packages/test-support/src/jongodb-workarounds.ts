/**
 * What Payload's mongoose adapter needs to run against jongodb. TEST SETUP ONLY: never
 * use these against a real MongoDB (see `mongoAdapterTestArgs`, which applies them only
 * to jongodb).
 *
 * Why the findOneAndDelete stand-in: the MongoDB driver (6.x, under mongoose 8) always
 * sends `findAndModify` with `remove: true` AND `new: false`. jongodb rejects that with
 * `BadValue: new is not allowed when remove=true`, although it accepts the same command
 * without `new`. Payload's `deleteOne` (used by delete-by-id and by delete with a where
 * query) calls `Model.findOneAndDelete(query, { projection, session }).lean()`, so every
 * Payload delete fails against jongodb. The stand-in sends `findAndModify` without `new`
 * (still one atomic command on the server, in the caller's session/transaction).
 *
 * Why the `$push` stand-in: jongodb rejects that operator, which Payload's jobs queue uses to append
 * to a job's log (see `jongodb-push.ts`). `findOneAndUpdate`, `updateOne` and `updateMany` with a
 * `$push` are rewritten to `$set`s of the appended arrays; every other update goes through unchanged.
 */
import type { Args as MongooseAdapterArgs, MongooseAdapter } from '@payloadcms/db-mongodb';
import type { ClientSession, Connection } from 'mongoose';
import { updateWithPush, usesPush, type DriverCollection } from './jongodb-push.js';

const patchedConnections = new WeakSet<object>();
const PATCH_MARK = Symbol.for('kurskatalog.test-support.jongodbFindOneAndDelete');

interface MongooseCollectionLike {
  name: string;
  conn: Connection;
  findOneAndDelete: (filter: unknown, options?: Record<string, unknown>) => Promise<unknown>;
  findOneAndUpdate: (filter: unknown, update: unknown, options?: Record<string, unknown>) => Promise<unknown>;
  updateOne: (filter: unknown, update: unknown, options?: Record<string, unknown>) => Promise<unknown>;
  updateMany: (filter: unknown, update: unknown, options?: Record<string, unknown>) => Promise<unknown>;
}

type FindOneAndDelete = MongooseCollectionLike['findOneAndDelete'] & { [PATCH_MARK]?: true };

function collectionPrototype(connection: Connection): MongooseCollectionLike {
  const base = connection.base as unknown as {
    driver: { get(): { Collection: { prototype: MongooseCollectionLike } } };
  };
  return base.driver.get().Collection.prototype;
}

/** Options the driver maps onto the findAndModify command, and the command field each becomes. */
const COMMAND_FIELDS: Record<string, string> = {
  sort: 'sort',
  projection: 'fields',
  collation: 'collation',
  hint: 'hint',
  maxTimeMS: 'maxTimeMS',
  let: 'let',
  comment: 'comment',
  writeConcern: 'writeConcern',
};

function toSortDocument(sort: unknown): unknown {
  if (Array.isArray(sort)) return Object.fromEntries(sort as [string, unknown][]);
  if (typeof sort === 'string') return { [sort]: 1 };
  if (sort instanceof Map) return Object.fromEntries(sort);
  return sort;
}

async function findOneAndDeleteStandIn(
  this: MongooseCollectionLike,
  filter: unknown,
  options: Record<string, unknown> = {},
): Promise<unknown> {
  const conn = this.conn;
  if (conn.readyState !== 1) await conn.asPromise();
  const db = conn.db;
  if (!db) throw new Error('jongodb findOneAndDelete stand-in: connection has no db');

  const command: Record<string, unknown> = { findAndModify: this.name, query: filter ?? {}, remove: true };
  for (const [option, field] of Object.entries(COMMAND_FIELDS)) {
    const value = options[option];
    if (value === undefined || value === null) continue;
    if (option === 'projection' && typeof value === 'object' && Object.keys(value).length === 0) continue;
    command[field] = option === 'sort' ? toSortDocument(value) : value;
  }
  const session = options.session as ClientSession | undefined;
  const result = (await db.command(command, session ? { session } : {})) as {
    value?: Record<string, unknown> | null;
    lastErrorObject?: unknown;
    ok?: number;
  };
  if (options.includeResultMetadata === true) return result;
  return result.value ?? null;
}
(findOneAndDeleteStandIn as FindOneAndDelete)[PATCH_MARK] = true;

/** The driver's own collection behind a mongoose one, once connected. */
async function driverCollection(collection: MongooseCollectionLike): Promise<DriverCollection> {
  const conn = collection.conn;
  if (conn.readyState !== 1) await conn.asPromise();
  if (!conn.db) throw new Error('jongodb $push stand-in: connection has no db');
  return conn.db.collection(collection.name) as unknown as DriverCollection;
}

type UpdateMethod = 'findOneAndUpdate' | 'updateOne' | 'updateMany';

/** What each update method answers, made from the documents the stand-in changed. */
const pushAnswers: Record<UpdateMethod, (changed: { before: Record<string, unknown>[]; after: Record<string, unknown>[] }, options: Record<string, unknown>) => unknown> = {
  findOneAndUpdate: ({ before, after }, options) => {
    const value = (options.returnDocument === 'after' ? after[0] : before[0]) ?? null;
    return options.includeResultMetadata === true ? { value, ok: 1, lastErrorObject: { n: value ? 1 : 0, updatedExisting: Boolean(value) } } : value;
  },
  updateOne: ({ before }) => ({ acknowledged: true, matchedCount: before.length, modifiedCount: before.length, upsertedCount: 0, upsertedId: null }),
  updateMany: ({ before }) => ({ acknowledged: true, matchedCount: before.length, modifiedCount: before.length, upsertedCount: 0, upsertedId: null }),
};

/**
 * Makes `findOneAndDelete` work against jongodb for every model on `connection` (including
 * models made later). Other connections of the same mongoose copy keep the driver's
 * behaviour. Idempotent. Returns a function that undoes it for this connection.
 */
export function patchMongooseForJongodb(connection: Connection): () => void {
  const proto = collectionPrototype(connection);
  const current = proto.findOneAndDelete as FindOneAndDelete;
  if (!current[PATCH_MARK]) {
    const original = current;
    const dispatch = function (this: MongooseCollectionLike, filter: unknown, options?: Record<string, unknown>) {
      return patchedConnections.has(this.conn)
        ? findOneAndDeleteStandIn.call(this, filter, options)
        : original.call(this, filter, options);
    } as FindOneAndDelete & { __original?: unknown };
    dispatch[PATCH_MARK] = true;
    dispatch.__original = original;
    proto.findOneAndDelete = dispatch;
  }
  for (const method of Object.keys(pushAnswers) as UpdateMethod[]) {
    const current = proto[method] as MongooseCollectionLike[UpdateMethod] & { [PATCH_MARK]?: true };
    if (current[PATCH_MARK]) continue;
    const original = current;
    const dispatch = async function (this: MongooseCollectionLike, filter: unknown, update: unknown, options: Record<string, unknown> = {}) {
      if (!patchedConnections.has(this.conn) || !usesPush(update)) return original.call(this, filter, update, options);
      const driver = await driverCollection(this);
      const changed = await updateWithPush(driver, driver.updateOne, filter, update, options, method === 'updateMany');
      return pushAnswers[method](changed, options);
    } as MongooseCollectionLike[UpdateMethod] & { [PATCH_MARK]?: true };
    dispatch[PATCH_MARK] = true;
    proto[method] = dispatch;
  }
  patchedConnections.add(connection);
  return () => {
    patchedConnections.delete(connection);
  };
}

/** True if `patchMongooseForJongodb` is active for this connection. */
export function isPatchedForJongodb(connection: Connection): boolean {
  return patchedConnections.has(connection);
}

type AdapterHook = (adapter: MongooseAdapter) => Promise<void> | void;

/**
 * Spread into `mongooseAdapter({ url, ...jongodbAdapterWorkarounds })` when the URL is a
 * jongodb one. (If you have your own `afterCreateConnection` or `connectOptions`, use
 * `withJongodbWorkarounds` so both are kept.)
 */
export const jongodbAdapterWorkarounds = {
  /**
   * `autoCreate: false`: else mongoose never builds the indexes, so `unique` is silently not enforced.
   * `serverMonitoringMode: 'poll'`: under load (e.g. 200 concurrent requests) jongodb ends the driver's
   * streaming `hello` (moreToCome) wrongly; the driver then clears its pool and in-flight operations fail
   * with MongoPoolClearedError. Polling the server's state avoids the streaming protocol.
   */
  connectOptions: { autoCreate: false, serverMonitoringMode: 'poll' as const },
  /** jongodb gets Payload's join aggregations wrong. */
  useJoinAggregations: false,
  /** Installs the findOneAndDelete stand-in on the adapter's connection, before any query. */
  afterCreateConnection: ((adapter) => {
    patchMongooseForJongodb(adapter.connection);
  }) as AdapterHook,
} satisfies Partial<MongooseAdapterArgs>;

/** Adds the jongodb workarounds to adapter args, keeping the caller's own hooks and options. */
export function withJongodbWorkarounds<A extends MongooseAdapterArgs>(args: A): A {
  const own = args.afterCreateConnection;
  return {
    ...args,
    connectOptions: { ...args.connectOptions, ...jongodbAdapterWorkarounds.connectOptions },
    useJoinAggregations: jongodbAdapterWorkarounds.useJoinAggregations,
    afterCreateConnection: async (adapter: MongooseAdapter) => {
      await jongodbAdapterWorkarounds.afterCreateConnection(adapter);
      await own?.(adapter);
    },
  };
}

/**
 * Adapter args for a test database: `{ url }` plus the jongodb workarounds when the server
 * is jongodb, and nothing extra for a real MongoDB (env `MONGODB_URI`).
 */
export function mongoAdapterTestArgs(
  server: { uri: string; isJongodb: boolean },
  args: Omit<MongooseAdapterArgs, 'url'> = {},
): MongooseAdapterArgs {
  const withUrl: MongooseAdapterArgs = { ...args, url: server.uri };
  return server.isJongodb ? withJongodbWorkarounds(withUrl) : withUrl;
}
