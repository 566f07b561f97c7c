import { createServer, type Server, type Socket } from 'node:net'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { startMailSink, type MailSink } from '@kurskatalog/test-support'
import type { Plugin } from 'payload'

/**
 * One SMTP address whose server can be up (a real mail sink), down (nothing listens: connection
 * refused) or hung (accepts the connection and never greets, as an overloaded server does).
 */
export interface SwitchableSmtp {
  port: number
  /** Sends the test app's email to this address, giving up on a silent server after `greetingMs`. */
  plugin: (greetingMs?: number) => Plugin
  /** The sink while up (it keeps its messages across `down`/`up` only until it is stopped). */
  sink: () => MailSink
  up: () => Promise<MailSink>
  down: () => Promise<void>
  hang: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export async function switchableSmtp(): Promise<SwitchableSmtp> {
  const port = await freePort()
  let sink: MailSink | undefined
  let silent: { server: Server; sockets: Set<Socket> } | undefined
  const down = async () => {
    await sink?.stop()
    sink = undefined
    if (silent) {
      for (const socket of silent.sockets) socket.destroy()
      const { server } = silent
      await new Promise((resolve) => server.close(resolve))
      silent = undefined
    }
  }
  return {
    port,
    plugin: (greetingMs = 2000) => (config) => ({
      ...config,
      email: nodemailerAdapter({
        defaultFromAddress: 'kurs@uke.example.org',
        defaultFromName: 'UKE Kurskatalog',
        skipVerify: true,
        transportOptions: { host: '127.0.0.1', port, secure: false, ignoreTLS: true, greetingTimeout: greetingMs, connectionTimeout: greetingMs },
      }),
    }),
    sink: () => {
      if (!sink) throw new Error('the SMTP server is not up')
      return sink
    },
    up: async () => {
      await down()
      sink = await startMailSink({ smtpPort: port })
      return sink
    },
    down,
    hang: async () => {
      await down()
      const sockets = new Set<Socket>()
      const server = createServer((socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
      silent = { server, sockets }
    },
  }
}
