import { readFile, writeFile } from 'node:fs/promises'

export const generatedStart = '<!-- bench:start — written by `pnpm bench`; edits here are overwritten -->'
export const generatedEnd = '<!-- bench:end -->'

const defaultIntro = `# Benchmarks

Figures written by \`pnpm bench\`. Everything above the generated section is written by hand.
`

/**
 * The file with its generated section replaced by `generated`; a file without the markers keeps its
 * text and gets the section appended.
 */
export function withGeneratedSection(existing: string | null, generated: string): string {
  const section = `${generatedStart}\n\n${generated.trim()}\n\n${generatedEnd}`
  const text = existing ?? defaultIntro
  const start = text.indexOf(generatedStart)
  const end = text.indexOf(generatedEnd, start)
  if (start === -1 || end === -1) return `${text.trimEnd()}\n\n${section}\n`
  return `${text.slice(0, start)}${section}${text.slice(end + generatedEnd.length)}`
}

export async function writeBenchmarksFile(path: string, generated: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  await writeFile(path, withGeneratedSection(existing, generated))
}
