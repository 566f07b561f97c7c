import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'
import { expect } from 'vitest'
import { catalogTimeZone } from '@kurskatalog/contract'
import { chromiumFlags, chromiumPath } from '@kurskatalog/test-support'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumFlags] })
}

/** A desktop visitor in Oslo, in bokmål; each journey's people get their own context (cookies, cache, storage). */
export const desktop: BrowserContextOptions = {
  viewport: { width: 1200, height: 860 },
  locale: 'nb-NO',
  timezoneId: catalogTimeZone,
}

/** A phone 360 CSS pixels wide (a common small Android width). */
export const phone: BrowserContextOptions = {
  ...desktop,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}

/** Where a failing journey leaves pictures of its pages, next to the JUnit report CI keeps. */
export const failuresDir = fileURLToPath(new URL('../../../test-results/e2e-failures/', import.meta.url))

/**
 * Runs `visit` in a new context and always closes it, so a failing journey leaves no pages behind;
 * if it fails, each open page is photographed first.
 */
export async function withContext<T>(
  browser: Browser,
  options: BrowserContextOptions,
  visit: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options)
  context.setDefaultTimeout(30_000)
  try {
    return await visit(context)
  } catch (error) {
    await photographPages(context).catch(() => {})
    throw error
  } finally {
    await context.close()
  }
}

async function photographPages(context: BrowserContext): Promise<void> {
  const test = (expect.getState().currentTestName ?? 'e2e').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120)
  await mkdir(failuresDir, { recursive: true })
  for (const [index, page] of context.pages().entries()) {
    await page.screenshot({ path: path.join(failuresDir, `${test}-${index + 1}.png`), fullPage: true, timeout: 5_000 })
  }
}
