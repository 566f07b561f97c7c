import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type MailMessage, type MailSink } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Kurskatalog//NO',
  'BEGIN:VEVENT',
  'UID:kurs-42@kurskatalog.test',
  'DTSTART:20270115T080000Z',
  'DTEND:20270115T150000Z',
  'SUMMARY:Førstehjelp grunnkurs',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

function transport(port: number) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false });
}

async function sendConfirmation(port: number, extra: Partial<nodemailer.SendMailOptions> = {}) {
  return transport(port).sendMail({
    from: 'Kurskatalog <noreply@kurskatalog.test>',
    to: 'Kari Nordmann <kari@example.no>',
    bcc: 'arkiv@kurskatalog.test',
    subject: 'Påmelding bekreftet: Førstehjelp',
    text: 'Hei Kari! Du er påmeldt.',
    html: '<p>Hei Kari! Du er <strong>påmeldt</strong>.</p><script>alert(1)</script>',
    attachments: [{ filename: 'kurs.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    ...extra,
  });
}

describe('startMailSink', () => {
  let sink: MailSink;
  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterEach(async () => {
    await sink.clear();
  });
  afterAll(async () => {
    await sink?.stop();
  });

  it('receives a message with an .ics attachment and gives it back parsed', async () => {
    expect(sink.smtpPort).toBeGreaterThan(0);
    expect(sink.url).toBe(`http://127.0.0.1:${sink.httpPort}/`);
    const info = await sendConfirmation(sink.smtpPort);
    expect(info.rejected).toEqual([]);

    const [message, ...rest] = await sink.messages();
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      from: 'Kurskatalog <noreply@kurskatalog.test>',
      to: ['kari@example.no'],
      cc: [],
      envelope: { from: 'noreply@kurskatalog.test', to: ['kari@example.no', 'arkiv@kurskatalog.test'] },
      subject: 'Påmelding bekreftet: Førstehjelp',
      text: 'Hei Kari! Du er påmeldt.',
      messageId: info.messageId,
    });
    expect(message!.html).toContain('<strong>påmeldt</strong>');
    expect(Number.isNaN(Date.parse(message!.date))).toBe(false);
    expect(message!.attachments).toHaveLength(1);
    const attachment = message!.attachments[0]!;
    expect(attachment.filename).toBe('kurs.ics');
    expect(attachment.contentType).toBe('text/calendar');
    expect(Buffer.from(attachment.content, 'base64').toString('utf8')).toBe(ics);
    expect(attachment.size).toBe(Buffer.byteLength(ics));
  });

  it('serves the messages over the JSON API, by id, and deletes them', async () => {
    await sendConfirmation(sink.smtpPort);
    const list = (await (await fetch(`${sink.url}api/messages`)).json()) as MailMessage[];
    expect(list).toHaveLength(1);
    const [listed] = list;
    expect(listed!.subject).toBe('Påmelding bekreftet: Førstehjelp');
    expect(Buffer.from(listed!.attachments[0]!.content, 'base64').toString('utf8')).toContain('SUMMARY:Førstehjelp grunnkurs');

    const one = await fetch(`${sink.url}api/messages/${listed!.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await one.json()).toEqual(listed);

    const file = await fetch(`${sink.url}api/messages/${listed!.id}/attachments/0`);
    expect(file.headers.get('content-type')).toBe('text/calendar');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''kurs.ics");
    expect(await file.text()).toBe(ics);

    expect((await fetch(`${sink.url}api/messages/nope`)).status).toBe(404);
    expect((await fetch(`${sink.url}api/messages/${listed!.id}/attachments/1`)).status).toBe(404);

    const deleted = await fetch(`${sink.url}api/messages`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await sink.messages()).toEqual([]);
    expect(await (await fetch(`${sink.url}api/messages`)).json()).toEqual([]);
  });

  it('waitFor resolves for a message that arrives later, and rejects with what did arrive on timeout', async () => {
    const waiting = sink.waitFor((message) => message.to.includes('ola@example.no'), 5_000);
    await sendConfirmation(sink.smtpPort, { subject: 'Til Kari' });
    await sendConfirmation(sink.smtpPort, { to: 'ola@example.no', subject: 'Til Ola' });
    const message = await waiting;
    expect(message.subject).toBe('Til Ola');
    // Already received: resolves at once.
    expect((await sink.waitFor((m) => m.subject === 'Til Kari', 10)).subject).toBe('Til Kari');
    await expect(sink.waitFor((m) => m.subject === 'Finnes ikke', 200)).rejects.toThrow(
      /No matching e-mail within 200 ms \(received: "Til Kari", "Til Ola"\)/,
    );
  });

  it('accepts clients that log in (any user and password)', async () => {
    await nodemailer
      .createTransport({ host: '127.0.0.1', port: sink.smtpPort, secure: false, auth: { user: 'payload', pass: 'hemmelig' } })
      .sendMail({ from: 'a@kurskatalog.test', to: 'b@example.no', subject: 'Med innlogging', text: 'x' });
    expect((await sink.messages()).map((m) => m.subject)).toEqual(['Med innlogging']);
  });

  it('shows an accessible Norwegian inbox and message view, with untrusted content escaped', async () => {
    await sendConfirmation(sink.smtpPort, { subject: 'Kurs <script>alert("x")</script> & mer' });
    const [message] = await sink.messages();
    const inbox = await fetch(sink.url);
    expect(inbox.status).toBe(200);
    expect(inbox.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(inbox.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await inbox.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<h1>Innboks</h1>');
    expect(html).toContain('<th scope="col">Emne</th>');
    expect(html).toContain('Kurs &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<(link|img|script)\b|https?:\/\//);
    expect(html).toContain(`href="/meldinger/${message!.id}"`);

    const view = await (await fetch(`${sink.url}meldinger/${message!.id}`)).text();
    expect(view).toContain('<dt>Fra</dt><dd>Kurskatalog &lt;noreply@kurskatalog.test&gt;</dd>');
    expect(view).toContain('<dt>Blindkopi</dt><dd>arkiv@kurskatalog.test</dd>');
    expect(view).toContain('<pre>Hei Kari! Du er påmeldt.</pre>');
    expect(view).toContain(`<a href="/api/messages/${message!.id}/attachments/0" download>kurs.ics</a>`);
    expect(view).toContain(`<iframe src="/meldinger/${message!.id}/html" sandbox title="HTML-versjonen av meldingen">`);
    expect(view).not.toContain('<script>');

    const body = await fetch(`${sink.url}meldinger/${message!.id}/html`);
    expect(body.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(await body.text()).toContain('<strong>påmeldt</strong>');

    expect((await fetch(`${sink.url}meldinger/ukjent`)).status).toBe(404);
    const cleared = await fetch(`${sink.url}slett-alle`, { method: 'POST', redirect: 'manual' });
    expect(cleared.status).toBe(303);
    expect(await sink.messages()).toEqual([]);
    expect(await (await fetch(sink.url)).text()).toContain('Ingen meldinger ennå.');
  });

  it('stop() closes both ports', async () => {
    const other = await startMailSink();
    await other.stop();
    await expect(fetch(other.url)).rejects.toThrow();
    await expect(sendConfirmation(other.smtpPort)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('mail-sink CLI', () => {
  it('runs as a process, prints its URLs, receives mail and stops on SIGTERM', async () => {
    const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(here, '..', 'src', 'cli', 'mail-sink.ts'), '--smtp-port=0', '--http-port=0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const urls = await new Promise<{ smtp: number; inbox: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`CLI did not start: ${out} ${err}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const smtp = /SMTP: smtp:\/\/127\.0\.0\.1:(\d+)/.exec(out);
          const inbox = /Innboks: (http:\/\/\S+)/.exec(out);
          if (smtp && inbox && out.includes('API: ')) {
            clearTimeout(timer);
            resolve({ smtp: Number(smtp[1]), inbox: inbox[1]! });
          }
        });
      });
      expect(out).toMatch(/API: http:\/\/127\.0\.0\.1:\d+\/api\/messages/);
      await sendConfirmation(urls.smtp);
      const list = (await (await fetch(`${urls.inbox}api/messages`)).json()) as MailMessage[];
      expect(list.map((m) => m.attachments[0]?.filename)).toEqual(['kurs.ics']);
      await expect.poll(() => out).toContain('Mottatt: "Påmelding bekreftet: Førstehjelp"');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('E-postmottak stoppet.');
  });
});
