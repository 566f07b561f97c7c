/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package (TrueType, which pdfkit reads through fontkit): it has
 * æ, ø, å and every other Latin letter, and is embedded (subset) in each PDF, so nothing is fetched at run
 * time and no PDF depends on the reader's fonts.
 */
export const documentFonts = {
  regular: { name: 'DejaVuSans', file: 'DejaVuSans.ttf' },
  bold: { name: 'DejaVuSans-Bold', file: 'DejaVuSans-Bold.ttf' },
} as const

export type DocumentFont = keyof typeof documentFonts

/**
 * The font file's path on disk. Found through Node's own module lookup, taken with getBuiltinModule so a
 * bundler (Next's webpack) does not try to bundle the .ttf file as a module; the font package stays on disk.
 */
export function documentFontPath(font: DocumentFont): string {
  const { createRequire } = process.getBuiltinModule('node:module')
  return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${documentFonts[font].file}`)
}
