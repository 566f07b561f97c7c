import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

export interface ProcessPeak {
  pid: number
  name: string
  /** Peak resident set size since start or since the last `resetPeakRss`, in bytes (VmHWM). */
  peakRssBytes: number
}

/** A peak under one load, and the resident size the process came into that load with. */
export interface LoadPeak extends ProcessPeak {
  /** VmRSS when the load began (V8 rarely gives memory back, so a later load starts where an earlier one left off). */
  rssBeforeBytes: number
}

/**
 * Every live process in the process group `groupId`. `startBuiltCms` makes the CMS server lead its own
 * group, so this is the app server and anything it spawned.
 */
export function processGroup(groupId: number): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The name is in parentheses and may hold spaces; the fields after it are: state ppid pgrp.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === groupId) pids.push(Number(entry))
    } catch {
      // Gone between the listing and the read.
    }
  }
  return pids
}

/**
 * Resets the kernel's peak-RSS mark of each process to its current RSS (`clear_refs` 5, Linux ≥ 4.0),
 * so the next reading is the peak under the load that follows, not since start. False if refused.
 */
export function resetPeakRss(pids: readonly number[]): boolean {
  let ok = true
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5')
    } catch {
      ok = false
    }
  }
  return ok
}

function statusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): { name: string; bytes: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(new RegExp(`^${field}:\\s*(\\d+)\\s*kB$`, 'm').exec(status)?.[1] ?? 0)
    return { name: /^Name:\s*(.+)$/m.exec(status)?.[1]?.trim() ?? '?', bytes: kib * 1024 }
  } catch {
    return { name: 'gone', bytes: 0 }
  }
}

/** VmHWM of each process (0 for one that is gone). */
export function peakRss(pids: readonly number[]): ProcessPeak[] {
  return pids.map((pid) => {
    const { name, bytes } = statusBytes(pid, 'VmHWM')
    return { pid, name, peakRssBytes: bytes }
  })
}

/** Measures the peak RSS of a process group while `load` runs: reset before, read after. */
export async function measurePeakRss<T>(groupId: number, load: () => Promise<T>): Promise<{ result: T; peaks: LoadPeak[]; exact: boolean }> {
  const before = processGroup(groupId)
  const exact = resetPeakRss(before)
  const rssBefore = new Map(before.map((pid) => [pid, statusBytes(pid, 'VmRSS').bytes]))
  const result = await load()
  // A process that started during the load has its whole life as its peak, which is what we want.
  const after = [...new Set([...before, ...processGroup(groupId)])]
  const peaks = peakRss(after)
    .filter((peak) => peak.peakRssBytes > 0)
    .map((peak) => ({ ...peak, rssBeforeBytes: rssBefore.get(peak.pid) ?? 0 }))
  return { result, peaks, exact }
}

/** What the processes of the group hold now (VmRSS, summed), in bytes. */
export function groupRss(groupId: number): number {
  return processGroup(groupId).reduce((sum, pid) => sum + statusBytes(pid, 'VmRSS').bytes, 0)
}
