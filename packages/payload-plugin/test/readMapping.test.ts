import { describe, expect, it } from 'vitest'
import { osloStartOfDay } from '../src/catalog/osloTime.js'
import { toRichTextBlocks } from '../src/catalog/richText.js'
import { seatStatusOf } from '../src/catalog/seatStatus.js'

// Pure mappings the read endpoints are built from; the endpoints themselves are tested on both databases.
describe('seat status', () => {
  const now = new Date('2031-01-01T12:00:00Z')
  const session = { capacity: 20, taken: 0, status: 'open' as const, waitlistEnabled: true, startsAt: '2031-02-01T09:00:00Z', signupDeadline: null }

  it.each([
    [20, 0, 'open'],
    [20, 15, 'open'], // 5 left > 20/5
    [20, 16, 'few-left'], // 4 left = 20/5
    [5, 1, 'open'], // 4 left > 3
    [5, 2, 'few-left'], // 3 left: never fewer than 3 counts as few
    [100, 80, 'few-left'],
    [100, 79, 'open'],
    [20, 20, 'waitlist'],
    [20, 25, 'waitlist'], // an over-full ledger (editor lowered capacity) is still just full
  ])('capacity %i with %i taken is %s', (capacity, taken, expected) => {
    expect(seatStatusOf({ ...session, capacity, taken }, now)).toBe(expected)
  })

  it('is full without a waiting list, closed after the deadline or the start, cancelled above all', () => {
    expect(seatStatusOf({ ...session, taken: 20, waitlistEnabled: false }, now)).toBe('full')
    expect(seatStatusOf({ ...session, signupDeadline: '2031-01-01T11:59:59Z' }, now)).toBe('closed')
    expect(seatStatusOf({ ...session, signupDeadline: '2031-01-01T12:00:01Z' }, now)).toBe('open')
    expect(seatStatusOf({ ...session, startsAt: '2031-01-01T08:00:00Z' }, now)).toBe('closed')
    expect(seatStatusOf({ ...session, status: 'cancelled', signupDeadline: '2030-01-01T00:00:00Z' }, now)).toBe('cancelled')
  })
})

describe('rich text to plain blocks', () => {
  const text = (value: string) => ({ type: 'text', text: value })
  it('keeps headings, paragraphs and lists as plain text, and drops empty blocks', () => {
    expect(
      toRichTextBlocks({
        root: {
          type: 'root',
          children: [
            { type: 'heading', tag: 'h1', children: [text('Tittel')] },
            { type: 'heading', tag: 'h3', children: [text('Under')] },
            { type: 'heading', tag: 'h6', children: [text('Liten')] },
            { type: 'paragraph', children: [] },
            { type: 'paragraph', children: [text('Linje én'), { type: 'linebreak' }, { type: 'link', children: [text('lenke')] }] },
            { type: 'quote', children: [text('  Sitat  ')] },
            {
              type: 'list',
              listType: 'number',
              children: [
                { type: 'listitem', children: [text('Først')] },
                { type: 'listitem', children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Inni')] }] }] },
              ],
            },
            { type: 'upload', value: { id: 1 } },
          ],
        },
      }),
    ).toEqual([
      { type: 'heading', level: 2, text: 'Tittel' },
      { type: 'heading', level: 3, text: 'Under' },
      { type: 'heading', level: 4, text: 'Liten' },
      { type: 'paragraph', text: 'Linje én\nlenke' },
      { type: 'paragraph', text: 'Sitat' },
      { type: 'list', ordered: true, items: ['Først', 'Inni'] },
    ])
  })

  it('gives nothing for an empty or foreign value', () => {
    expect(toRichTextBlocks(null)).toEqual([])
    expect(toRichTextBlocks('<p>html</p>')).toEqual([])
    expect(toRichTextBlocks({ root: { children: 'x' } })).toEqual([])
  })
})

describe('Oslo days', () => {
  it('starts a day at Oslo midnight, winter and summer, and across the clock changes', () => {
    expect(osloStartOfDay('2031-01-15').toISOString()).toBe('2031-01-14T23:00:00.000Z')
    expect(osloStartOfDay('2031-07-15').toISOString()).toBe('2031-07-14T22:00:00.000Z')
    // Summer time starts 2031-03-30 at 02:00 and ends 2031-10-26 at 03:00; midnight is on the old offset.
    expect(osloStartOfDay('2031-03-30').toISOString()).toBe('2031-03-29T23:00:00.000Z')
    expect(osloStartOfDay('2031-03-31').toISOString()).toBe('2031-03-30T22:00:00.000Z')
    expect(osloStartOfDay('2031-10-26').toISOString()).toBe('2031-10-25T22:00:00.000Z')
    expect(osloStartOfDay('2031-10-27').toISOString()).toBe('2031-10-26T23:00:00.000Z')
  })
})
