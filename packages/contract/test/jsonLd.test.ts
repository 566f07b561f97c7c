import { describe, expect, it } from 'vitest'
import { courseJsonLd, coursesJsonLd, type OfferingSummary, type SessionSummary } from '../src/index.js'

const session = (id: string, seatStatus: SessionSummary['seatStatus'] = 'open'): SessionSummary => ({
  id,
  startsAt: '2031-03-04T08:00:00.000Z',
  endsAt: '2031-03-04T14:30:00.000Z',
  meetings: [
    { startsAt: '2031-03-04T08:00:00.000Z', endsAt: '2031-03-04T14:30:00.000Z', place: { name: 'UKE, Helsfyr', address: 'Helsfyr, Oslo' }, online: false },
  ],
  language: 'nb',
  capacity: 20,
  seatsLeft: 3,
  seatStatus,
  signupDeadline: null,
  waitlistEnabled: true,
})

const offering: OfferingSummary = {
  kind: 'programme',
  slug: 'tillit',
  title: 'Tillit </script><script>alert(1)</script>',
  summary: 'Et program.',
  audience: 'leaders',
  format: 'in-person',
  topics: [],
  duration: null,
  price: { free: false, amountNok: 12000 },
  byApplication: true,
  nextSessions: [session('a')],
  updatedAt: '2031-01-01T00:00:00.000Z',
}

describe('course JSON-LD', () => {
  it('describes an offering as a schema.org Course with its sessions as instances', () => {
    expect(courseJsonLd(offering, 'https://kurs.example.no/kurs/tillit', [session('a'), session('b', 'cancelled')])).toEqual({
      '@type': 'Course',
      name: offering.title,
      description: 'Et program.',
      url: 'https://kurs.example.no/kurs/tillit',
      isAccessibleForFree: false,
      offers: { '@type': 'Offer', price: 12000, priceCurrency: 'NOK', category: 'Paid' },
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'onsite',
          startDate: '2031-03-04T08:00:00.000Z',
          endDate: '2031-03-04T14:30:00.000Z',
          inLanguage: 'nb',
          location: { '@type': 'Place', name: 'UKE, Helsfyr', address: 'Helsfyr, Oslo' },
        },
        expect.objectContaining({ eventStatus: 'https://schema.org/EventCancelled' }),
      ],
    })
  })

  it('never lets a title close the script element it is written into', () => {
    const text = coursesJsonLd([offering], () => null)
    expect(text).not.toContain('<')
    expect(JSON.parse(text)['@graph'][0].name).toBe(offering.title)
  })
})
