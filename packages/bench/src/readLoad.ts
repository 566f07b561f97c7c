import autocannon from 'autocannon'

export interface ReadLoadOptions {
  connections: number
  durationSeconds: number
  warmupSeconds: number
}

export interface ReadLoadResult {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
}

async function fire(url: string, connections: number, durationSeconds: number): Promise<autocannon.Result> {
  // No Accept-Encoding: every target is measured uncompressed, so the three move the same bytes.
  return autocannon({ url, connections, duration: durationSeconds, pipelining: 1, timeout: 30 })
}

/**
 * GETs `url` from `connections` keep-alive connections for a fixed time, after a warm-up run whose
 * figures are thrown away (the JIT, Next's route cache and the database's page cache settle there).
 */
export async function runReadLoad(url: string, options: ReadLoadOptions, measured: <T>(load: () => Promise<T>) => Promise<T> = (load) => load()): Promise<ReadLoadResult> {
  if (options.warmupSeconds > 0) await fire(url, options.connections, options.warmupSeconds)
  const result = await measured(() => fire(url, options.connections, options.durationSeconds))
  const answered = result['2xx'] + result.non2xx
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: answered,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}
