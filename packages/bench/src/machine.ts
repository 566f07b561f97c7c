import { readFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  date: string
  /** Runnable processes, averaged over the last minute, when the bench started: other work competes for the cores. */
  loadAverage: number
}

/** What the figures were measured on; they mean little without it. */
export function describeMachine(now = new Date()): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() || cpuModelFromProc() || 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}${distribution()}`,
    node: process.version,
    date: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  }
}

function cpuModelFromProc(): string | null {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? null
  } catch {
    return null
  }
}

function distribution(): string {
  try {
    const name = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    return name ? ` (${name})` : ''
  } catch {
    return ''
  }
}
