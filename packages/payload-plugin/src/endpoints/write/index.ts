import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'
import { approvalEndpoint } from './approval.js'
import { approvalPageEndpoint } from './approvalPage.js'
import { cancelEndpoint } from './cancel.js'
import { cancelPageEndpoint } from './cancelPage.js'
import { leaveWaitlistEndpoint } from './leaveWaitlist.js'
import { leaveWaitlistPageEndpoint } from './leaveWaitlistPage.js'
import { preflightEndpoint } from './preflight.js'
import { serviceRequestEndpoint } from './serviceRequest.js'
import { signupEndpoint } from './signup.js'

/** Guarded writes: sign-up, cancel, a leader's approval, leaving the waiting list, service request, with their CORS preflights; and the email links' pages. */
export function writeEndpoints(context: CatalogContext): Endpoint[] {
  return [
    signupEndpoint(context),
    preflightEndpoint(context, apiRoutes.registrations),
    cancelEndpoint(context),
    cancelPageEndpoint(context),
    preflightEndpoint(context, apiRoutes.cancel),
    approvalEndpoint(context),
    approvalPageEndpoint(context),
    leaveWaitlistEndpoint(context),
    leaveWaitlistPageEndpoint(context),
    preflightEndpoint(context, apiRoutes.leaveWaitlist),
    serviceRequestEndpoint(context),
    preflightEndpoint(context, apiRoutes.serviceRequests),
  ]
}
