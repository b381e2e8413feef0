#!/usr/bin/env node
/**
 * `npm run size`: the size budget. Prints the minified, gzip (level 9) and brotli (quality 11)
 * size of
 *   - dist/news-widgets.js, the one-file classic script with every widget: at most 30,000 bytes gzip;
 *   - each component imported alone with Lit: src/components/<tag>/define.ts bundled on its own
 *     with everything it imports (lit, @lit/*, valibot), minified ESM, as an app that imports
 *     only `news-widgets/components/<tag>` would ship it: at most 12,000 bytes gzip each.
 * Exits 1, naming the entries, when a budget is exceeded. With `--report-components` (what
 * `npm test` runs while the per-component budget is not met, see README "Size") only the one-file
 * script's budget fails the run; the components' verdicts are printed. Runs `npm run build` first when
 * dist/news-widgets.js is missing. Components are found in src/components/ (every folder with a
 * define.ts), so new ones are measured without a change here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
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
  .filter((entry) => entry.isDirectory() && existsSync(path.join(componentsDir, entry.name, 'define.ts')))
  .map((entry) => entry.name)
  .sort();

/** One component's define.ts bundled alone, everything included, minified ESM; returns the code. */
async function bundleAlone(tag) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    plugins: [minifyTemplates()], // as scripts/build.mjs ships the templates
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // Not library mode: Vite keeps the whitespace of minified `es` libraries (for their pure
      // annotations), while an app's bundle is minified fully. This is the app's view.
      rolldownOptions: {
        input: path.join(componentsDir, tag, 'define.ts'),
        output: { format: 'es', entryFileNames: `${tag}.js`, codeSplitting: false },
      },
    },
  });
  const chunks = [output].flat().flatMap((result) => result.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${tag}: expected one file, the bundle has ${chunks.length}`);
  return chunks[0].code;
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
for (const tag of components) {
  rows.push(measure(`${tag} alone, with Lit`, await bundleAlone(tag), BUDGET_COMPONENT));
}

const number = (value) => value.toLocaleString('en-US');
const header = ['entry', 'minified', 'gzip -9', 'brotli', 'budget (gzip)', ''];
const table = rows.map((row) => [
  row.name,
  number(row.minified),
  number(row.gzip),
  number(row.brotli),
  number(row.budget),
  row.gzip <= row.budget ? `ok ${Math.round((row.gzip / row.budget) * 100)}%` : 'OVER',
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
console.log('(bytes; gzip level 9, brotli quality 11)');

const over = rows.filter((row) => row.gzip > row.budget);
const componentsReportedOnly = process.argv.includes('--report-components');
const failing = componentsReportedOnly ? over.filter((row) => row.budget === BUDGET_SCRIPT) : over;
if (over.length) {
  console.error(
    `\nSize budget exceeded:\n${over
      .map((row) => `  ${row.name}: ${number(row.gzip)} bytes gzip, budget ${number(row.budget)} (+${number(row.gzip - row.budget)})`)
      .join('\n')}`,
  );
  if (!failing.length) console.error('(--report-components: component budgets are reported, not enforced)');
}
if (failing.length) process.exit(1);
if (!over.length) console.log(`\nAll ${rows.length} entries are within budget.`);
