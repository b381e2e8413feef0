// The template minifier every shipped file goes through (scripts/minify-templates.mjs): it may
// only drop what the HTML and CSS parsers ignore, and it must keep every line where it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const plugin = minifyTemplates();
const run = (code) => plugin.transform(code, '/repo/src/example.ts')?.code ?? code;
const lines = (text) => text.split('\n').length;

test('css: spaces after ":" and around "{ } ; ," go, line breaks stay', () => {
  const source = 'const s = css`\n  .a,\n  .b {\n    color: red;\n    margin: 0 auto ;\n  }\n`;';
  const out = run(source);
  assert.equal(out, 'const s = css`\n.a,\n.b{\ncolor:red;\nmargin:0 auto;\n}\n`;');
  assert.equal(lines(out), lines(source));
});

test('css: quoted strings, the descendant combinator and value spaces are kept', () => {
  const out = run("const s = css`\n  .list :focus { content: ' : ; , ' / ''; font: 1rem / 1.5 'Segoe UI', serif; }\n`;");
  assert.match(out, /\.list :focus\{/);
  assert.match(out, /content:' : ; , ' \/ '';/);
  assert.match(out, /font:1rem \/ 1\.5 'Segoe UI',serif;/);
});

test('css: comments go, interpolations are untouched', () => {
  const out = run('const s = css`\n  /* why */\n  :host { ${tokens} display: block; }\n`;');
  assert.equal(out, 'const s = css`\n\n:host{${tokens} display:block;}\n`;');
});

test('html: indentation goes, single spaces and text stay, CSS rules do not apply', () => {
  const out = run('const t = html`\n    <p class="a">Hello,   world: ${name} ; ok</p>\n  `;');
  assert.equal(out, 'const t = html`\n<p class="a">Hello, world: ${name} ; ok</p>\n`;');
});

test('files outside src/ and code without templates are left alone', () => {
  assert.equal(plugin.transform('const s = css`\n  a { color: red; }\n`;', '/repo/node_modules/x/y.js'), null);
  assert.equal(plugin.transform('const x = 1;', '/repo/src/plain.ts'), null);
});
