import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { relayOneCommandAtATime, type CommandRelay } from './jongodb-one-at-a-time.js';

const require = createRequire(import.meta.url);

/** The npm package that ships the MongoDB-wire test server binary. */
export const JONGODB_PACKAGE = '@jongodb/memory-server-bin-linux-x64-gnu';

export interface StartJongodbOptions {
  /** Database name put in the URI. Default: a unique `test_<random>` name. */
  database?: string;
  /** Host to bind. Default 127.0.0.1. */
  host?: string;
  /** Port to bind. Default 0 (a free port chosen by the server). */
  port?: number;
  /** Replica-set name (Payload needs a replica-set URI for transactions). Default `rs0`. */
  replicaSetName?: string;
  /** How long to wait for the `JONGODB_URI=` line. Default 15 000 ms. */
  startTimeoutMs?: number;
  /** Path to the binary, if not the one from the npm package. */
  binaryPath?: string;
  /**
   * Put the relay that passes one command at a time in front of the server (default true), so
   * single-document writes are atomic as on a real MongoDB. See jongodb-one-at-a-time.ts.
   */
  oneCommandAtATime?: boolean;
}

export interface MongoTestServer {
  /** A `mongodb://` URI including the database name. */
  uri: string;
  /** The database name used in `uri`. */
  database: string;
  /** True when this is jongodb, false when it is the real MongoDB from `MONGODB_URI`. */
  isJongodb: boolean;
  /** Stops the server (SIGTERM, awaits exit). A no-op for a real MongoDB. */
  stop(): Promise<void>;
}

/** Absolute path of `bin/jongodb` inside the installed npm package. */
export function jongodbBinaryPath(): string {
  const pkgJsonPath = require.resolve(`${JONGODB_PACKAGE}/package.json`);
  const pkg = require(pkgJsonPath) as { jongodb?: { binary?: string } };
  return join(dirname(pkgJsonPath), pkg.jongodb?.binary ?? 'bin/jongodb');
}

/** A database name that no other call in any process is likely to use. */
export function uniqueDatabaseName(prefix = 'test'): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

const URI_LINE = /^JONGODB_URI=(\S+)\s*$/m;

/**
 * Spawns jongodb (single-node replica-set profile) and resolves once it has printed
 * `JONGODB_URI=…`. Rejects with the server's stderr if it exits or times out first.
 */
export async function startJongodb(options: StartJongodbOptions = {}): Promise<MongoTestServer> {
  const database = options.database ?? uniqueDatabaseName();
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const replicaSetName = options.replicaSetName ?? 'rs0';
  const timeoutMs = options.startTimeoutMs ?? 15_000;
  const bin = options.binaryPath ?? jongodbBinaryPath();

  const args = [
    `--host=${host}`,
    `--port=${port}`,
    `--database=${database}`,
    '--topology-profile=singleNodeReplicaSet',
    `--replica-set-name=${replicaSetName}`,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });

  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const fail = (why: string) => {
      cleanup();
      child.kill('SIGKILL');
      const err = stderr.trim() || '(empty)';
      reject(new Error(`jongodb (${bin} ${args.join(' ')}) ${why}.\nstderr: ${err}\nstdout: ${stdout.trim() || '(empty)'}`));
    };
    const timer = setTimeout(() => fail(`did not print JONGODB_URI= within ${timeoutMs} ms`), timeoutMs);
    const onStdout = (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = URI_LINE.exec(stdout);
      if (match?.[1]) {
        cleanup();
        resolve(match[1]);
      }
    };
    const onStderr = (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    };
    const onError = (error: Error) => fail(`could not be started: ${error.message}`);
    // 'close', not 'exit': only after it are the pipes drained, so stderr holds everything the server said.
    const onClose = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`exited before it was ready (code ${code}, signal ${signal})`);
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onStdout);
      child.off('error', onError);
      child.off('close', onClose);
    }
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.once('error', onError);
    child.once('close', onClose);
  });

  // Keep draining the pipes so the server never blocks on a full pipe buffer.
  child.stdout?.resume();

  if (options.oneCommandAtATime === false) return { uri, database, isJongodb: true, stop: () => stopChild(child, exited) };
  const served = new URL(uri.replace(/^mongodb:/, 'http:'));
  let relay: CommandRelay;
  try {
    relay = await relayOneCommandAtATime({ host: served.hostname, port: Number(served.port) });
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  return {
    uri: uri.replace(`${served.hostname}:${served.port}`, `${relay.host}:${relay.port}`),
    database,
    isJongodb: true,
    stop: async () => {
      await relay.close();
      await stopChild(child, exited);
    },
  };
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  try {
    await exited;
  } finally {
    clearTimeout(killTimer);
  }
}

/** Puts `database` as the path of a mongodb:// URI, keeping its query string. */
export function withDatabase(uri: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match) throw new Error(`Not a mongodb:// URI: ${uri}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}

/**
 * The MongoDB a test suite should use: the real one in env `MONGODB_URI` if set (with a
 * unique database name per call so that suites do not collide; `stop()` does nothing),
 * otherwise a fresh jongodb.
 */
export async function mongoTestUri(options: StartJongodbOptions = {}): Promise<MongoTestServer> {
  const real = process.env.MONGODB_URI?.trim();
  if (real) {
    const database = options.database ?? uniqueDatabaseName();
    return { uri: withDatabase(real, database), database, isJongodb: false, stop: async () => {} };
  }
  return startJongodb(options);
}
