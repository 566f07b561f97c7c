import { defaultPageSize, maxPageSize, toSearchParams, type OfferingQuery } from '@kurskatalog/contract'
import { expect } from '@open-wc/testing'
import * as local from '../src/components/course-list/listing-query.js'

describe('the list\'s copy of the contract\'s listing query', () => {
  it('has the same page sizes', () => {
    expect(local.defaultPageSize).to.equal(defaultPageSize)
    expect(local.maxPageSize).to.equal(maxPageSize)
  })

  const queries: OfferingQuery[] = [
    {},
    { limit: 12 },
    { q: 'samtale & ledelse', agency: 'bydel-frogner', limit: 5, page: 2 },
    { to: '2026-12-31', from: '2026-01-01', kind: 'programme', format: 'digital', audience: 'leaders', topic: 'ledelse' },
    { agency: '', q: '' },
  ]
  for (const query of queries) {
    it(`serialises ${JSON.stringify(query)} as the contract does`, () => {
      expect(local.listingSearch(query)).to.equal(toSearchParams(query).toString())
    })
  }
})
