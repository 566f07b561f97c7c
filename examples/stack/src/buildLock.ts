import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Runs `work` while holding a lock directory, so two launchers (say, two e2e suites) never build
 * the same output at once. A lock left by a process that died is taken over.
 */
export async function withBuildLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  const owner = path.join(lockDir, 'pid')
  for (;;) {
    try {
      await mkdir(lockDir)
      await writeFile(owner, String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(await readFile(owner, 'utf8').catch(() => ''))
      // No pid yet means the owner is between mkdir and writeFile, unless it died right there.
      const since = (await stat(lockDir).catch(() => null))?.mtimeMs ?? Date.now()
      const abandoned = pid > 0 ? !isAlive(pid) : Date.now() - since > 60_000
      if (abandoned) await rm(lockDir, { recursive: true, force: true })
      else await sleep(500)
    }
  }
  try {
    return await work()
  } finally {
    await rm(lockDir, { recursive: true, force: true })
  }
}
