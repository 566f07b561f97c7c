// node --test: the build step that compacts html`…` templates (run by scripts/test.mjs).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compactHtmlTemplates } from './compact-templates.mjs'

test('a line break and the indentation around it become one space', () => {
  const source = 'html`<span>\n      <a>${a}</a>\n    </span>`'
  assert.equal(compactHtmlTemplates(source), 'html`<span> <a>${a}</a> </span>`')
})

test('white space beside a block-level tag goes, beside an inline one it stays', () => {
  const source = 'html`<div class="field">\n  <label>${l}</label> <select></select>\n</div>\n<p> <strong>${s}</strong> ${t} </p> <ul> <li>a</li> </ul>`'
  assert.equal(compactHtmlTemplates(source), 'html`<div class=field><label>${l}</label> <select></select></div><p><strong>${s}</strong> ${t}</p><ul><li>a</li></ul>`')
  // Beside a binding too: what it renders starts or ends a line there.
  assert.equal(compactHtmlTemplates('html`${a} <section> ${b} </section> ${c}`'), 'html`${a}<section>${b}</section>${c}`')
  // Tags whose names only begin like a block tag's are inline.
  assert.equal(compactHtmlTemplates('html`<picture> <progress></progress> <label> x`'), 'html`<picture> <progress></progress> <label> x`')
})

test('one-word attribute values lose their quotes, empty ones their value, void elements their slash', () => {
  const source = 'html`<input id="q" type="search" value="" tabindex="-1" .value=${v} autocomplete="off" />`'
  assert.equal(compactHtmlTemplates(source), 'html`<input id=q type=search value tabindex=-1 .value=${v} autocomplete=off>`')
  // Values with a space, a binding or other characters keep their quotes; so does a value right before a slash.
  const kept = 'html`<b part="submit button" class="seat ${s}" id="${id}-hint" href="#x" title="a"/>`'
  assert.equal(compactHtmlTemplates(kept), kept)
})

test('spaces on one line are kept, so words and inline elements stay apart as written', () => {
  const source = 'html`${label} <span class=optional>${t.optional}</span>  x`'
  assert.equal(compactHtmlTemplates(source), source)
})

test('expressions are left alone, comments and strings with line breaks included', () => {
  const source = 'html`<p\n  >${(\n  // why\n  "a\\nb" + `c\nd`)}</p\n>`'
  assert.equal(compactHtmlTemplates(source), 'html`<p >${(\n  // why\n  "a\\nb" + `c\nd`)}</p >`')
})

test('templates nested in expressions are compacted too, other tagged or plain templates are not', () => {
  const source = 'html`<b>\n ${items.map((i) => html`<i>\n ${i}</i>`)}</b>`; css`a {\n}`; `x\n y`'
  assert.equal(compactHtmlTemplates(source), 'html`<b> ${items.map((i) => html`<i> ${i}</i>`)}</b>`; css`a {\n}`; `x\n y`')
})

test('a template without substitutions is compacted', () => {
  assert.equal(compactHtmlTemplates('html`<b>\r\n  a\n</b>`'), 'html`<b> a </b>`')
})
