import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mongoTestUri, type StartJongodbOptions } from './jongodb.js';

/** A database for a CMS process started by `startBuiltCms`: the env that selects it, and its cleanup. */
export interface CmsDatabase {
  kind: 'sqlite' | 'mongodb';
  /** For test names and messages, e.g. `sqlite /tmp/kk-cms-x/kurskatalog.db` or `mongodb (jongodb)`. */
  label: string;
  /**
   * Environment for the CMS process: `SQLITE_PATH`, or `DATABASE_URI` (plus, for jongodb only,
   * `NODE_OPTIONS=--import=…cms-jongodb-preload.mjs` carrying the test server's workarounds).
   * Give the same env to several CMS processes to have them share one database.
   */
  env: Record<string, string>;
  /** True when this is the jongodb test server (its known gaps apply). */
  isJongodb: boolean;
  /** Removes the SQLite file's directory or stops jongodb. Stop the CMS processes first. */
  stop(): Promise<void>;
}

/** The preload that registers the jongodb workarounds inside a CMS process (see the file for why). */
export const cmsJongodbPreload = fileURLToPath(new URL('./cms-jongodb-preload.mjs', import.meta.url));

/** A fresh, empty SQLite file in its own temp directory (WAL files land next to it). */
export async function cmsSqliteDatabase(options: { prefix?: string } = {}): Promise<CmsDatabase> {
  const dir = await mkdtemp(join(tmpdir(), options.prefix ?? 'kk-cms-'));
  const file = join(dir, 'kurskatalog.db');
  return {
    kind: 'sqlite',
    label: `sqlite ${file}`,
    env: { SQLITE_PATH: file },
    isJongodb: false,
    stop: async () => {
      // KK_KEEP_TEST_DB=1 keeps the file for a look after a failing run.
      if (process.env.KK_KEEP_TEST_DB === '1') return;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh MongoDB database: the real server in env `MONGODB_URI` (a unique database name), or
 * else a new jongodb, with the preload that gives the CMS process its workarounds.
 */
export async function cmsMongoDatabase(options: StartJongodbOptions = {}): Promise<CmsDatabase> {
  const server = await mongoTestUri(options);
  const env: Record<string, string> = { DATABASE_URI: server.uri };
  if (server.isJongodb) env.NODE_OPTIONS = `--import=${cmsJongodbPreload}`;
  return {
    kind: 'mongodb',
    label: server.isJongodb ? 'mongodb (jongodb)' : 'mongodb (MONGODB_URI)',
    env,
    isJongodb: server.isJongodb,
    stop: () => server.stop(),
  };
}

/** Both databases, for `describe.each(cmsTestDatabases)('… on $name', ({ create }) => …)`. */
export const cmsTestDatabases: ReadonlyArray<{ name: 'sqlite' | 'mongodb'; create: () => Promise<CmsDatabase> }> = [
  { name: 'sqlite', create: () => cmsSqliteDatabase() },
  { name: 'mongodb', create: () => cmsMongoDatabase() },
];
