// Build step: the static text of html`…` templates loses what HTML does not need. esbuild's minifier leaves template
// literals as written, and each component's markup is indented source. Expressions inside ${…} are not touched;
// TypeScript's parser finds the templates, so strings, comments and nested templates are told apart correctly.
// - A run of white space that holds a line break becomes one space, which HTML renders the same way (no template
//   here has <pre> or text inside <textarea>).
// - White space beside a block-level tag (div, p, ul, ol, li, section, form, h2–h6) goes: CSS never renders white
//   space at a line's start or end, nor between blocks (no stylesheet here makes these tags inline).
// - A static attribute value that is one word loses its quotes (`class="item"` → `class=item`, `value=""` → `value`),
//   and a void element its closing slash (`<input … />` → `<input …>`): the same attributes to the HTML parser.
import ts from 'typescript'

const lineBreakRun = /[ \t]*\r?\n\s*/g
const blockTag = '(?:div|p|ul|ol|li|section|form|h[2-6])'
const spaceAfterBlockTag = new RegExp(`(<\\/?${blockTag}(?=[\\s>])[^<>]*>) `, 'g')
const spaceBeforeBlockTag = new RegExp(` (<\\/?${blockTag}[\\s>])`, 'g')
const quotedWord = /(\s[\w-]+)="([\w-]+)"(?=[\s>])/g
const emptyValue = /(\s[\w-]+)=""(?=[\s>])/g

/** One static part of a template, compacted as the comment above says. */
export function compactPart(text) {
  return text
    .replace(lineBreakRun, ' ')
    .replace(spaceAfterBlockTag, '$1')
    .replace(spaceBeforeBlockTag, '$1')
    .replace(quotedWord, '$1=$2')
    .replace(emptyValue, '$1')
    .replace(/ \/>/g, '>')
}

/** The source with every html`…` template's static parts compacted. */
export function compactHtmlTemplates(source, fileName = 'source.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const edits = []
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)]
      for (const part of parts) {
        // The literal's own text, without its delimiters (` … ${, } … ${, } … `).
        const start = part.getStart(file) + 1
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2)
        const text = source.slice(start, end)
        const compact = compactPart(text)
        if (compact !== text) edits.push({ start, end, text: compact })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let result = source
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}
