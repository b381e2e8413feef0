/**
 * `npm run size`: what users download, measured on the built files, with budgets that `npm test`
 * enforces (every one: the run fails when any is exceeded). Sizes are of each file compressed on
 * its own, as a server sends it: gzip level 9 (budgets) and brotli quality 11; 1 kB = 1,000 bytes.
 *
 *   the loader             dist/news-widgets.js, the partner script tag: at most 3.1 kB (3 kB until
 *                          its error box spoke five languages and its reserved sizes followed each
 *                          widget's width, issue 13 and 14's last items).
 *   a page with one        everything a page with one `<headline-list src>` downloads in English:
 *   headline list          the loader, dist/widgets/headline-list.js, the chunks it imports, and the
 *                          data layer it imports when it loads its feed, found by following the
 *                          imports of the built files: at most 31 kB. (Issue 9 asked for 26 kB,
 *                          met at 25.9 kB before RSS/Atom input, which costs every feed load
 *                          1.1 kB: telling JSON from XML, charsets, the size limit; then 0.5 kB
 *                          for linear body reading, Retry across widgets and a sync `.feed`: 28 kB.
 *                          Issues 10, 13 and 14 then took it from 27.6 to 30.6 kB: the data layer
 *                          +1.4 kB (the size limit enforced while the body streams, the CORS
 *                          explanation and the console warnings for developers, DOM-free entity
 *                          decoding 0.55 kB), headline-list +1.2 kB (the narrow grid, the icon
 *                          tile, the category heading, its share of the meta row), the loader
 *                          +0.4 kB (eleven more tags and their reserved sizes). Issue 13's last
 *                          items then took it to 31.2 kB: the data layer +0.47 kB (normalizing
 *                          in tasks of bounded work and text fields capped, so no task passes
 *                          200 ms), host CSS the page cannot override, the loader's reserved
 *                          sizes in em and its error box shared with the Trusted Types guard:
 *                          31.4 kB. Issue 13's messages, then: the loader's error box in the
 *                          reader's language (German, French, Spanish, Arabic: 0.33 kB, in the
 *                          loader since it shows when nothing else could be downloaded), and the
 *                          large-feed worker's threshold 0.08 kB; then reserved sizes that follow
 *                          each widget's own width, so a phone's page does not move when the code
 *                          arrives (test/node/reserved-sizes.test.js), 0.12 kB: at most 31.85 kB.
 *                          README "Size".)
 *   Lit + the shared base  src/base/news-widget.ts bundled alone with Lit, minified: the base every
 *                          widget extends (states, theme, feed and locale controllers, English
 *                          strings, errors, registration) and everything it imports: at most 10.6 kB
 *                          (10.5 kB until an inline feed had to be read again once the page is
 *                          parsed, for scripts loaded without `defer`: 32 bytes, issue 13).
 *                          Printed beside it: the chunk every widget module of dist/widgets imports
 *                          (the base plus the helpers two or more widgets use: dates, Intl, headings),
 *                          and each widget's own code and CSS beyond that chunk.
 *   a widget alone         src/components/<tag>/<tag>.define.ts bundled on its own with Lit,
 *                          minified, as an app importing only `news-widgets/components/<tag>` would
 *                          ship it: at most 16 kB each. A guard rail, not a target.
 *   the all-in-one file    dist/news-widgets.all.js, every widget and language: at most 74.8 kB:
 *                          the 60 kB planned for the widgets (the 16 take about 59 kB) and DOMPurify
 *                          (14.7 kB with the policy), which the article body needs where the browser
 *                          has no HTML Sanitizer API and which a single file cannot fetch later.
 *                          (73 kB until issue 13's last items and 11's server-rendered body added
 *                          2.2 kB: bounded normalizing 0.47, the Trusted Types guard 0.35, the note
 *                          under a body too long to show whole, in five languages, 0.33, the body
 *                          kept from the server 0.15, host CSS 0.14, the body's display limits;
 *                          74.5 kB until issue 14's third pass added 0.17 kB and issue 13's last
 *                          0.12 kB: the FAQ's one template per entry, for about a tenth less
 *                          script work, an article that shows its parts in one render, for no
 *                          layout shift, the large-feed worker's threshold, and the Trusted Types
 *                          guard's error box in the reader's language.)
 *   on demand              the data layer, each language, the FAQ's JSON-LD, the worker that reads a
 *                          feed over 1 MB: printed. The RSS/Atom reader, which the data layer
 *                          downloads for a feed in XML: at most 3 kB.
 *
 * Runs `npm run build` first when dist/ is missing. Widgets are found in src/components/, so new
 * ones are measured without a change here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { onDemandParts, staticClosure } from './import-graph.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const BUDGET = {
  loader: 3_100,
  page: 31_850,
  shared: 10_600,
  alone: 16_000,
  all: 74_800,
  xml: 3_000,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const widgetsDir = path.join(dist, 'widgets');
const loader = path.join(dist, 'news-widgets.js');
const allInOne = path.join(dist, 'news-widgets.all.js');

if (![loader, allInOne, widgetsDir].every((file) => existsSync(file))) {
  console.log('dist/ is missing or incomplete: running npm run build first.\n');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('size: the build failed, nothing to measure.');
    process.exit(1);
  }
}

const componentsDir = path.join(root, 'src', 'components');
const tags = readdirSync(componentsDir)
  .filter((tag) => existsSync(path.join(componentsDir, tag, `${tag}.ts`)))
  .sort();

/** Minified, gzip and brotli bytes of each file (or code string) compressed on its own, summed. */
function measure(...sources) {
  const sizes = sources.map((source) => {
    const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source);
    return {
      minified: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
  return Object.fromEntries(['minified', 'gzip', 'brotli'].map((key) => [key, sizes.reduce((sum, size) => sum + size[key], 0)]));
}
const measureFiles = (files) => measure(...[...files].map((file) => readFileSync(file)));
const relative = (file) => path.relative(dist, file).split(path.sep).join('/');
/** `chunks/data-layer-DZ9pFskt.js` → `data-layer`; a file outside chunks/ has no hash (`widgets/table-of-contents.js`). */
const chunkName = (file) => {
  const name = path.basename(file, '.js');
  return path.basename(path.dirname(file)) === 'chunks' ? name.replace(/-[\w-]{8}$/, '') : name;
};

/**
 * One module (a widget's define.ts, the base) bundled alone, everything included, minified ESM, as an app's bundler
 * would split it: the code its import statement loads (the entry and the chunks it imports
 * statically). Rolldown itself rather than a Vite app build: Vite adds its own preload helper to
 * every app with a dynamic import, which is the app's cost, not this package's.
 */
async function bundleAlone(input) {
  const bundle = await rolldown({
    input,
    cwd: root,
    tsconfig: path.join(root, 'tsconfig.json'), // legacy decorators, as tsc and Vite compile them
    plugins: [minifyTemplates()], // as vite.config.ts ships the templates
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    logLevel: 'warn',
  });
  // Chunk names without a hash: the measured bytes must not move with an unrelated file's content.
  const { output } = await bundle.generate({ format: 'es', minify: true, chunkFileNames: '[name].js' });
  await bundle.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const files = new Set();
  const visit = (fileName) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    chunks.get(fileName).imports.forEach(visit);
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry).fileName);
  return [...files].map((fileName) => chunks.get(fileName).code).join('\n');
}

// dist/widgets: each widget module's static imports; what all of them import is the shared base.
const closures = new Map(tags.map((tag) => [tag, staticClosure(path.join(widgetsDir, `${tag}.js`))]));
const entries = new Set(tags.map((tag) => path.join(widgetsDir, `${tag}.js`)));
const shared = new Set(
  [...[...closures.values()][0]].filter((file) => !entries.has(file) && [...closures.values()].every((closure) => closure.has(file)))
);

// The parts loaded on demand, reached through import() from any widget's static code.
const onDemand = new Map();
for (const closure of closures.values()) for (const [target, files] of onDemandParts(closure)) onDemand.set(target, files);
const dataLayer = [...onDemand].find(([target]) => chunkName(target) === 'data-layer');
if (!dataLayer) throw new Error('size: no data-layer chunk found through the import() of dist/widgets');

const page = new Set([loader, ...closures.get('headline-list'), ...dataLayer[1]]);

const rows = [];
const row = (name, size, budget) => rows.push({ name, ...size, budget });
const note = (name) => rows.push({ name });

note('The script tag');
row('  dist/news-widgets.js, the loader', measureFiles([loader]), BUDGET.loader);
row(`  a page with one <headline-list src>, English (${page.size} files)`, measureFiles(page), BUDGET.page);
for (const file of page) note(`    ${relative(file)}`);
note('dist/widgets: what the loader downloads');
row(
  '  Lit + the shared base (src/base/news-widget.ts bundled alone)',
  measure(await bundleAlone(path.join(root, 'src', 'base', 'news-widget.ts'))),
  BUDGET.shared
);
row(`  the chunk every widget module imports: the base and shared helpers (${[...shared].map(relative).join(', ')})`, measureFiles(shared));
for (const [tag, closure] of closures) {
  row(`  ${tag}: its own code and CSS beyond that`, measureFiles([...closure].filter((file) => !shared.has(file))));
}
note('A widget imported alone with Lit (an app bundling news-widgets/components/<tag>)');
for (const tag of tags.filter((tag) => existsSync(path.join(componentsDir, tag, `${tag}.define.ts`)))) {
  row(`  ${tag}`, measure(await bundleAlone(path.join(componentsDir, tag, `${tag}.define.ts`))), BUDGET.alone);
}
note('The all-in-one file');
row('  dist/news-widgets.all.js, every widget and language', measureFiles([allInOne]), BUDGET.all);
note('On demand, once per page (each with the helper chunks it imports)');
const describe = {
  'data-layer': 'the data layer (loader, normalizer, valibot)',
  'faq-page': "the FAQ's structured data (JSON-LD)",
  'xml-feed': 'the RSS and Atom reader, for a feed in XML',
  'read-off-thread': 'what starts the worker below, for a feed over 1 MB',
};
const order = (name) => (name === 'data-layer' ? 0 : name.length === 2 ? 1 : 2);
for (const [target, files] of [...onDemand].sort(([a], [b]) => order(chunkName(a)) - order(chunkName(b)) || a.localeCompare(b))) {
  const name = chunkName(target);
  row(
    `  ${describe[name] ?? (name.length === 2 ? `the strings in "${name}"` : name)}`,
    measureFiles(files),
    name === 'xml-feed' ? BUDGET.xml : undefined
  );
}

// Started with `new Worker`, not import(): found by its name.
const worker = readdirSync(path.join(widgetsDir, 'chunks')).find((file) => /^feed-worker-[\w-]{8}\.js$/.test(file));
if (!worker) throw new Error('size: no feed-worker chunk in dist/widgets/chunks');
row('  the worker that reads a feed over 1 MB (its own normalizer and XML parser)', measureFiles([path.join(widgetsDir, 'chunks', worker)]));

const number = (value) => (value === undefined ? '' : value.toLocaleString('en-US'));
const verdict = (r) => (r.budget === undefined ? '' : r.gzip <= r.budget ? `ok ${Math.round((r.gzip / r.budget) * 100)}%` : 'OVER');
const header = ['', 'minified', 'gzip -9', 'brotli', 'budget (gzip)', ''];
const table = rows.map((r) => [
  r.name,
  number(r.minified),
  number(r.gzip),
  number(r.brotli),
  r.gzip === undefined ? '' : number(r.budget) || '-',
  verdict(r),
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => (cells[column] ?? '').length)));
const line = (cells) =>
  cells
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
console.log('(bytes, each file compressed on its own; gzip level 9, brotli quality 11)');

const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);
if (over.length) {
  console.error(
    `\nSize budget exceeded:\n${over
      .map((r) => `  ${r.name.trim()}: ${number(r.gzip)} bytes gzip, budget ${number(r.budget)} (+${number(r.gzip - r.budget)})`)
      .join('\n')}`
  );
  process.exit(1);
}
console.log(`\nAll ${rows.filter((r) => r.budget !== undefined).length} budgets are met.`);
