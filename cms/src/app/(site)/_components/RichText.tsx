import type { RichTextBlock } from '@kurskatalog/contract'

/** An offering's description (plain-text blocks), its headings placed below the section's own `h2`. */
export function RichText({ blocks }: { blocks: RichTextBlock[] }) {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading': {
        const Heading = block.level === 2 ? 'h3' : block.level === 3 ? 'h4' : 'h5'
        return <Heading key={index}>{block.text}</Heading>
      }
      case 'list': {
        const List = block.ordered ? 'ol' : 'ul'
        return (
          <List key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </List>
        )
      }
      default:
        return <p key={index}>{block.text}</p>
    }
  })
}
