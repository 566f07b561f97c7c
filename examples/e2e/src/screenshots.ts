import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'

/** The pictures the README shows, overwritten on every run that takes them. */
export const screenshotsDir = fileURLToPath(new URL('../screenshots/', import.meta.url))

export type Screenshots = (target: Page | Locator, name: string) => Promise<void>

/** Saves what `target` shows (a page's viewport, or one element) as a PNG under `screenshots/`. */
export const saveScreenshots: Screenshots = async (target, name) => {
  await mkdir(screenshotsDir, { recursive: true })
  await target.screenshot({ path: path.join(screenshotsDir, name), animations: 'disabled', scale: 'css' })
}

/** For the runs that must not overwrite the pictures. */
export const noScreenshots: Screenshots = async () => {}
