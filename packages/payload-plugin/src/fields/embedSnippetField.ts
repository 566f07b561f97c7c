import type { FieldHook, TextareaField } from 'payload'
import { label } from '../labels.js'
import type { CatalogContext } from '../types.js'

type SnippetTarget = 'course' | 'session' | 'topic' | 'agency' | 'service'

const elementFor: Record<SnippetTarget, (doc: { id?: unknown; slug?: unknown }) => string> = {
  course: (doc) => `<kk-course slug="${String(doc.slug ?? '')}"></kk-course>`,
  session: (doc) => `<kk-signup-form session="${String(doc.id ?? '')}"></kk-signup-form>`,
  topic: (doc) => `<kk-course-list topic="${String(doc.slug ?? '')}"></kk-course-list>`,
  agency: (doc) => `<kk-course-list agency="${String(doc.slug ?? '')}"></kk-course-list>`,
  service: (doc) => `<kk-service-request service="${String(doc.slug ?? '')}"></kk-service-request>`,
}

/**
 * What a webmaster pastes to show this record on their own site, ready to copy in the admin.
 * Virtual: computed on read from the record and the CMS's public address, never stored.
 */
export function embedSnippetField(context: CatalogContext, target: SnippetTarget): TextareaField {
  const snippet: FieldHook = ({ data, originalDoc, req }) => {
    const doc = { ...(originalDoc ?? {}), ...(data ?? {}) } as { id?: unknown; slug?: unknown }
    if (!doc.id && !doc.slug) return undefined
    const origin = (context.publicUrl ?? req.payload.config.serverURL ?? '').replace(/\/$/, '')
    return `<script type="module" src="${origin}/widgets/kurskatalog.js"></script>\n${elementFor[target](doc)}`
  }
  return {
    name: 'embedSnippet',
    type: 'textarea',
    virtual: true,
    label: label('Kode for nettsider', 'Embed code'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      rows: 4,
      description: label(
        'Lim inn på virksomhetens nettside for å vise dette der. Kopier hele teksten.',
        "Paste into an agency's web page to show this there. Copy all of it.",
      ),
    },
    hooks: { afterRead: [snippet] },
  }
}
