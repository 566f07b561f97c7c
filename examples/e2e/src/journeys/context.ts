import type { Stack } from '@kurskatalog/stack'
import type { Browser } from 'playwright-core'
import type { Screenshots } from '../screenshots.js'

/** What every journey gets: one Chromium, the running stack, which database it runs on, and the camera. */
export interface Journey {
  browser: Browser
  stack: Stack
  database: 'sqlite' | 'mongodb'
  screenshot: Screenshots
}
