/**
 * Rate limits count in fixed windows aligned to the clock. A test that sends a burst and expects the
 * last request refused waits, when the current window is nearly over, for the next one to begin, so
 * the burst cannot straddle the edge and land in two windows.
 */
export async function startInsideRateWindow(windowSeconds: number, needSeconds = 25): Promise<void> {
  const windowMs = windowSeconds * 1000
  const left = windowMs - (Date.now() % windowMs)
  if (left < needSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100))
}
