/** The widget bundle's entry, where `<script type="module">` points. */
export const widgetEntryPath = '/widgets/kurskatalog.js'

/** The chunks the entry imports (`import("./name-HASH.js")`), each once, as paths beside the entry. */
export function widgetChunkPaths(entryText: string): string[] {
  const base = widgetEntryPath.slice(0, widgetEntryPath.lastIndexOf('/') + 1)
  const names = [...entryText.matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)].map((match) => match[1]!)
  return [...new Set(names)].map((name) => base + name)
}
