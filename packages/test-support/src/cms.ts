import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { CmsDatabase } from './cms-database.js';

/** The CMS app in this workspace (`cms/`). */
export const defaultCmsDir = resolve(fileURLToPath(new URL('../../../cms/', import.meta.url)));

export interface StartBuiltCmsOptions {
  /** Contributes its env (SQLITE_PATH or DATABASE_URI, and the jongodb preload). */
  database?: CmsDatabase;
  /**
   * Environment for the CMS, applied last: PAYLOAD_SECRET, DATABASE_URI / SQLITE_PATH, SMTP_HOST /
   * SMTP_PORT, KK_SEED, KK_DEMO_ORIGINS, PUBLIC_URL, … A value of `undefined` removes a variable.
   * NODE_OPTIONS from `database` and from here are joined.
   */
  env?: Record<string, string | undefined>;
  /** Port to listen on. Default: a free one. */
  port?: number;
  /** Host to bind. Default 127.0.0.1 (`url` uses it too). */
  host?: string;
  /** The app directory with the build in `.next/`. Default: this workspace's `cms/`. */
  cmsDir?: string;
  /** Polled until it answers below 500; it also triggers Payload's init (migrations, seed). Default `/api/users/me`. */
  readyPath?: string;
  /** How long to wait for the first good answer. Default 180 000 ms (slow, busy 2-core machines). */
  startTimeoutMs?: number;
  /** Copy the CMS's output to this process's stderr. Default: env `KK_CMS_LOG=1`. */
  log?: boolean;
}

export interface BuiltCms {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  /** The process id (also its process-group id). */
  pid: number;
  /** The env the process was started with (handy to start a second one on the same database). */
  env: Record<string, string>;
  /** What the process printed so far (stdout and stderr interleaved, last ~256 KB). */
  output(): string;
  /** Stops the whole process group: SIGTERM, then SIGKILL after 10 s. Safe to call twice. */
  stop(): Promise<void>;
}

/** Variables of the calling process that must not silently configure the CMS under test. */
const NOT_INHERITED = [
  /^DATABASE_URI$/,
  /^SQLITE_PATH$/,
  /^PAYLOAD_/,
  /^SMTP_/,
  /^EMAIL_FROM_/,
  /^KK_(?!CMS_LOG$|KEEP_TEST_DB$)/,
  /^PUBLIC_URL$/,
  /^PORT$/,
  /^NODE_OPTIONS$/,
  /^NODE_ENV$/,
  /^VITEST/,
  /^__NEXT/,
  /^NEXT_/,
];

const OUTPUT_LIMIT = 256 * 1024;
const running = new Set<ChildProcess>();

// A crashed or interrupted test run must not leave CMS servers behind.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/** A port nobody listens on right now (the kernel's pick for port 0). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Throws the "build it first" message unless `cmsDir/.next/BUILD_ID` exists. */
export function assertCmsBuilt(cmsDir = defaultCmsDir): void {
  if (!existsSync(join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      `The CMS is not built (${join(cmsDir, '.next', 'BUILD_ID')} is missing). ` +
        'Run `pnpm --filter @kurskatalog/widgets build && pnpm --filter @kurskatalog/cms build` first.',
    );
  }
}

/**
 * Starts the already-built CMS (its `server.mjs`, as `pnpm start` does) as a child process in its own process group and
 * resolves once `readyPath` answers. The first request initialises Payload (migrations on
 * SQLite, the demo seed unless KK_SEED=false), so when this resolves the app is fully up.
 *
 * Several processes may share one database: start them one after the other (the first one
 * migrates and seeds) with the same `database`.
 */
export async function startBuiltCms(options: StartBuiltCmsOptions = {}): Promise<BuiltCms> {
  const cmsDir = options.cmsDir ?? defaultCmsDir;
  assertCmsBuilt(cmsDir);
  // A fixed port is the caller's choice; a free one is re-picked if another process grabs it first.
  const attempts = options.port ? 1 : 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = options.port ?? (await freePort(options.host));
    try {
      return await startOnce(cmsDir, port, options);
    } catch (error) {
      lastError = error;
      if (!(error instanceof PortTakenError)) throw error;
    }
  }
  throw lastError;
}

/** Starts `count` CMS processes on one database, one after the other, for multi-instance tests. */
export async function startBuiltCmsInstances(count: number, options: StartBuiltCmsOptions = {}): Promise<BuiltCms[]> {
  const instances: BuiltCms[] = [];
  try {
    for (let i = 0; i < count; i++) instances.push(await startBuiltCms(options));
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    throw error;
  }
  return instances;
}

class PortTakenError extends Error {}

function childEnv(
  host: string,
  port: number,
  database: CmsDatabase | undefined,
  overrides: Record<string, string | undefined>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !NOT_INHERITED.some((pattern) => pattern.test(key))) env[key] = value;
  }
  const url = `http://${host}:${port}`;
  Object.assign(env, {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'kurskatalog-test-secret',
    PORT: String(port),
    PUBLIC_URL: url,
  });
  Object.assign(env, database?.env ?? {});
  const nodeOptions = [database?.env.NODE_OPTIONS, overrides.NODE_OPTIONS].filter(Boolean).join(' ');
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
  return env;
}

async function startOnce(cmsDir: string, port: number, options: StartBuiltCmsOptions): Promise<BuiltCms> {
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host}:${port}`;
  const env = childEnv(host, port, options.database, options.env ?? {});
  const log = options.log ?? process.env.KK_CMS_LOG === '1';
  const args = [join(cmsDir, 'server.mjs'), '-p', String(port), '-H', host];

  // detached: the child leads its own process group, so stop() reaches anything it spawns.
  const child = spawn(process.execPath, args, { cwd: cmsDir, env: env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-OUTPUT_LIMIT);
    if (log) process.stderr.write(`[cms :${port}] ${text}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  exited.then(() => running.delete(child));
  // The pipes can still hold the last of the output after 'exit'; 'close' comes once they are drained. A child the
  // server left behind may hold them open, so a second is all it gets.
  const drained = new Promise<void>((resolveClose) => child.once('close', () => resolveClose()));
  const outputDrained = () => Promise.race([drained, delay(1_000)]);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      // Anything the server spawned in its group goes too.
      killGroup(child, 'SIGKILL');
    })();
    return stopping;
  };

  const readyPath = options.readyPath ?? '/api/users/me';
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  let lastAnswer = 'no answer yet';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await outputDrained();
      if (/EADDRINUSE/.test(output)) throw new PortTakenError(`port ${port} was taken`);
      throw new Error(
        `The CMS (${args.slice(1).join(' ')} in ${cmsDir}) exited before it was ready ` +
          `(code ${child.exitCode}, signal ${child.signalCode}).\n--- its output ---\n${output.trim() || '(none)'}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The CMS at ${url} did not answer ${readyPath} below 500 within ${timeoutMs} ms (last: ${lastAnswer}).\n` +
          `--- its output ---\n${output.trim() || '(none)'}`,
      );
    }
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      if (response.status < 500) break;
      lastAnswer = `${response.status} ${body.slice(0, 500)}`;
    } catch (error) {
      lastAnswer = error instanceof Error ? error.message : String(error);
    }
    await delay(250);
  }

  return { url, port, pid: child.pid!, env, output: () => output, stop };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The build id of the built CMS, to tell in a test report which build was tested. */
export function builtCmsId(cmsDir = defaultCmsDir): string {
  assertCmsBuilt(cmsDir);
  return readFileSync(join(cmsDir, '.next', 'BUILD_ID'), 'utf8').trim();
}
