import type { TaskConfig } from 'payload'
import { renderEdition } from '../brochure/renderEdition.js'
import { toStoredId } from '../catalog/storedId.js'
import type { CatalogContext } from '../types.js'

export const renderBrochureTaskSlug = 'kurskatalogRenderBrochure'

type RenderBrochureIO = { input: { edition: string }; output: { outcome: string } }

/**
 * Makes one claimed brochure edition (see `brochureEditions`). The request that claimed it runs the job at
 * once and waits for it; the queue's tick runs it if that process died first. No retries: the failure is on
 * the edition's row, and the next seat window or content change claims a new one.
 */
export function renderBrochureTask(context: CatalogContext): TaskConfig<RenderBrochureIO> {
  return {
    slug: renderBrochureTaskSlug,
    label: 'Kurskatalog: make a brochure',
    inputSchema: [{ name: 'edition', type: 'text', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text', required: true }],
    retries: 0,
    handler: async ({ input, req }) => {
      if (context.disabled) return { output: { outcome: 'disabled' } }
      const id = toStoredId(req.payload, context.slugs.brochures, String(input.edition))
      if (id === null) return { output: { outcome: 'gone' } }
      return { output: { outcome: await renderEdition(req, context, id) } }
    },
  }
}
