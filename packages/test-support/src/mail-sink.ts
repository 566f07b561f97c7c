import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { renderInbox, renderMessage } from './mail-sink-html.js';
import type { MailAttachment, MailMessage } from './mail-message.js';

export type { MailAttachment, MailMessage } from './mail-message.js';

export interface StartMailSinkOptions {
  /** Host both servers bind. Default 127.0.0.1. */
  host?: string;
  /** SMTP port. Default 0 (a free port). */
  smtpPort?: number;
  /** HTTP port for the inbox and the API. Default 0 (a free port). */
  httpPort?: number;
  /** Largest message accepted, in bytes. Default 25 MiB. */
  maxMessageBytes?: number;
  /** Called for each message received (after it is stored). */
  onMessage?: (message: MailMessage) => void;
}

export interface MailSink {
  host: string;
  smtpPort: number;
  httpPort: number;
  /** The inbox, e.g. `http://127.0.0.1:1080/`. */
  url: string;
  /** Every message received so far, oldest first. */
  messages(): Promise<MailMessage[]>;
  /**
   * The first message (already received or still to come) for which `predicate` is true.
   * Rejects after `timeoutMs` (default 5 000) with the subjects that did arrive.
   */
  waitFor(predicate?: (message: MailMessage) => boolean, timeoutMs?: number): Promise<MailMessage>;
  /** Forgets every message. */
  clear(): Promise<void>;
  /** Closes both servers. */
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.flatMap(function flat(entry): string[] {
    if (entry.group) return entry.group.flatMap(flat);
    return entry.address ? [entry.address] : [];
  }));
}

function formatAddresses(value: AddressObject | undefined): string | undefined {
  if (!value) return undefined;
  return value.value
    .map((entry) => (entry.name && entry.address ? `${entry.name} <${entry.address}>` : entry.address || entry.name))
    .filter(Boolean)
    .join(', ');
}

function toMessage(parsed: ParsedMail, envelope: MailMessage['envelope'], receivedAt: Date): MailMessage {
  return {
    id: randomUUID(),
    from: formatAddresses(parsed.from) || envelope.from || '',
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    envelope,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    date: (parsed.date ?? receivedAt).toISOString(),
    receivedAt: receivedAt.toISOString(),
    messageId: parsed.messageId ?? null,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size,
      content: attachment.content.toString('base64'),
      contentId: attachment.contentId ?? null,
    })),
  };
}

function listen(server: { listen(port: number, host: string, cb: () => void): unknown; once(e: 'error', cb: (err: Error) => void): unknown }, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // The inbox uses no external assets; the e-mail's own HTML is shown in a sandboxed frame.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'self'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
};

/** Starts an SMTP server that keeps every message in memory, with a web inbox and a JSON API. */
export async function startMailSink(options: StartMailSinkOptions = {}): Promise<MailSink> {
  const host = options.host ?? '127.0.0.1';
  const store: MailMessage[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);

  const smtp = new SMTPServer({
    banner: 'Kurskatalog mail sink',
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: options.maxMessageBytes ?? 25 * 1024 * 1024,
    logger: false,
    closeTimeout: 2_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      const receivedAt = new Date();
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
      };
      simpleParser(stream)
        .then((parsed) => {
          const message = toMessage(parsed, envelope, receivedAt);
          store.push(message);
          events.emit('message', message);
          options.onMessage?.(message);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  smtp.on('error', () => {
    // Client-side errors (dropped connections) must not crash the test process.
  });

  const http = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sink.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
    const find = (id: string | undefined) => store.find((message) => message.id === id);

    // JSON API
    if (parts[0] === 'api' && parts[1] === 'messages') {
      if (parts.length === 2) {
        if (method === 'GET') return sendJson(res, 200, store);
        if (method === 'DELETE') {
          store.length = 0;
          return sendJson(res, 200, { deleted: true });
        }
      }
      const message = find(parts[2]);
      if (parts.length === 3) {
        if (!message) return sendJson(res, 404, { error: 'Message not found' });
        if (method === 'GET') return sendJson(res, 200, message);
        if (method === 'DELETE') {
          store.splice(store.indexOf(message), 1);
          return sendJson(res, 200, { deleted: true });
        }
      }
      if (parts.length === 5 && parts[3] === 'attachments' && method === 'GET') {
        const attachment = message?.attachments[Number(parts[4])];
        if (!message || !attachment || !/^\d+$/.test(parts[4] ?? '')) return sendJson(res, 404, { error: 'Attachment not found' });
        const name = attachment.filename ?? `vedlegg-${parts[4]}`;
        res.writeHead(200, {
          'content-type': attachment.contentType,
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          'x-content-type-options': 'nosniff',
        });
        res.end(Buffer.from(attachment.content, 'base64'));
        return;
      }
      return sendJson(res, 405, { error: `${method} ${path} is not supported` });
    }

    // HTML inbox
    if (path === '/' && (method === 'GET' || method === 'HEAD')) {
      res.writeHead(200, HTML_HEADERS);
      res.end(method === 'HEAD' ? undefined : renderInbox([...store].reverse(), { smtpPort: smtpPort(), host }));
      return;
    }
    if (path === '/slett-alle' && method === 'POST') {
      store.length = 0;
      res.writeHead(303, { location: '/' });
      res.end();
      return;
    }
    if (parts[0] === 'meldinger' && parts.length === 2 && method === 'GET') {
      const message = find(parts[1]);
      if (!message) {
        res.writeHead(404, HTML_HEADERS);
        res.end(renderMessage(null));
        return;
      }
      res.writeHead(200, HTML_HEADERS);
      res.end(renderMessage(message));
      return;
    }
    if (parts[0] === 'meldinger' && parts.length === 3 && parts[2] === 'html' && method === 'GET') {
      const message = find(parts[1]);
      if (!message?.html) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Ingen HTML-versjon');
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // No scripts, no network: only the message's own inline styles and data: images.
        'content-security-policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        'x-content-type-options': 'nosniff',
      });
      res.end(message.html);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Ikke funnet');
  }

  await listen(smtp.server, options.smtpPort ?? 0, host);
  try {
    await listen(http, options.httpPort ?? 0, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  const smtpPort = () => (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let stopped: Promise<void> | undefined;
  return {
    host,
    smtpPort: smtpPort(),
    httpPort,
    url: `http://${urlHost}:${httpPort}/`,
    async messages() {
      return structuredClone(store);
    },
    waitFor(predicate = () => true, timeoutMs = 5_000) {
      const existing = store.find(predicate);
      if (existing) return Promise.resolve(structuredClone(existing));
      return new Promise<MailMessage>((resolve, reject) => {
        const onMessage = (message: MailMessage) => {
          let matches: boolean;
          try {
            matches = predicate(message);
          } catch (error) {
            cleanup();
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (matches) {
            cleanup();
            resolve(structuredClone(message));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = store.map((message) => JSON.stringify(message.subject)).join(', ') || 'none';
          reject(new Error(`No matching e-mail within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        function cleanup() {
          clearTimeout(timer);
          events.off('message', onMessage);
        }
        events.on('message', onMessage);
      });
    },
    async clear() {
      store.length = 0;
    },
    stop() {
      stopped ??= Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeAllConnections();
        }),
      ]).then(() => undefined);
      return stopped;
    },
  };
}
