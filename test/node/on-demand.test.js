// What a component's import statement loads, read from the built npm package (dist/): Lit and
// the widget, never the data layer (valibot, normalizer, loader) or another language's strings,
// which the component reaches only through dynamic import(). This guards the split that keeps
// components small: one static import from src/on-demand/feed/normalize.ts in a component would pull
// about 7 kB gzip back into every import without any test failing otherwise. Needs the build
// (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const componentsDir = path.join(dist, 'components');

/** Relative specifiers of `import … from "./x.js"` / `import "./x.js"`, and of `import("./x.js")`. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const relative = (pattern) => [...code.matchAll(pattern)].map((match) => path.resolve(path.dirname(file), match[1]));
  return {
    code,
    static: relative(/^\s*(?:import|export)\s[^;]*?from\s*["'](\.[^"']+)["']|^\s*import\s*["'](\.[^"']+)["']/gm).filter(Boolean),
    dynamic: relative(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g),
  };
}

/** Every file a module loads through static imports, itself included. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file).static.forEach(visit);
  };
  visit(entry);
  return seen;
}

const valibot = /from\s*["']valibot["']/;
const german = 'Erneut versuchen'; // the German "Try again", in src/on-demand/locales/de.ts

const built = existsSync(componentsDir);
const components = built ? readdirSync(componentsDir).filter((name) => name.endsWith('.js')) : [];

test('the build is there to read', { skip: built ? false : 'dist/ is missing: run npm run build' }, () => {
  assert.ok(components.length >= 5, `components in dist/components: ${components.join(', ')}`);
});

for (const name of components) {
  test(`news-widgets/components/${name.replace(/\.js$/, '')} loads the data layer and other languages only on demand`, () => {
    const closure = staticClosure(path.join(componentsDir, name));
    const codes = [...closure].map((file) => readFileSync(file, 'utf8'));
    assert.ok(!codes.some((code) => valibot.test(code)), 'valibot is in the static imports');
    assert.ok(!codes.some((code) => code.includes(german)), 'the German strings are in the static imports');

    const dynamic = [...closure].flatMap((file) => importsOf(file).dynamic);
    const onDemand = dynamic.flatMap((file) => [...staticClosure(file)]).map((file) => readFileSync(file, 'utf8'));
    assert.ok(onDemand.some((code) => valibot.test(code)), 'the data layer is not reachable through import()');
    // <news-feed> shows nothing of its own, so it has no strings to translate.
    if (name !== 'news-feed.js') {
      assert.ok(onDemand.some((code) => code.includes(german)), 'the German strings are not reachable through import()');
    }
  });
}

// The FAQ's JSON-LD is opt-in (`structured-data`) and rarely wanted: its code comes on demand too.
test('news-widgets/components/faq-accordion loads its structured-data code only on demand', { skip: !built && 'dist/ is missing' }, () => {
  const closure = staticClosure(path.join(componentsDir, 'faq-accordion.js'));
  const faqPage = (code) => /["']@type["']\s*:\s*["']FAQPage["']/.test(code); // the code, not a comment naming it
  assert.ok(![...closure].some((file) => faqPage(readFileSync(file, 'utf8'))), 'the FAQPage writer is in the static imports');
  const dynamic = [...closure].flatMap((file) => importsOf(file).dynamic);
  assert.ok(dynamic.some((file) => faqPage(readFileSync(file, 'utf8'))), 'the FAQPage writer is not reachable through import()');
});
