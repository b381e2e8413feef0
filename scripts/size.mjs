/**
 * `npm run size`: the size budget. Prints the minified, gzip (level 9) and brotli (quality 11)
 * size of
 *   - dist/news-widgets.js, the one-file classic script with every widget: at most 30,000 bytes gzip;
 *   - each component imported alone with Lit: src/components/<tag>/define.ts bundled on its own
 *     with everything it imports (lit, @lit/*, valibot), minified ESM, as an app that imports
 *     only `news-widgets/components/<tag>` would ship it: at most 12,000 bytes gzip each. That is
 *     the code the import statement brings in, everything needed to register the element and
 *     paint it (skeleton, states, English strings);
 *   - what is loaded on demand and shared by every widget of the page: the data layer (fetched
 *     when a widget first loads a feed itself; widgets inside a `<news-feed>` never need it),
 *     each language's strings (fetched on pages in that language) and optional features (the
 *     FAQ's structured data). They are printed, with each component's total for showing a feed
 *     from `src`, but have no budget of their own.
 * Exits 1, naming the entries, when a budget is exceeded. `--report-only=<tag>,<tag>` names
 * components whose budget is printed but not enforced: `npm test` passes the ones known to be
 * over it (see README "Size"), so every other component, and any new one, must stay within
 * 12 kB. A listed component that is within budget is pointed out, so the list only shrinks.
 * Runs `npm run build` first when dist/news-widgets.js is missing. Components are found in src/components/ (every folder with a
 * define.ts), so new ones are measured without a change here.
 *
 * Bundled with Rolldown itself rather than a Vite app build: Vite adds its own preload helper to
 * every app with a dynamic import, which is the app's cost, not this package's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { minifyTemplates } from './minify-templates.mjs';

const BUDGET_SCRIPT = 30_000;
const BUDGET_COMPONENT = 12_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'dist', 'news-widgets.js');

if (!existsSync(script)) {
  console.log('dist/news-widgets.js is missing: running npm run build first.\n');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(script)) {
    console.error('size: the build failed, nothing to measure.');
    process.exit(1);
  }
}

const componentsDir = path.join(root, 'src', 'components');
const components = readdirSync(componentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(componentsDir, entry.name, `${entry.name}.define.ts`)))
  .map((entry) => entry.name)
  .sort();

/**
 * One component's define.ts bundled alone, everything included, minified ESM, as an app's
 * bundler would split it. Returns the code its import statement loads (the entry and the chunks
 * it imports statically) and what each import() loads on demand, by module ('on-demand/feed/data-layer',
 * 'locales/de', ...).
 */
async function bundleAlone(tag) {
  const bundle = await rolldown({
    input: path.join(componentsDir, tag, `${tag}.define.ts`),
    cwd: root,
    tsconfig: path.join(root, 'tsconfig.json'), // legacy decorators, as tsc and Vite compile them
    plugins: [minifyTemplates()], // as scripts/build.mjs ships the templates
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({ format: 'es', minify: true });
  await bundle.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  /** A chunk and every chunk it imports statically, except those in `skip`. */
  const closure = (fileName, skip = new Set(), into = new Set()) => {
    if (skip.has(fileName) || into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of chunks.get(fileName).imports) closure(imported, skip, into);
    return into;
  };
  const code = (files) => [...files].map((fileName) => chunks.get(fileName).code).join('\n');
  const staticFiles = closure(entry.fileName);
  // What each import() loads beyond the static part, named after the module it was split at
  // (feed/data-layer.ts, locales/de.ts, faq-accordion/structured-data.ts). A helper chunk the
  // on-demand parts share counts with each of them.
  const onDemand = new Map();
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry || staticFiles.has(chunk.fileName)) continue;
    onDemand.set(path.relative(path.join(root, 'src'), chunk.facadeModuleId).replace(/\.ts$/, ''), code(closure(chunk.fileName, staticFiles)));
  }
  return { code: code(staticFiles), onDemand };
}

function measure(name, code, budget) {
  const bytes = Buffer.from(code);
  return {
    name,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
    budget,
  };
}

const rows = [measure('dist/news-widgets.js (every widget)', readFileSync(script), BUDGET_SCRIPT)];
/** On-demand chunks by name, measured once: every component splits off the same modules. */
const onDemand = new Map();
const totals = [];
for (const tag of components) {
  const alone = await bundleAlone(tag);
  const row = { ...measure(`${tag} alone, with Lit`, alone.code, BUDGET_COMPONENT), tag };
  rows.push(row);
  for (const [name, code] of alone.onDemand) if (!onDemand.has(name)) onDemand.set(name, measure(name, code));
  const dataLayer = alone.onDemand.get('on-demand/feed/data-layer');
  if (dataLayer) totals.push([tag, row.gzip, measure('', dataLayer).gzip]);
}
const describe = (name) =>
  name.startsWith('on-demand/locales/')
    ? `on demand: the strings in "${path.basename(name)}"`
    : `on demand: ${{ 'on-demand/feed/data-layer': 'the data layer (loader, normalizer, valibot)' }[name] ?? `src/${name}.ts`}`;
const order = (name) => (name === 'on-demand/feed/data-layer' ? 0 : name.startsWith('on-demand/locales/') ? 1 : 2);
for (const [name, row] of [...onDemand].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))) {
  rows.push({ ...row, name: describe(name) });
}

const number = (value) => value.toLocaleString('en-US');
const header = ['entry', 'minified', 'gzip -9', 'brotli', 'budget (gzip)', ''];
const verdict = (row) =>
  row.budget === undefined ? '' : row.gzip <= row.budget ? `ok ${Math.round((row.gzip / row.budget) * 100)}%` : 'OVER';
const table = rows.map((row) => [
  row.name,
  number(row.minified),
  number(row.gzip),
  number(row.brotli),
  row.budget === undefined ? '-' : number(row.budget),
  verdict(row),
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
console.log('(bytes; gzip level 9, brotli quality 11)');
if (totals.length) {
  console.log('\nA component alone showing a feed from `src` (English page) loads its import and the data layer:');
  for (const [tag, own, data] of totals) console.log(`  ${tag}: ${number(own)} + ${number(data)} = ${number(own + data)} bytes gzip`);
}

const over = rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
const reportOnly = new Set(
  (process.argv.find((arg) => arg.startsWith('--report-only='))?.split('=')[1] ?? '').split(',').filter(Boolean),
);
const isReportOnly = (row) => row.tag !== undefined && reportOnly.has(row.tag);
const failing = over.filter((row) => !isReportOnly(row));
if (over.length) {
  console.error(
    `\nSize budget exceeded:\n${over
      .map((row) => `  ${row.name}: ${number(row.gzip)} bytes gzip, budget ${number(row.budget)} (+${number(row.gzip - row.budget)})${isReportOnly(row) ? ' (reported only)' : ''}`)
      .join('\n')}`,
  );
}
const nowWithin = rows.filter((row) => isReportOnly(row) && row.gzip <= row.budget).map((row) => row.tag);
if (nowWithin.length) console.log(`\nWithin budget now, so take them out of --report-only: ${nowWithin.join(', ')}`);
if (failing.length) process.exit(1);
if (!over.length) console.log(`\nAll ${rows.length} entries are within budget.`);
