import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultCmsDir } from '@kurskatalog/test-support'

/**
 * Files the bench puts in the CMS's `public/bench/`, served by the same Next server as the API.
 * Next serves only public files that exist when the server starts, so they are written before the
 * measured server starts, and removed when the bench ends.
 */
export const benchPublicDir = join(defaultCmsDir, 'public', 'bench')

export const benchPaths = {
  listingJson: '/bench/offerings.json',
  plainList: '/bench/list.html',
  widgetHost: '/bench/widget.html',
} as const

export async function writeBenchPages(files: { listingJson: string; plainList: string; widgetHost: string }): Promise<void> {
  await mkdir(benchPublicDir, { recursive: true })
  await Promise.all(
    (Object.keys(benchPaths) as (keyof typeof benchPaths)[]).map((key) => writeFile(join(defaultCmsDir, 'public', benchPaths[key]), files[key])),
  )
}

export async function removeBenchPages(): Promise<void> {
  await rm(benchPublicDir, { recursive: true, force: true })
}
