// The layout's rules (README, "How the code is laid out"), checked on the sources:
// - lower layers never import upper ones at run time (type-only imports are free: they vanish);
// - nothing outside src/on-demand/ imports it statically: only through `lazy(() => import(...))`,
//   so it is downloaded when first needed (src/index.ts, the package's API, and src/feed-data.ts,
//   news-widgets/feed for servers and edge runtimes, re-export it for
//   developers who bundle their own app);
// - no import cycles;
// - no file name repeats across folders.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const src = path.resolve(import.meta.dirname, '..', '..', 'src');
const files = readdirSync(src, { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => file.split(path.sep).join('/'));

/** Folders from the bottom up; a module may import its own layer and those below it. */
const LAYERS = ['util', 'feed', 'events', 'i18n', 'render', 'controllers', 'base', 'components', 'entry'];
const layerOf = (file) => {
  if (file.startsWith('on-demand/')) return 'on-demand';
  const folder = file.includes('/') ? file.split('/')[0] : 'entry';
  return LAYERS.includes(folder) ? folder : `unknown folder ${folder}`;
};

/** Every relative import of `file`: `{ target, typeOnly, dynamic }`, targets relative to src/. */
function importsOf(file) {
  const code = readFileSync(path.join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const found = [];
  const resolve = (specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
  for (const [, , clause = '', specifier] of code.matchAll(/\b(import|export)\s+([^'";]*?)\s*from\s*['"](\.[^'"]+)['"]/g)) {
    const names =
      /\{([^}]*)\}/
        .exec(clause)?.[1]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean) ?? [];
    // `import type { A }`, or `import { type A, type B }` with nothing else: erased by TypeScript.
    const typeOnly = /^type\s/.test(clause) || (/^\{[^}]*\}$/.test(clause) && names.every((name) => name.startsWith('type ')));
    found.push({ target: resolve(specifier), typeOnly, dynamic: false });
  }
  for (const [, specifier] of code.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm))
    found.push({ target: resolve(specifier), typeOnly: false, dynamic: false });
  for (const [match, specifier] of code.matchAll(/(?:typeof\s+)?\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    found.push({ target: resolve(specifier), typeOnly: match.startsWith('typeof'), dynamic: true });
  }
  return found;
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

test('every relative import names a file that exists', () => {
  const missing = [...graph].flatMap(([file, imports]) =>
    imports.filter(({ target }) => !graph.has(target)).map(({ target }) => `${file} → ${target}`)
  );
  assert.deepEqual(missing, []);
});

test('lower layers never import upper ones at run time', () => {
  const wrong = [];
  for (const [file, imports] of graph) {
    const from = layerOf(file);
    assert.ok(!from.startsWith('unknown'), `${file}: ${from} (add it to LAYERS)`);
    for (const { target, typeOnly, dynamic } of imports) {
      const to = layerOf(target);
      if (typeOnly || dynamic || to === 'on-demand' || from === 'on-demand') continue;
      if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) wrong.push(`${file} (${from}) → ${target} (${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('code under src/on-demand/ is imported statically only by itself, by src/index.ts and by src/feed-data.ts', () => {
  const wrong = [...graph]
    .filter(([file]) => !file.startsWith('on-demand/') && file !== 'index.ts' && file !== 'feed-data.ts')
    .flatMap(([file, imports]) =>
      imports.filter((i) => i.target.startsWith('on-demand/') && !i.typeOnly && !i.dynamic).map((i) => `${file} → ${i.target}`)
    );
  assert.deepEqual(wrong, []);
});

test('on-demand code uses only the layers below the widgets at run time', () => {
  const wrong = [...graph]
    .filter(([file]) => file.startsWith('on-demand/'))
    .flatMap(([file, imports]) =>
      imports
        .filter((i) => !i.typeOnly && !['util', 'feed', 'events', 'on-demand'].includes(layerOf(i.target)))
        .map((i) => `${file} → ${i.target}`)
    );
  assert.deepEqual(wrong, []);
});

test('no import cycles (static, run-time imports)', () => {
  const cycles = [];
  const state = new Map(); // file → 'visiting' | 'done'
  const visit = (file, trail) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'visiting');
    for (const { target, typeOnly, dynamic } of graph.get(file) ?? []) if (!typeOnly && !dynamic) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
});

test('no file name repeats across folders', () => {
  const byName = new Map();
  for (const file of files) byName.set(path.posix.basename(file), [...(byName.get(path.posix.basename(file)) ?? []), file]);
  const repeated = [...byName].filter(([, list]) => list.length > 1).map(([name, list]) => `${name}: ${list.join(', ')}`);
  assert.deepEqual(repeated, []);
});

test('the checks above see real imports (the graph is not empty)', () => {
  assert.ok(files.length > 20, `only ${files.length} files found`);
  const edges = [...graph.values()].flat();
  assert.ok(
    edges.some((edge) => edge.dynamic && edge.target.startsWith('on-demand/')),
    'no dynamic import of on-demand code found'
  );
  assert.ok(
    edges.some((edge) => edge.typeOnly),
    'no type-only import recognised'
  );
});
