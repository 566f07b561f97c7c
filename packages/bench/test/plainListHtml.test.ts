import type { OfferingListResponse, OfferingSummary } from '@kurskatalog/contract'
import { describe, expect, it } from 'vitest'
import { plainListHtml } from '../src/plainListHtml.js'

const offering = (title: string, index: number): OfferingSummary => ({
  kind: 'course',
  slug: `kurs-${index}`,
  title,
  summary: 'Et kurs.',
  audience: 'leaders',
  format: 'in-person',
  topics: [],
  duration: '1 dag',
  price: { free: true, amountNok: null },
  byApplication: false,
  nextSessions: [
    {
      id: String(index),
      startsAt: '2030-01-10T08:00:00.000Z',
      endsAt: '2030-01-10T14:00:00.000Z',
      meetings: [{ startsAt: '2030-01-10T08:00:00.000Z', endsAt: '2030-01-10T14:00:00.000Z', place: { name: 'UKE, Helsfyr', address: null }, online: false }],
      language: 'nb',
      capacity: 20,
      seatsLeft: 3,
      seatStatus: 'few-left',
      signupDeadline: null,
      waitlistEnabled: true,
    },
  ],
  updatedAt: '2030-01-01T00:00:00.000Z',
})

const listing = (titles: string[]): OfferingListResponse => ({
  items: titles.map(offering),
  page: 1,
  totalPages: 1,
  totalItems: titles.length,
  limit: 30,
})

describe('the plain HTML list the widget is compared with', () => {
  it('has one entry per offering, where the bench counts them', () => {
    const html = plainListHtml(listing(['A', 'B', 'C']))
    const entries = html.match(/<li class="item">/g) ?? []
    expect(entries).toHaveLength(3)
    expect(html).toContain('Bare 3 ledige plasser')
  })

  it('writes titles as text, never as markup', () => {
    const html = plainListHtml(listing(['<img src=x onerror=alert(1)> & "Ledelse"']))
    expect(html).not.toContain('<img')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Ledelse&#34;')
  })
})
