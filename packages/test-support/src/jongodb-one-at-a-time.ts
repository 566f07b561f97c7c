import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * jongodb runs concurrent commands on one document without isolation: under 300 parallel
 * `findOneAndUpdate … $inc` it hands two callers the same value, and a conditional `$inc` with
 * `taken < 20` ends above 20 (measured: 9 of 10 rounds wrong). A real MongoDB applies each
 * single-document write atomically. This relay sits between the drivers and jongodb and lets one
 * command at a time reach the server, in arrival order, which gives back that atomicity — and
 * nothing more: a sequence of commands (read, then write) from our own code still interleaves
 * with others exactly as it would on a real server, so races in our code still show.
 *
 * It reads the wire protocol's message frames only: a 16-byte header (length, requestID,
 * responseTo, opCode) and, for OP_MSG, the command's name. Monitoring commands pass straight
 * through so a driver's heartbeat never waits behind the queue. Replies name the relay where the
 * server named itself (the replica set's member; same length, so the BSON stays valid), so drivers
 * that discover the set keep talking to the relay.
 */
export interface CommandRelay {
  host: string;
  port: number;
  close(): Promise<void>;
}

const OP_MSG = 2013;
const OP_QUERY = 2004;
const MORE_TO_COME = 1 << 1;
// A reply that never comes (a server stuck on one command) must not stop every other test for good.
const replyTimeoutMs = 30_000
const unqueued = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'buildInfo', 'buildinfo', 'endSessions']);

/** Every occurrence of `from` in `message` replaced by `to`, which has the same length. */
function replaceSameLength(message: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = message.indexOf(from);
  if (at < 0) return message;
  const copy = Buffer.from(message);
  while (at >= 0) {
    to.copy(copy, at);
    at = copy.indexOf(from, at + from.length);
  }
  return copy;
}

/** The first key of the BSON document at `offset` (the command's name), or null. */
function firstKey(message: Buffer, offset: number): string | null {
  const nameStart = offset + 5; // document length 4 + element type 1
  const nameEnd = message.indexOf(0, nameStart);
  return nameStart < message.length && nameEnd > nameStart ? message.toString('utf8', nameStart, nameEnd) : null;
}

/**
 * The command a message carries, or null if it cannot be read. OP_MSG: its body section, which the
 * driver sends first. OP_QUERY: the legacy form a driver uses for the first handshake on a connection.
 */
function commandName(message: Buffer): string | null {
  const opCode = message.readInt32LE(12);
  if (opCode === OP_MSG) return message[20] === 0 ? firstKey(message, 21) : null;
  if (opCode === OP_QUERY) {
    const collectionEnd = message.indexOf(0, 20); // header 16 + flags 4, then the collection's name
    return collectionEnd < 0 ? null : firstKey(message, collectionEnd + 1 + 8); // numberToSkip, numberToReturn
  }
  return null;
}

const HEADER_BYTES = 16;

/** Splits a byte stream into whole wire-protocol messages; a length shorter than a header means the stream is not one. */
function frames(onMessage: (message: Buffer) => void, onCorrupt: () => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const length = pending.readInt32LE(0);
      if (length < HEADER_BYTES) return onCorrupt();
      if (pending.length < length) break;
      onMessage(pending.subarray(0, length));
      pending = pending.subarray(length);
    }
  };
}

/** Starts a relay on a free loopback port in front of the server at `target`. */
export async function relayOneCommandAtATime(target: { host: string; port: number }): Promise<CommandRelay> {
  let queue: Promise<void> = Promise.resolve();
  const sockets = new Set<Socket>();
  const serverName = Buffer.from(`${target.host}:${target.port}`);
  let relayName = serverName;

  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const waiting = new Map<number, () => void>();

    const releaseAll = () => {
      for (const release of waiting.values()) release();
      waiting.clear();
    };

    upstream.on(
      'data',
      frames((reply) => {
        const responseTo = reply.readInt32LE(8);
        const release = waiting.get(responseTo);
        if (release) {
          waiting.delete(responseTo);
          release();
        }
        client.write(replaceSameLength(reply, serverName, relayName));
      }, () => end()),
    );

    const send = (message: Buffer): Promise<void> =>
      new Promise<void>((done) => {
        if (upstream.destroyed) return done();
        const expectsReply = !(message.readInt32LE(12) === OP_MSG && (message.readUInt32LE(16) & MORE_TO_COME) !== 0);
        if (expectsReply) {
          const timer = setTimeout(done, replyTimeoutMs);
          waiting.set(message.readInt32LE(4), () => {
            clearTimeout(timer);
            done();
          });
        }
        upstream.write(message);
        if (!expectsReply) done();
      });

    client.on(
      'data',
      frames((request) => {
        const message = Buffer.from(request);
        const name = commandName(message);
        if (name !== null && unqueued.has(name)) {
          void send(message);
          return;
        }
        queue = queue.then(() => send(message));
      }, () => end()),
    );

    const end = () => {
      releaseAll();
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });

  // The relay's name must be as long as the server's, so the handshake replies keep their byte lengths.
  let port = 0;
  for (let attempt = 0; attempt < 20 && port === 0; attempt++) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, target.host, () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the jongodb relay has no TCP address');
    if (String(address.port).length === String(target.port).length) port = address.port;
    else await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  if (port === 0) throw new Error(`no free port as long as ${target.port} for the jongodb relay`);
  relayName = Buffer.from(`${target.host}:${port}`);

  return {
    host: target.host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
