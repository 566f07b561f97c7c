import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodedBody, preferredEncoding } from '../src/http/contentEncoding.js'

describe('choosing a content encoding from Accept-Encoding', () => {
  it.each([
    [null, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['BR, GZIP', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['gzip;q=0.8, br;q=0.4', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip, *;q=0', 'gzip'],
    ['gzip;q=abc', null],
    ['gzip;q=2, br;q=0.1', 'br'],
    ['br;q=, gzip', 'gzip'],
    [' ;;, ,gzip ; q = 1 ', 'gzip'],
    ['x'.repeat(100_000), null],
  ] as const)('%j → %j', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected)
  })
})

describe('an encoded body', () => {
  const text = JSON.stringify({ items: Array.from({ length: 200 }, (_, index) => ({ title: `Ærlig lederdialog på Ås ${index}`, slug: `kurs-${index}` })) })

  it('decodes to the same text, brotli and gzip, and is smaller', () => {
    const br = encodedBody(text, '"one"', 'br')
    const gzip = encodedBody(text, '"one"', 'gzip')
    expect(brotliDecompressSync(br).toString('utf8')).toBe(text)
    expect(gunzipSync(gzip).toString('utf8')).toBe(text)
    expect(br.length).toBeLessThan(Buffer.byteLength(text) / 4)
    expect(gzip.length).toBeLessThan(Buffer.byteLength(text) / 4)
  })

  it('is compressed once per ETag and encoding: the second ask gets the same bytes', () => {
    const first = encodedBody(text, '"twice"', 'br')
    expect(encodedBody(text, '"twice"', 'br')).toBe(first)
    expect(encodedBody(text, '"twice"', 'gzip')).not.toBe(first)
  })

  it('keeps a bounded number of bodies: an old one is compressed again, to the same text', () => {
    const first = encodedBody(text, '"old"', 'gzip')
    for (let index = 0; index < 200; index++) encodedBody(`${text}${index}`, `"filler-${index}"`, 'gzip')
    const again = encodedBody(text, '"old"', 'gzip')
    expect(again).not.toBe(first)
    expect(gunzipSync(again).toString('utf8')).toBe(text)
  })
})
