import { validateBrochureQuery } from '@kurskatalog/contract'
import type { TaskConfig } from 'payload'
import { editionIsCurrent, makeEditionOnce } from '../brochure/brochureEditions.js'
import { renderEdition } from '../brochure/renderEdition.js'
import { osloDate } from '../catalog/osloTime.js'
import { currentCatalog } from '../catalog/readModel/catalogReadModel.js'
import { configuredOrigin } from '../endpoints/read/publicRead.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const refreshBrochureTaskSlug = 'kurskatalogRefreshBrochure'

type RefreshBrochureIO = { input: Record<string, never>; output: { outcome: string } }

/**
 * Keeps the default brochure (bokmål, the coming half-year, every topic) made for the catalogue as it is:
 * after a content change it is made anew, and every seat window its seats are, if they moved. Made here, in
 * the job; the store's unique edition key lets one instance do it. Without a configured public URL it does
 * nothing (the printed addresses would have no origin): the first request then makes it.
 */
export function refreshBrochureTask(context: CatalogContext): TaskConfig<RefreshBrochureIO> {
  return {
    slug: refreshBrochureTaskSlug,
    label: 'Kurskatalog: keep the default brochure current',
    schedule: [{ cron: context.brochure.refreshCron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(context.brochure.waitSeconds + 300) } }],
    retries: 0,
    outputSchema: [{ name: 'outcome', type: 'text', required: true }],
    handler: async ({ req }) => {
      if (context.disabled) return { output: { outcome: 'disabled' } }
      const origin = configuredOrigin(req.payload, context.publicUrl)
      if (!origin) return { output: { outcome: 'skipped' } }
      const checked = validateBrochureQuery(new URLSearchParams(), osloDate(context.clock()))
      if (!checked.ok) return { output: { outcome: 'skipped' } }
      const snapshot = await currentCatalog(req.payload, context)
      const wanted = { options: checked.value, stamp: snapshot.stamp, origin }
      if (await editionIsCurrent(req.payload, context, wanted)) return { output: { outcome: 'current' } }
      const answer = await makeEditionOnce(req.payload, context, wanted, (edition) => renderEdition(req, context, edition.id), Date.now() + 600_000)
      return { output: { outcome: 'busy' in answer ? 'busy' : 'made' } }
    },
  }
}
