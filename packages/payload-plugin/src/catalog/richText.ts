import type { RichTextBlock } from '@kurskatalog/contract'

/** The few Lexical node fields the converter reads; anything else in the editor state is ignored. */
interface LexicalNode {
  type?: string
  text?: string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  children?: LexicalNode[]
}

const headingLevel = (tag: string | undefined): 2 | 3 | 4 => {
  const level = Number(tag?.replace(/^h/, ''))
  if (level <= 2) return 2
  if (level === 3) return 3
  return 4
}

/** Plain text of an inline subtree: text, links, line breaks, tabs. */
function inlineText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).filter((child) => child.type !== 'list').map(inlineText).join('')
}

const clean = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim()

/** List items, with a nested list's items flattened after their parent (the API has no nesting). */
function listItems(list: LexicalNode): string[] {
  const items: string[] = []
  for (const item of list.children ?? []) {
    const own = clean(inlineText(item))
    if (own) items.push(own)
    for (const nested of (item.children ?? []).filter((child) => child.type === 'list')) items.push(...listItems(nested))
  }
  return items
}

/**
 * Flattens a Lexical editor state to paragraphs, headings and lists of plain text.
 * The widgets render text, never HTML from the API, so nothing here can carry markup or scripts.
 */
export function toRichTextBlocks(value: unknown): RichTextBlock[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return []
  const blocks: RichTextBlock[] = []
  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = clean(inlineText(node))
      if (text) blocks.push({ type: 'heading', level: headingLevel(node.tag), text })
    } else if (node.type === 'list') {
      const items = listItems(node)
      if (items.length > 0) blocks.push({ type: 'list', ordered: node.listType === 'number', items })
    } else {
      // Paragraphs, quotes and unknown blocks alike become paragraphs of their text.
      const text = clean(inlineText(node))
      if (text) blocks.push({ type: 'paragraph', text })
    }
  }
  return blocks
}
