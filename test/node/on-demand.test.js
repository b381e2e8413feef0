// What a widget's import statement loads, read from the built files: the npm package
// (dist/components/) and the modules the script tag downloads (dist/widgets/). Lit and the widget,
// never the data layer (valibot, normalizer, loader) or another language's strings, which the
// widget reaches only through dynamic import(). This guards the split that keeps widgets small:
// one static import from src/on-demand/feed/normalize.ts in a component would pull about 7 kB gzip
// back into every import without any test failing otherwise. Needs the build (`npm run build`;
// npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importsOf, onDemandParts, staticClosure } from '../../scripts/import-graph.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const componentsDir = path.join(dist, 'components');

/** The data layer: valibot, imported by the npm ESM, bundled in dist/widgets (its chunk is named after its module). */
const isDataLayer = (file) => importsOf(file).bare.includes('valibot') || /^data-layer-/.test(path.basename(file));
const german = 'Erneut versuchen'; // the German "Try again", in src/on-demand/locales/de.ts

const built = existsSync(componentsDir);
const components = built ? readdirSync(componentsDir).filter((name) => name.endsWith('.js')) : [];

test('the build is there to read', { skip: built ? false : 'dist/ is missing: run npm run build' }, () => {
  assert.ok(components.length >= 5, `components in dist/components: ${components.join(', ')}`);
});

for (const name of components) {
  test(`news-widgets/components/${name.replace(/\.js$/, '')} loads the data layer and other languages only on demand`, () => {
    assertOnDemand(path.join(componentsDir, name), name !== 'news-feed.js');
  });
}

const widgets =
  built && existsSync(path.join(dist, 'widgets')) ? readdirSync(path.join(dist, 'widgets')).filter((name) => name.endsWith('.js')) : [];
for (const name of widgets) {
  test(`dist/widgets/${name}, what the script tag downloads, loads the data layer and other languages only on demand`, () => {
    assertOnDemand(path.join(dist, 'widgets', name), name !== 'news-feed.js');
  });
}

/** `entry`'s static imports hold neither the data layer nor German; its import() reach both. */
function assertOnDemand(entry, translated) {
  const closure = staticClosure(entry);
  const read = (file) => readFileSync(file, 'utf8');
  assert.ok(![...closure].some(isDataLayer), 'the data layer is in the static imports');
  assert.ok(![...closure].some((file) => read(file).includes(german)), 'the German strings are in the static imports');
  const onDemand = [...onDemandParts(closure).values()].flatMap((files) => [...files]);
  assert.ok(onDemand.some(isDataLayer), 'the data layer is not reachable through import()');
  // <news-feed> shows nothing of its own, so it has no strings to translate.
  if (translated)
    assert.ok(
      onDemand.some((file) => read(file).includes(german)),
      'the German strings are not reachable through import()'
    );
}

// The FAQ's JSON-LD is opt-in (`structured-data`) and rarely wanted: its code comes on demand too.
for (const entry of ['components/faq-accordion.js', 'widgets/faq-accordion.js']) {
  test(`dist/${entry} loads its structured-data code only on demand`, { skip: !built && 'dist/ is missing' }, () => {
    const closure = staticClosure(path.join(dist, entry));
    const faqPage = (file) => /["'`]@type["'`]\s*:\s*["'`]FAQPage["'`]/.test(readFileSync(file, 'utf8')); // the code, not a comment naming it
    assert.ok(![...closure].some(faqPage), 'the FAQPage writer is in the static imports');
    assert.ok([...onDemandParts(closure).keys()].some(faqPage), 'the FAQPage writer is not reachable through import()');
  });
}
