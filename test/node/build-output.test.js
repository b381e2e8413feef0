// The built files stand alone and are all there (`npm run build`, from vite.config.ts):
// - the classic scripts (the loader dist/news-widgets.js and the all-in-one
//   dist/news-widgets.all.js) have no module syntax and no `process.env`; the all-in-one file
//   has no import() either, and the loader none but the one that fetches a widget;
// - dist/widgets/ is bundled: no package is left for a bundler to resolve;
// - the npm ESM leaves Lit to the app;
// - no stray CSS file; every file package.json and the docs promise exists; the manifest lists
//   every tag. Needs the build (npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importsOf } from '../../scripts/import-graph.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const built = existsSync(dist) ? false : 'dist/ is missing: run npm run build';

const componentsDir = path.join(root, 'src', 'components');
const tags = readdirSync(componentsDir).sort();
const defineEntries = tags.filter((tag) => existsSync(path.join(componentsDir, tag, `${tag}.define.ts`)));

/** Every file under `dir`, relative to the repository, with forward slashes. */
const filesUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    : [];

const read = (file) => readFileSync(path.join(root, file), 'utf8');
/** Top-level `import`/`export` statements: what a classic script cannot hold. */
const hasModuleSyntax = (file) => importsOf(path.join(root, file)).moduleSyntax;

test('every promised file is built', { skip: built }, () => {
  const expected = [
    'dist/index.js',
    'dist/define.js',
    'dist/news-widgets.js',
    'dist/news-widgets.js.map',
    'dist/news-widgets.all.js',
    'dist/news-widgets.all.js.map',
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'custom-elements.json',
    ...defineEntries.flatMap((tag) => [`dist/components/${tag}.js`, `dist/types/components/${tag}/${tag}.define.d.ts`]),
    ...tags.flatMap((tag) => [`dist/widgets/${tag}.js`, `dist/widgets/${tag}.js.map`]),
  ];
  assert.deepEqual(
    expected.filter((file) => !existsSync(path.join(root, file))),
    []
  );
});

test('the all-in-one file is a standalone classic script: no module syntax, no import(), no process.env', { skip: built }, () => {
  const file = 'dist/news-widgets.all.js';
  assert.ok(!hasModuleSyntax(file), 'it contains module syntax (import/export)');
  assert.ok(!/\bimport\s*\(/.test(read(file)), 'it contains a dynamic import(): it would need a second file');
  assert.ok(!/\bprocess\.env\b/.test(read(file)), 'it references process.env');
});

test('the loader is a small classic script whose one import() fetches a widget', { skip: built }, () => {
  const file = 'dist/news-widgets.js';
  assert.ok(!hasModuleSyntax(file), 'it contains module syntax (import/export)');
  assert.equal(read(file).match(/\bimport\s*\(/g)?.length, 1, 'one import(), of a widget module');
  assert.ok(!/\bprocess\.env\b/.test(read(file)), 'it references process.env');
  // It knows the tag names, not the widgets: no Lit inside.
  assert.ok(!read(file).includes('litHtmlVersions'), 'Lit is bundled into the loader');
});

test('dist/widgets is bundled for browsers: relative imports only, no process.env, each module exports its class', { skip: built }, () => {
  const files = filesUnder(path.join(dist, 'widgets')).filter((file) => file.endsWith('.js'));
  const bare = files.flatMap((file) => importsOf(path.join(root, file)).bare.map((name) => `${file} → ${name}`));
  assert.deepEqual(bare, [], 'imports left for a bundler');
  assert.deepEqual(
    files.filter((file) => /\bprocess\.env\b/.test(read(file))),
    [],
    'process.env in files for browsers'
  );
  for (const tag of tags) assert.match(read(`dist/widgets/${tag}.js`), /\bexport\s*\{/, `dist/widgets/${tag}.js exports nothing`);
});

test('the npm ESM leaves its dependencies (Lit, valibot) to the app', { skip: built }, () => {
  const files = filesUnder(dist).filter((file) => file.endsWith('.js') && !/^dist\/(widgets\/|news-widgets)/.test(file));
  assert.ok(files.includes('dist/index.js'));
  assert.deepEqual(
    files.filter((file) => read(file).includes('litHtmlVersions')),
    [],
    'Lit is bundled into the npm ESM'
  );
  const imported = new Set(files.flatMap((file) => importsOf(path.join(root, file)).bare));
  assert.ok(imported.has('lit'), `bare imports: ${[...imported].join(', ')}`);
});

test('the build writes no CSS file: styles live in the widgets', { skip: built }, () => {
  assert.deepEqual(
    filesUnder(dist).filter((file) => file.endsWith('.css')),
    []
  );
});

test('custom-elements.json lists every tag', { skip: existsSync(path.join(root, 'custom-elements.json')) ? false : 'no manifest' }, () => {
  const cem = JSON.parse(read('custom-elements.json'));
  const documented = new Set(
    cem.modules
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean)
  );
  assert.deepEqual(
    tags.filter((tag) => !documented.has(tag)),
    [],
    'no element in the manifest (is @tagname set?)'
  );
});
