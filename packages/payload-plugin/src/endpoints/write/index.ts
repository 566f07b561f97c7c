import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'
import { cancelEndpoint, cancelPath } from './cancel.js'
import { cancelPageEndpoint } from './cancelPage.js'
import { preflightEndpoint } from './preflight.js'
import { serviceRequestEndpoint, serviceRequestPath } from './serviceRequest.js'
import { signupEndpoint, signupPath } from './signup.js'

/** Guarded writes: sign-up, cancel, service request, with their CORS preflights; and the cancel link's page. */
export function writeEndpoints(context: CatalogContext): Endpoint[] {
  return [
    signupEndpoint(context),
    preflightEndpoint(context, signupPath),
    cancelEndpoint(context),
    cancelPageEndpoint(context),
    preflightEndpoint(context, cancelPath),
    serviceRequestEndpoint(context),
    preflightEndpoint(context, serviceRequestPath),
  ]
}
