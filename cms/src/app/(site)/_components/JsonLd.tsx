import { jsonLdText } from '@kurskatalog/contract'

/** schema.org data for search engines, the same the widgets write (escaped so no text can end the script). */
export function JsonLd({ graph }: { graph: Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(graph) }} />
}
