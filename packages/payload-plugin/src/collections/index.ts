import type { CollectionConfig } from 'payload'
import { shallowPublicQueries } from '../access/shallowPublicQueries.js'
import { bumpOnChange, catalogContentCollections } from '../catalog/readModel/bumpOnChange.js'
import type { CatalogCollection, CatalogContext, KurskatalogOptions } from '../types.js'
import { buildAgencies } from './Agencies/index.js'
import { buildAttendance } from './Attendance/index.js'
import { buildBrochureParts } from './BrochureParts/index.js'
import { buildBrochures } from './Brochures/index.js'
import { buildCatalogVersions } from './CatalogVersions/index.js'
import { buildCourses } from './Courses/index.js'
import { buildEditorMessages } from './EditorMessages/index.js'
import { buildFacilitators } from './Facilitators/index.js'
import { buildLocations } from './Locations/index.js'
import { buildProgrammes } from './Programmes/index.js'
import { buildQueuedEmails } from './QueuedEmails/index.js'
import { buildRateLimits } from './RateLimits/index.js'
import { buildRegistrations } from './Registrations/index.js'
import { buildReminders } from './Reminders/index.js'
import { buildServiceRequests } from './ServiceRequests/index.js'
import { buildServices } from './Services/index.js'
import { buildSessionSeats } from './SessionSeats/index.js'
import { buildSessions } from './Sessions/index.js'
import { buildTopics } from './Topics/index.js'

const builders: Record<CatalogCollection, (context: CatalogContext) => CollectionConfig> = {
  courses: buildCourses,
  programmes: buildProgrammes,
  services: buildServices,
  sessions: buildSessions,
  registrations: buildRegistrations,
  'service-requests': buildServiceRequests,
  facilitators: buildFacilitators,
  locations: buildLocations,
  topics: buildTopics,
  agencies: buildAgencies,
  'session-seats': buildSessionSeats,
  'rate-limits': buildRateLimits,
  'queued-emails': buildQueuedEmails,
  'catalog-versions': buildCatalogVersions,
  reminders: buildReminders,
  'editor-messages': buildEditorMessages,
  attendance: buildAttendance,
  brochures: buildBrochures,
  'brochure-parts': buildBrochureParts,
}

/** A collection of a disabled plugin: its fields and access stay (the schema), hidden in the admin, without its hooks or endpoints. */
const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, hidden: true },
  hooks: {},
  endpoints: [],
})

/** Refuses deep query paths from non-editors before Payload's own checks (see shallowPublicQueries). */
const withQueryGuard = (collection: CollectionConfig, context: CatalogContext): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [shallowPublicQueries(context), ...(collection.hooks?.beforeOperation ?? [])] },
})

/** Every catalogue collection, each passed through the host app's override if it gave one. */
export function buildCatalogCollections(
  context: CatalogContext,
  overrides: KurskatalogOptions['overrides'] = {},
): CollectionConfig[] {
  return (Object.keys(builders) as CatalogCollection[]).map((name) => {
    const built = builders[name](context)
    const guarded = context.disabled ? withoutBehaviour(built) : withQueryGuard(built, context)
    const collection = !context.disabled && catalogContentCollections.includes(name) ? bumpOnChange(guarded, context) : guarded
    const override = overrides[name]
    return override ? override(collection) : collection
  })
}
