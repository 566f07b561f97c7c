import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJongodb, type MongoTestServer } from '../src/index.js';

const { MongoClient } = mongoose.mongo;
type Client = InstanceType<typeof MongoClient>;

/**
 * jongodb alone hands two callers of a contended `$inc` the same value and fills a conditional one
 * past its limit (measured: 9 of 10 rounds of 300 wrong). Through the relay startJongodb puts in
 * front of it, every round comes out as on a real MongoDB.
 */
describe('jongodb behind the one-command-at-a-time relay', () => {
  let server: MongoTestServer;
  let clients: Client[] = [];

  beforeAll(async () => {
    server = await startJongodb();
    // Two clients with big pools: as two app processes, many connections each.
    clients = await Promise.all([1, 2].map(() => new MongoClient(server.uri, { serverMonitoringMode: 'poll', maxPoolSize: 100 }).connect()));
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.stop();
  });

  const ledger = (index: number) => clients[index % 2]!.db().collection<{ _id: number; issued: number; taken: number }>('ledger');

  it('keeps the driver on the relay after it discovers the replica set', async () => {
    const hello = await clients[0]!.db().admin().command({ hello: 1 });
    const relay = new URL(server.uri.replace(/^mongodb:/, 'http:')).host;
    expect([hello.me, hello.primary, hello.hosts]).toEqual([relay, relay, [relay]]);
  });

  it('hands out each number of 300 simultaneous increments once', async () => {
    for (let round = 0; round < 3; round++) {
      await ledger(0).insertOne({ _id: round, issued: 0, taken: 0 });
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, index) => ledger(index).findOneAndUpdate({ _id: round }, { $inc: { issued: 1 } }, { returnDocument: 'after' })),
      );
      const numbers = answers.map((answer) => answer?.issued).sort((a, b) => a! - b!);
      expect(numbers).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
    }
  });

  it('gives exactly 20 of 300 simultaneous conditional takes', async () => {
    for (let round = 10; round < 13; round++) {
      await ledger(0).insertOne({ _id: round, issued: 0, taken: 0 });
      const taken = await Promise.all(
        Array.from({ length: 300 }, (_, index) =>
          ledger(index).findOneAndUpdate({ _id: round, taken: { $lt: 20 } }, { $inc: { taken: 1 } }, { returnDocument: 'after' }),
        ),
      );
      expect(taken.filter(Boolean)).toHaveLength(20);
      expect((await ledger(0).findOne({ _id: round }))?.taken).toBe(20);
    }
  });

  it('still runs transactions, committed and aborted', async () => {
    const client = clients[0]!;
    const items = client.db().collection<{ name: string }>('items');
    const session = client.startSession();
    try {
      await session.withTransaction(async () => {
        await items.insertOne({ name: 'committed' }, { session });
      });
      session.startTransaction();
      await items.insertOne({ name: 'aborted' }, { session });
      await session.abortTransaction();
    } finally {
      await session.endSession();
    }
    expect((await clients[1]!.db().collection('items').find().toArray()).map((doc) => doc.name)).toEqual(['committed']);
  });
});
