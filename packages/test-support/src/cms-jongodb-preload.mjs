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

globalThis[Symbol.for('kurskatalog.cms.adjustMongooseAdapterArgs')] = (args) => withJongodbWorkarounds(args);
