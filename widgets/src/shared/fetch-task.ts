import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** What a fetch is doing: not started, on its way, done, or failed. */
export type FetchStatus = 'initial' | 'pending' | 'complete' | 'error'

/**
 * A fetch that follows its host's inputs: run before each render whose `args` differ (by identity) from the
 * last run's, the previous request aborted; aborted when the element leaves the page and run again if it
 * comes back. The part of @lit/task the widgets use, at a fraction of its size.
 */
export class FetchTask<A extends readonly unknown[], T> implements ReactiveController {
  status: FetchStatus = 'initial'
  value?: T
  error?: unknown
  #lastArgs?: A
  #calls = 0
  #abort?: AbortController
  #interrupted = false

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: (args: A, signal: AbortSignal) => Promise<T>,
    private readonly args: () => A,
  ) {
    host.addController(this)
  }

  hostUpdate(): void {
    const args = this.args()
    if (!this.#lastArgs || args.some((arg, index) => arg !== this.#lastArgs![index])) void this.run(args)
  }

  hostConnected(): void {
    if (this.#interrupted) void this.run()
  }

  hostDisconnected(): void {
    this.#interrupted = this.status === 'pending'
    this.#abort?.abort()
  }

  async run(args: A = this.args()): Promise<void> {
    this.#lastArgs = args
    this.#interrupted = false
    this.#abort?.abort()
    const abort = (this.#abort = new AbortController())
    const call = ++this.#calls
    this.status = 'pending'
    this.host.requestUpdate()
    let value: T | undefined
    let error: unknown
    try {
      value = await this.fetch(args, abort.signal)
    } catch (thrown) {
      error = thrown ?? new Error('fetch failed')
    }
    // An answer to a request that has since been replaced is not this task's answer any more.
    if (call !== this.#calls) return
    this.value = value
    this.error = error
    this.status = error === undefined ? 'complete' : 'error'
    this.host.requestUpdate()
  }
}
