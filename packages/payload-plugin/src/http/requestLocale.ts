import { toLocale, type Locale } from '@kurskatalog/contract'
import type { PublicRequest } from './publicRequest.js'

/** The language to answer in: `?lang=`, else the first of Accept-Language, else bokmål. */
export function requestLocale(req: PublicRequest, preferred?: unknown): Locale {
  if (typeof preferred === 'string') return toLocale(preferred)
  const fromQuery = req.searchParams?.get('lang')
  if (fromQuery) return toLocale(fromQuery)
  const accept = req.headers.get('accept-language') ?? ''
  return toLocale(accept.split(',')[0])
}
