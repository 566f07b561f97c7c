/**
 * Runs the mail sink as a process:
 *   tsx src/cli/mail-sink.ts --smtp-port=1025 --http-port=1080 [--host=127.0.0.1]
 * Prints its URLs, logs each message received, stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startMailSink } from '../mail-sink.js';

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    console.error(`Ugyldig --${name}: ${value}`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: {
    'smtp-port': { type: 'string' },
    'http-port': { type: 'string' },
    host: { type: 'string' },
  },
  strict: true,
});

const sink = await startMailSink({
  host: values.host ?? '127.0.0.1',
  smtpPort: port(values['smtp-port'], 1025, 'smtp-port'),
  httpPort: port(values['http-port'], 1080, 'http-port'),
  onMessage(message) {
    const attachments = message.attachments.length ? ` (${message.attachments.length} vedlegg)` : '';
    console.log(`Mottatt: "${message.subject}" fra ${message.from} til ${message.envelope.to.join(', ')}${attachments}`);
  },
});

console.log(`E-postmottak kjører.`);
console.log(`SMTP: smtp://${sink.host}:${sink.smtpPort}`);
console.log(`Innboks: ${sink.url}`);
console.log(`API: ${sink.url}api/messages`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sink.stop().then(
      () => {
        console.log('E-postmottak stoppet.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
