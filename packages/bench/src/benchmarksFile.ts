import { readFile, writeFile } from 'node:fs/promises'

/** The markers around one generated section of BENCHMARKS.md. */
export interface SectionMarkers {
  start: string
  end: string
}

/** The section `pnpm bench`'s main run writes: reads, sign-ups, the widget and the size dimension. */
export const benchSection: SectionMarkers = {
  start: '<!-- bench:start — written by `pnpm bench`; edits here are overwritten -->',
  end: '<!-- bench:end -->',
}

/** The section the brochure's bench writes (`brochureBench.ts`, run last by `pnpm bench`). */
export const brochureSection: SectionMarkers = {
  start: '<!-- brochure:start — written by `pnpm bench` (brochureBench.ts); edits here are overwritten -->',
  end: '<!-- brochure:end -->',
}

export const generatedStart = benchSection.start
export const generatedEnd = benchSection.end

const defaultIntro = `# Benchmarks

Figures written by \`pnpm bench\`. Everything above the generated section is written by hand.
`

/**
 * The file with one generated section (the main run's, unless told) replaced by `generated`; a file
 * without that section's markers keeps its text and gets the section appended.
 */
export function withGeneratedSection(existing: string | null, generated: string, markers: SectionMarkers = benchSection): string {
  const section = `${markers.start}\n\n${generated.trim()}\n\n${markers.end}`
  const text = existing ?? defaultIntro
  const start = text.indexOf(markers.start)
  const end = text.indexOf(markers.end, start)
  if (start === -1 || end === -1) return `${text.trimEnd()}\n\n${section}\n`
  return `${text.slice(0, start)}${section}${text.slice(end + markers.end.length)}`
}

export async function writeBenchmarksFile(path: string, generated: string, markers: SectionMarkers = benchSection): Promise<void> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  await writeFile(path, withGeneratedSection(existing, generated, markers))
}
