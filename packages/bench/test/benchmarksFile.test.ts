import { describe, expect, it } from 'vitest'
import { brochureSection, generatedEnd, generatedStart, withGeneratedSection } from '../src/benchmarksFile.js'

describe('the generated section of BENCHMARKS.md', () => {
  it('replaces only what lies between the markers', () => {
    const before = `# Benchmarks\n\nHow to read them.\n\n${generatedStart}\nold figures\n${generatedEnd}\n\nA note below.\n`
    const after = withGeneratedSection(before, 'new figures')
    expect(after).toBe(`# Benchmarks\n\nHow to read them.\n\n${generatedStart}\n\nnew figures\n\n${generatedEnd}\n\nA note below.\n`)
  })

  it('gives the same file when run twice with the same figures', () => {
    const once = withGeneratedSection('# Benchmarks\n', 'figures')
    expect(withGeneratedSection(once, 'figures')).toBe(once)
  })

  it('appends the section to a hand-written file without markers, keeping its text', () => {
    const after = withGeneratedSection('# Benchmarks\n\nIntro.\n', 'figures')
    expect(after.startsWith('# Benchmarks\n\nIntro.\n\n')).toBe(true)
    expect(after).toContain(`${generatedStart}\n\nfigures\n\n${generatedEnd}`)
  })

  it('writes an intro when there is no file yet', () => {
    const after = withGeneratedSection(null, 'figures')
    expect(after.startsWith('# Benchmarks')).toBe(true)
    expect(after).toContain('figures')
  })

  it('keeps two sections apart: writing one leaves the other as it was', () => {
    const both = withGeneratedSection(withGeneratedSection('# Benchmarks\n', 'reads'), 'brochure', brochureSection)
    expect(both).toContain(`${generatedStart}\n\nreads\n\n${generatedEnd}`)
    expect(both).toContain(`${brochureSection.start}\n\nbrochure\n\n${brochureSection.end}`)
    const again = withGeneratedSection(both, 'new reads')
    expect(again).toContain(`${brochureSection.start}\n\nbrochure\n\n${brochureSection.end}`)
    expect(again).toContain('new reads')
    expect(again).not.toContain('\nreads\n')
  })
})
