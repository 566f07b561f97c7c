import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jongodbBinaryPath,
  mongoTestUri,
  patchMongooseForJongodb,
  startJongodb,
  withDatabase,
  type MongoTestServer,
} from '../src/index.js';

function canConnect(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri.replace(/^mongodb:/, 'http:'));
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startJongodb', () => {
  it('starts the server from the npm package, serves the named database, and stop() ends it', async () => {
    expect(jongodbBinaryPath()).toMatch(/@jongodb\/memory-server-bin-linux-x64-gnu\/bin\/jongodb$/);
    const server = await startJongodb({ database: 'kk_launcher' });
    try {
      expect(server.isJongodb).toBe(true);
      expect(server.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/kk_launcher\?.*replicaSet=rs0/);
      const conn = await mongoose.createConnection(server.uri, { autoCreate: false, serverMonitoringMode: 'poll' }).asPromise();
      await conn.db!.collection('x').insertOne({ hello: 'verden' });
      expect(conn.db!.databaseName).toBe('kk_launcher');
      expect(await conn.db!.collection('x').countDocuments({ hello: 'verden' })).toBe(1);
      await conn.close();
      expect(await canConnect(server.uri)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(await canConnect(server.uri)).toBe(false);
    await server.stop(); // a second stop is harmless
  });

  it('gives each call its own server and database', async () => {
    const [a, b] = await Promise.all([startJongodb(), startJongodb()]);
    try {
      expect(a.uri).not.toBe(b.uri);
      expect(a.database).not.toBe(b.database);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('fails with a clear error, including stderr, when the server never gets ready', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-jongodb-'));
    const fake = join(dir, 'jongodb');
    writeFileSync(fake, '#!/bin/sh\necho "port already in use: $2" >&2\nexec sleep 30\n');
    chmodSync(fake, 0o755);
    const started = Date.now();
    await expect(startJongodb({ binaryPath: fake, startTimeoutMs: 500 })).rejects.toThrow(
      /did not print JONGODB_URI= within 500 ms[\s\S]*stderr: port already in use: --port=0/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails with the exit and stderr when the server exits early', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-jongodb-'));
    const fake = join(dir, 'jongodb');
    writeFileSync(fake, '#!/bin/sh\necho "unknown flag" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    await expect(startJongodb({ binaryPath: fake })).rejects.toThrow(/exited before it was ready \(code 3[\s\S]*unknown flag/);
  });
});

describe('mongoTestUri', () => {
  it('uses MONGODB_URI when set, with a unique database per call and a no-op stop', async () => {
    const saved = process.env.MONGODB_URI;
    process.env.MONGODB_URI = 'mongodb://db.example:27017/ignored?replicaSet=rs9&authSource=admin';
    try {
      const a = await mongoTestUri();
      const b = await mongoTestUri();
      expect(a.isJongodb).toBe(false);
      expect(a.uri).toBe(`mongodb://db.example:27017/${a.database}?replicaSet=rs9&authSource=admin`);
      expect(a.database).not.toBe(b.database);
      await expect(a.stop()).resolves.toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.MONGODB_URI;
      else process.env.MONGODB_URI = saved;
    }
  });

  it('starts jongodb when MONGODB_URI is not set', async () => {
    const saved = process.env.MONGODB_URI;
    delete process.env.MONGODB_URI;
    const server = await mongoTestUri();
    try {
      expect(server.isJongodb).toBe(true);
      expect(await canConnect(server.uri)).toBe(true);
    } finally {
      await server.stop();
      if (saved !== undefined) process.env.MONGODB_URI = saved;
    }
  });

  it('withDatabase replaces or adds the path', () => {
    expect(withDatabase('mongodb://h:1', 'd')).toBe('mongodb://h:1/d');
    expect(withDatabase('mongodb://u:p@h:1/old?x=1', 'd')).toBe('mongodb://u:p@h:1/d?x=1');
    expect(() => withDatabase('postgres://h', 'd')).toThrow();
  });
});

describe('patchMongooseForJongodb (findOneAndDelete stand-in)', () => {
  let server: MongoTestServer;
  let patched: Connection;
  let plain: Connection;
  const schema = new mongoose.Schema({ n: Number, tag: String });

  beforeAll(async () => {
    server = await mongoTestUri();
    patched = await mongoose.createConnection(server.uri, { autoCreate: false, serverMonitoringMode: 'poll' }).asPromise();
    plain = await mongoose.createConnection(withDatabase(server.uri, `${server.database}_plain`), { autoCreate: false, serverMonitoringMode: 'poll' }).asPromise();
    patchMongooseForJongodb(patched);
    patchMongooseForJongodb(patched); // idempotent
  });
  afterAll(async () => {
    await patched?.close();
    await plain?.close();
    await server?.stop();
  });

  it.skipIf(process.env.MONGODB_URI)('is needed: jongodb rejects the driver\'s findOneAndDelete on an unpatched connection', async () => {
    const Model = plain.model('Gap', schema);
    await Model.create({ n: 1 });
    await expect(Model.findOneAndDelete({ n: 1 }).lean()).rejects.toThrow(/new is not allowed when remove=true/);
  });

  it('deletes exactly one matching document (honouring sort) and returns it', async () => {
    const Model = patched.model('Sorted', schema);
    await Model.create([{ n: 3, tag: 'a' }, { n: 1, tag: 'a' }, { n: 2, tag: 'a' }, { n: 0, tag: 'b' }]);
    const first = await Model.findOneAndDelete({ tag: 'a' }, { sort: { n: 1 } }).lean();
    expect(first?.n).toBe(1);
    const last = await Model.findOneAndDelete({ tag: 'a' }, { sort: { n: -1 } }).lean();
    expect(last?.n).toBe(3);
    expect((await Model.find({}).sort({ n: 1 }).lean()).map((doc) => doc.n)).toEqual([0, 2]);
    expect(await Model.findOneAndDelete({ tag: 'none' }).lean()).toBeNull();
    const hydrated = await Model.findOneAndDelete({ n: 2 });
    expect(hydrated).toBeInstanceOf(Model);
    const meta = await Model.findOneAndDelete({ n: 0 }, { includeResultMetadata: true });
    expect(meta.value?.n).toBe(0);
    expect(await Model.countDocuments({})).toBe(0);
  });

  it('runs in the caller\'s transaction: an aborted delete leaves the document', async () => {
    const Model = patched.model('Txn', schema);
    await Model.create({ n: 7 });
    const session = await patched.startSession();
    try {
      session.startTransaction();
      const removed = await Model.findOneAndDelete({ n: 7 }, { session }).lean();
      expect(removed?.n).toBe(7);
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect(await Model.countDocuments({ n: 7 })).toBe(1);

    const commit = await patched.startSession();
    try {
      await commit.withTransaction(async () => {
        await Model.findOneAndDelete({ n: 7 }, { session: commit });
      });
    } finally {
      await commit.endSession();
    }
    expect(await Model.countDocuments({ n: 7 })).toBe(0);
  });
});
