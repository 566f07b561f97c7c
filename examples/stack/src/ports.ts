import { createServer } from 'node:net'

/**
 * Throws a clear error, naming the environment variable that moves it, if something already
 * listens on `port`. 0 (any free port) always passes.
 */
export async function assertPortFree(port: number, envName: string): Promise<void> {
  if (port === 0) return
  await new Promise<void>((resolve, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} er opptatt. Stopp det som bruker den, eller velg en annen med ${envName}=…`) : error),
    )
    // No host: the dual-stack address, so a server on either 127.0.0.1 or ::1 counts.
    server.listen(port, () => server.close(() => resolve()))
  })
}
