// Build step: the static text of html`…` templates loses its line breaks and indentation. esbuild's minifier
// leaves template literals as written, and each component's markup is indented source. A run of white space
// that holds a line break becomes one space, which HTML renders the same way (no template here has <pre>
// or text inside <textarea>). Expressions inside ${…} are not touched; TypeScript's parser finds the
// templates, so strings, comments and nested templates are told apart correctly.
import ts from 'typescript'

const lineBreakRun = /[ \t]*\r?\n\s*/g

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
        const compact = text.replace(lineBreakRun, ' ')
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
