import autocannon from 'autocannon'

export interface ReadLoadOptions {
  connections: number
  durationSeconds: number
  warmupSeconds: number
  /** Request headers; none by default, so no `Accept-Encoding` and every target is measured uncompressed. */
  headers?: Record<string, string>
}

export interface ReadLoadResult {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
}

async function fire(url: string, options: ReadLoadOptions, durationSeconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: options.connections, duration: durationSeconds, pipelining: 1, timeout: 30, headers: options.headers })
}

/** The warm-up alone: the JIT, Next's route cache and the database's page cache settle here; its figures are thrown away. */
export async function warmUp(url: string, options: ReadLoadOptions): Promise<void> {
  if (options.warmupSeconds > 0) await fire(url, options, options.warmupSeconds)
}

/**
 * GETs `url` from `connections` keep-alive connections for a fixed time, after a warm-up run whose
 * figures are thrown away.
 */
export async function runReadLoad(url: string, options: ReadLoadOptions, measured: <T>(load: () => Promise<T>) => Promise<T> = (load) => load()): Promise<ReadLoadResult> {
  await warmUp(url, options)
  const result = await measured(() => fire(url, options, options.durationSeconds))
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
