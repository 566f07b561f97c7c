import { registrationStatuses } from '@kurskatalog/contract'
import { describe, expect, it } from 'vitest'
import { holdsSeat, seatGrantStatus, seatHoldingStatuses } from '../../src/seats/seatStatuses.js'

describe('holdsSeat', () => {
  it('counts confirmed, pending approval, attended and no-show against the seats; waitlisted and cancelled not', () => {
    const holding = registrationStatuses.filter(holdsSeat)
    expect(holding).toEqual(['confirmed', 'pending-approval', 'attended', 'no-show'])
    expect(registrationStatuses.filter((status) => !holdsSeat(status))).toEqual(['waitlisted', 'cancelled'])
    expect([...seatHoldingStatuses].sort()).toEqual([...holding].sort())
  })

  it('holds nothing for a missing or foreign status', () => {
    for (const status of [undefined, null, '', 'CONFIRMED', 1, {}]) expect(holdsSeat(status)).toBe(false)
  })
})

describe('seatGrantStatus', () => {
  it('confirms a seat, or keeps it pending when the offering needs approval', () => {
    expect(seatGrantStatus({ needsApproval: false })).toBe('confirmed')
    expect(seatGrantStatus({ needsApproval: true })).toBe('pending-approval')
  })

  it('grants a status that holds a seat', () => {
    expect(holdsSeat(seatGrantStatus({ needsApproval: false }))).toBe(true)
    expect(holdsSeat(seatGrantStatus({ needsApproval: true }))).toBe(true)
  })
})
