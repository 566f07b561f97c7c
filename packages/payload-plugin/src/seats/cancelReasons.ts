import { approvalCancelReasons } from '@kurskatalog/contract'

/** Why a place ended as cancelled, where the catalogue knows more than "cancelled": kept on the registration for the editors. */
export const cancelReasons = [...approvalCancelReasons, 'left-waitlist'] as const
export type CancelReason = (typeof cancelReasons)[number]
