import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Files the bench puts in the CMS's `public/bench/`, served by the same Next server as the API.
 * Next serves only public files that exist when the server starts, so they are written before the
 * measured server starts, and removed when the bench ends.
 */
export const benchPaths = {
  listingJson: '/bench/offerings.json',
  detailJson: '/bench/offering.json',
  plainList: '/bench/list.html',
  widgetHost: '/bench/widget.html',
} as const

export type BenchPages = Record<keyof typeof benchPaths, string>

export async function writeBenchPages(cmsDir: string, files: BenchPages): Promise<void> {
  await mkdir(join(cmsDir, 'public', 'bench'), { recursive: true })
  await Promise.all(
    (Object.keys(benchPaths) as (keyof typeof benchPaths)[]).map((key) => writeFile(join(cmsDir, 'public', benchPaths[key]), files[key])),
  )
}

export async function removeBenchPages(cmsDir: string): Promise<void> {
  await rm(join(cmsDir, 'public', 'bench'), { recursive: true, force: true })
}
