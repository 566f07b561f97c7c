// node --test: the build step that compacts html`…` templates (run by scripts/test.mjs).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compactHtmlTemplates } from './compact-templates.mjs'

test('a line break and the indentation around it become one space', () => {
  const source = 'html`<div>\n      <p>${a}</p>\n    </div>`'
  assert.equal(compactHtmlTemplates(source), 'html`<div> <p>${a}</p> </div>`')
})

test('spaces on one line are kept, so words and inline elements stay apart as written', () => {
  const source = 'html`${label} <span class="optional">${t.optional}</span>  x`'
  assert.equal(compactHtmlTemplates(source), source)
})

test('expressions are left alone, comments and strings with line breaks included', () => {
  const source = 'html`<p\n  >${(\n  // why\n  "a\\nb" + `c\nd`)}</p\n>`'
  assert.equal(compactHtmlTemplates(source), 'html`<p >${(\n  // why\n  "a\\nb" + `c\nd`)}</p >`')
})

test('templates nested in expressions are compacted too, other tagged or plain templates are not', () => {
  const source = 'html`<ul>\n ${items.map((i) => html`<li>\n ${i}</li>`)}</ul>`; css`a {\n}`; `x\n y`'
  assert.equal(compactHtmlTemplates(source), 'html`<ul> ${items.map((i) => html`<li> ${i}</li>`)}</ul>`; css`a {\n}`; `x\n y`')
})

test('a template without substitutions is compacted', () => {
  assert.equal(compactHtmlTemplates('html`<p>\r\n  a\n</p>`'), 'html`<p> a </p>`')
})
