import { runReadLoad, type ReadLoadOptions, type ReadLoadResult } from './readLoad.js'

/** What the size dimension reads at each catalogue size. */
export interface SizeTargets {
  listing: string
  detail: string
  page: string
}

export interface SizeFigure {
  offerings: number
  listing: ReadLoadResult
  detail: ReadLoadResult
  page: ReadLoadResult
}

/** The three reads at the catalogue's present size, each as a short read load. */
export async function measureAtSize(baseUrl: string, offerings: number, targets: SizeTargets, options: ReadLoadOptions): Promise<SizeFigure> {
  return {
    offerings,
    listing: await runReadLoad(baseUrl + targets.listing, options),
    detail: await runReadLoad(baseUrl + targets.detail, options),
    page: await runReadLoad(baseUrl + targets.page, options),
  }
}
