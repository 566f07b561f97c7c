import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { buildConfig, getPayload, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPatchedForJongodb, mongoAdapterTestArgs, mongoTestUri, type MongoTestServer } from '../src/index.js';

// A minimal Payload app on the test MongoDB (jongodb, or the real one in MONGODB_URI),
// with the jongodb workarounds applied through mongoAdapterTestArgs.
let server: MongoTestServer;
let payload: Payload;
let failsOnceCalls = 0;

beforeAll(async () => {
  server = await mongoTestUri();
  const db = mongooseAdapter(mongoAdapterTestArgs(server));
  const config = await buildConfig({
    secret: 'test-support-secret',
    db,
    telemetry: false,
    typescript: { autoGenerate: false },
    graphQL: { disable: true },
    jobs: {
      // Kept after they complete, so the tests can read their logs.
      deleteJobOnComplete: false,
      tasks: [
        {
          slug: 'countCourses',
          inputSchema: [{ name: 'prefix', type: 'text', required: true }],
          outputSchema: [{ name: 'count', type: 'number', required: true }],
          handler: async ({ input, req }) => {
            const { totalDocs } = await req.payload.count({ collection: 'courses', where: { code: { like: input.prefix } } });
            return { output: { count: totalDocs } };
          },
        },
        {
          slug: 'failsOnce',
          retries: 1,
          inputSchema: [{ name: 'prefix', type: 'text', required: true }],
          handler: async () => {
            failsOnceCalls += 1;
            if (failsOnceCalls === 1) throw new Error('the first try fails on purpose');
            return { output: {} };
          },
        },
      ],
    },
    collections: [
      {
        slug: 'courses',
        fields: [
          { name: 'code', type: 'text', required: true, unique: true },
          { name: 'title', type: 'text', required: true },
          { name: 'seats', type: 'number' },
        ],
      },
    ],
  });
  payload = await getPayload({ config });
});

afterAll(async () => {
  await payload?.destroy();
  await server?.stop();
});

describe('Payload Local API on the test MongoDB', () => {
  it('runs on a replica-set URI with transactions on, and the stand-in is installed only for jongodb', () => {
    expect(server.uri).toMatch(/^mongodb:\/\/.+replicaSet=/);
    expect(payload.db.name).toBe('mongoose');
    const adapter = payload.db as unknown as { connection: import('mongoose').Connection; transactionOptions: unknown };
    expect(adapter.transactionOptions).not.toBe(false);
    expect(isPatchedForJongodb(adapter.connection)).toBe(server.isJongodb);
  });

  it('creates, finds, updates and deletes by id', async () => {
    const created = await payload.create({ collection: 'courses', data: { code: 'K-100', title: 'Førstehjelp', seats: 12 } });
    expect(created.id).toBeTruthy();
    expect(created.title).toBe('Førstehjelp');

    const found = await payload.find({ collection: 'courses', where: { code: { equals: 'K-100' } } });
    expect(found.totalDocs).toBe(1);
    expect(found.docs[0]?.id).toBe(created.id);

    const byId = await payload.findByID({ collection: 'courses', id: created.id });
    expect(byId.seats).toBe(12);

    const updated = await payload.update({ collection: 'courses', id: created.id, data: { seats: 8, title: 'Førstehjelp kurs' } });
    expect(updated.seats).toBe(8);
    const reread = await payload.findByID({ collection: 'courses', id: created.id });
    expect(reread.title).toBe('Førstehjelp kurs');
    expect(reread.seats).toBe(8);

    const deleted = await payload.delete({ collection: 'courses', id: created.id });
    expect(deleted.id).toBe(created.id);
    expect(deleted.code).toBe('K-100');
    const after = await payload.find({ collection: 'courses', where: { id: { equals: created.id } } });
    expect(after.totalDocs).toBe(0);
    await expect(payload.findByID({ collection: 'courses', id: created.id })).rejects.toThrow();
  });

  it('deletes only the matching document when several exist', async () => {
    const a = await payload.create({ collection: 'courses', data: { code: 'D-1', title: 'A' } });
    const b = await payload.create({ collection: 'courses', data: { code: 'D-2', title: 'B' } });
    const deleted = await payload.delete({ collection: 'courses', id: b.id });
    expect(deleted.code).toBe('D-2');
    const left = await payload.find({ collection: 'courses', where: { code: { like: 'D-' } } });
    expect(left.docs.map((doc) => doc.id)).toEqual([a.id]);
    // Deleting with a where-query goes through findOneAndDelete per document too.
    const bulk = await payload.delete({ collection: 'courses', where: { code: { equals: 'D-1' } } });
    expect(bulk.errors).toEqual([]);
    expect(bulk.docs.map((doc) => doc.id)).toEqual([a.id]);
    expect((await payload.count({ collection: 'courses', where: { code: { like: 'D-' } } })).totalDocs).toBe(0);
  });

  it('enforces a unique field', async () => {
    await payload.create({ collection: 'courses', data: { code: 'U-1', title: 'Original' } });
    await expect(
      payload.create({ collection: 'courses', data: { code: 'U-1', title: 'Duplicate' } }),
    ).rejects.toThrow();
    const same = await payload.find({ collection: 'courses', where: { code: { equals: 'U-1' } } });
    expect(same.totalDocs).toBe(1);
    expect(same.docs[0]?.title).toBe('Original');
  });
});

describe("Payload's jobs queue on the test MongoDB", () => {
  it('runs a queued job to completion and keeps its log', async () => {
    await payload.create({ collection: 'courses', data: { code: 'J-1', title: 'Jobb' } });
    const job = await payload.jobs.queue({ task: 'countCourses', input: { prefix: 'J-' } });
    await payload.jobs.run({ limit: 10 });
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id });
    expect(done.hasError).toBeFalsy();
    expect(done.completedAt).toBeTruthy();
    expect(done.processing).toBe(false);
    expect(done.log?.map((entry: { taskSlug: string; state: string; output?: unknown }) => [entry.taskSlug, entry.state, entry.output])).toEqual([
      ['countCourses', 'succeeded', { count: 1 }],
    ]);
  });

  it('appends a retry to a log that already has an entry, in order', async () => {
    const job = await payload.jobs.queue({ task: 'failsOnce', input: { prefix: 'F-' } });
    await payload.jobs.run({ limit: 10 });
    await payload.jobs.run({ limit: 10 });
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id });
    expect(done.log?.map((entry: { taskSlug: string; state: string }) => [entry.taskSlug, entry.state])).toEqual([
      ['failsOnce', 'failed'],
      ['failsOnce', 'succeeded'],
    ]);
    expect(done.completedAt).toBeTruthy();
    expect(failsOnceCalls).toBe(2);
  });
});


describe('the $push stand-in', () => {
  it('loses no append when many writers push to one document at once', async () => {
    const adapter = payload.db as unknown as { connection: import('mongoose').Connection };
    const raw = adapter.connection.collection<{ code: string; title: string; tags: string[]; updatedAt: Date }>('courses');
    const sameStamp = new Date('2026-12-01T12:00:00Z');
    await raw.insertOne({ code: 'P-1', title: 'Push', tags: [], updatedAt: sameStamp });
    // The same updatedAt on every write: the stand-in must not take it as proof that nobody wrote meanwhile.
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => raw.updateOne({ code: 'P-1' }, { $push: { tags: { $each: [`t${i}`] } }, $set: { updatedAt: sameStamp } })),
    );
    const doc = await raw.findOne({ code: 'P-1' });
    expect([...(doc?.tags as string[])].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `t${i}`).sort());
  });

  it('answers findOneAndUpdate with the document after the push when asked for it', async () => {
    const adapter = payload.db as unknown as { connection: import('mongoose').Connection };
    const raw = adapter.connection.collection<{ code: string; title: string; tags: string[]; updatedAt: Date }>('courses');
    await raw.insertOne({ code: 'P-2', title: 'Push', tags: ['a'], updatedAt: new Date() });
    const after = await raw.findOneAndUpdate({ code: 'P-2' }, { $push: { tags: 'b' }, $set: { title: 'Pushed' } }, { returnDocument: 'after' });
    expect(after?.tags).toEqual(['a', 'b']);
    expect(after?.title).toBe('Pushed');
    const missing = await raw.findOneAndUpdate({ code: 'nobody' }, { $push: { tags: 'b' } }, { returnDocument: 'after' });
    expect(missing).toBeNull();
  });
});
