// The framework types and React wrappers made by scripts/framework-types.mjs from the manifest
// (custom-elements.json, made by `npm run analyze`; npm test builds first): that they list every
// tag, property, dashed attribute and event the manifest has, and that the committed
// src/react.ts is what the generator makes from the current manifest (no drift). The stacks
// themselves (tsc, vue-tsc, svelte-check on real apps) are tested in stacks.test.js.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { generate, reactEventProp } from '../../scripts/framework-types.mjs';
import { root, scratchFolder } from './scratch-project.js';

const manifestFile = path.join(root, 'custom-elements.json');
const out = scratchFolder('news-widgets-framework-types-');
after(() => rmSync(out, { recursive: true, force: true }));

/** Runs the generator into a scratch folder (not dist/): the declarations and the React source. */
async function generated() {
  assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run `npm run analyze` (or `npm run build`)');
  const result = await generate({ manifestFile, out });
  const read = (file) => readFileSync(path.join(out, 'types', file), 'utf8');
  return { ...result, elements: read('elements.d.ts'), jsx: read('jsx.d.ts'), vue: read('vue.d.ts'), svelte: read('svelte.d.ts') };
}

test('the element table lists every tag with its properties, dashed attributes and events from the manifest', async () => {
  const { elements: table } = await generated();
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.ok(declarations.length >= 16, 'the manifest has the widgets');
  const missing = [];
  for (const declaration of declarations) {
    const tag = declaration.tagName;
    if (!table.includes(`'${tag}': { element: ${declaration.name};`)) missing.push(`${tag} in NewsElements`);
    for (const attribute of declaration.attributes ?? []) {
      if (
        attribute.fieldName &&
        attribute.name !== attribute.fieldName &&
        !table.includes(`'${attribute.name}'?: AttributeValue<${declaration.name}['${attribute.fieldName}']>`)
      )
        missing.push(`${tag} attribute ${attribute.name}`);
      if (attribute.fieldName && !table.includes(`${attribute.fieldName}?: ${declaration.name}['${attribute.fieldName}']`))
        missing.push(`${tag} property ${attribute.fieldName}`);
    }
    for (const event of declaration.events ?? []) {
      if (!table.includes(`'${event.name}': CustomEvent<NewsEventDetails['${event.name}']>`)) missing.push(`${tag} event ${event.name}`);
    }
  }
  assert.deepEqual(missing, [], 'not in dist/types/elements.d.ts');
  // Object properties a page sets (not attributes), and no internal state.
  assert.match(table, /feed\?: HeadlineList\['feed'\]/);
  assert.match(table, /strings\?: HeadlineList\['strings'\]/);
  assert.doesNotMatch(table, /providedSource|feedController|englishStrings/, 'read-only, protected and private members stay out');
});

test('each framework file augments what its checker reads', async () => {
  const { jsx, vue, svelte } = await generated();
  assert.match(jsx, /declare module 'react' \{\s+namespace JSX \{\s+interface IntrinsicElements extends NewsIntrinsicElements/);
  assert.match(jsx, /`on\$\{Name\}`/, 'React 19 event props are on + the event name as written');
  assert.match(vue, /declare module 'vue' \{\s+interface GlobalComponents extends VueNewsElements/);
  assert.match(vue, /`on\$\{Pascal<Name>\}`/, 'Vue reads @news-select as onNewsSelect');
  assert.match(svelte, /declare module 'svelte\/elements' \{\s+interface SvelteHTMLElements extends SvelteNewsElements/);
});

test('src/react.ts is what the generator makes from the current manifest, one wrapper per tag', async () => {
  const { react } = await generated();
  const committed = readFileSync(path.join(root, 'src', 'react.ts'), 'utf8');
  assert.equal(committed, react, 'src/react.ts is out of date: run `node scripts/framework-types.mjs --write` and commit it');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName)) {
    assert.match(committed, new RegExp(`wrap\\('${declaration.tagName}', ${declaration.name}, \\{`), `no wrapper for ${declaration.tagName}`);
    for (const event of declaration.events ?? []) {
      assert.ok(
        committed.includes(`${reactEventProp(event.name)}: '${event.name}' as EventName<CustomEvent<NewsEventDetails['${event.name}']>>`)
      );
    }
  }
  assert.equal(reactEventProp('news-feed-load'), 'onNewsFeedLoad');
});
