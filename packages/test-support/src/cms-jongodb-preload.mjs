/**
 * Preload for a CMS process that runs against jongodb (the MongoDB-wire test server).
 * TEST SETUP ONLY: `cmsMongoDatabase()` puts `--import=<this file>` in the CMS's NODE_OPTIONS
 * when, and only when, its database is jongodb.
 *
 * It registers the hook that `cms/src/database.ts` looks up under
 * `Symbol.for('kurskatalog.cms.adjustMongooseAdapterArgs')`, and the hook adds
 * `withJongodbWorkarounds` (see jongodb-workarounds.ts for why each one is needed). The app
 * never imports test code; without this preload the hook is absent and nothing changes.
 *
 * Plain JavaScript because Node 20 cannot load TypeScript itself; the workarounds are loaded
 * with tsx's `tsImport`, which compiles that one module without installing tsx's loader for the
 * whole process (Next's own module loading stays untouched).
 */
import { tsImport } from 'tsx/esm/api';

const { withJongodbWorkarounds } = await tsImport('./jongodb-workarounds.ts', import.meta.url);

/**
 * Transactions off, on jongodb only: jongodb loses committed inserts when transactions overlap.
 * Measured with mongoose alone (jongodb 0.1.6): five sessions each start a transaction, insert one
 * document and commit — all five commits succeed, two documents remain. Through the built CMS,
 * 20 concurrent REST creates all answered 201 and 15–17 documents were kept. Payload wraps every
 * write in a transaction when the adapter has them, so any concurrent test would lose data.
 * Without transactions each write is a single atomic command, which jongodb handles (20 of 20).
 * A real MongoDB (MONGODB_URI) gets no preload and keeps transactions.
 */
globalThis[Symbol.for('kurskatalog.cms.adjustMongooseAdapterArgs')] = (args) => ({
  ...withJongodbWorkarounds(args),
  transactionOptions: false,
});
