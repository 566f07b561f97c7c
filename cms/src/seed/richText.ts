/** Builds the Lexical JSON of simple demo texts: paragraphs, "## headings" and "- bullet" lists. */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export function richText(...parts: string[]): { root: LexicalNode } {
  const children = parts.map((part) => {
    if (part.startsWith('## ')) return block('heading', [text(part.slice(3))], { tag: 'h2' })
    if (part.startsWith('- ')) {
      const items = part.split('\n').map((line, index) => block('listitem', [text(line.replace(/^- /, ''))], { value: index + 1 }))
      return block('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
    }
    return block('paragraph', [text(part)], { textFormat: 0, textStyle: '' })
  })
  return { root: block('root', children) }
}
