/**
 * `npm run bench`: what a widget costs a page, against hand-written code and the browser's own
 * elements, measured in one headless Chromium run (issue 14). Not part of `npm test`: figures vary
 * between machines; compare the ratios, which are measured side by side in the same run.
 *
 *   node scripts/bench/bench.mjs            the full run (a few minutes)
 *   node scripts/bench/bench.mjs --quick    the smallest sizes, a few runs: the smoke test's run
 *   --runs N                                runs per case (default 30, quick 3)
 *
 * The widgets are bundled from src/ with rolldown, minified and in Lit's production mode, as a
 * partner page gets them, and served from 127.0.0.1. Each run creates a fresh element; widget and
 * baseline runs alternate, so a slow moment of the machine hits both. Exits 1 when the widget's
 * markup differs from the baseline's (the comparison would be unfair), not when a goal is missed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rolldown } from 'rolldown';
import { CHROMIUM_ARGS, chromePath } from '../chrome-path.js';
import { minifyTemplates } from '../minify-templates.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const RUNS = option('--runs') ? Number(option('--runs')) : quick ? 3 : 30;
const WARMUP = quick ? 1 : 5;
/** `--only article,memory`: just those sections (the rest are skipped, their goals not printed). */
const SECTIONS = ['headlines', 'faq', 'article', 'update', 'normalize', 'memory', 'cls', 'partner'];
let only = option('--only')?.split(',');
const unknown = only?.filter((name) => !SECTIONS.includes(name)) ?? [];
if (unknown.length) throw new Error(`--only: no section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
const runs = (section) => !only || only.includes(section);

const SIZES = quick
  ? { headlines: [10], faq: 20, normalize: [100], xml: [100], update: 10, memory: 16, partnerRuns: 1 }
  : {
      headlines: [10, 100, 1_000],
      faq: 200,
      normalize: [100, 10_000, 100_000],
      xml: [100, 10_000, 100_000],
      update: 100,
      memory: 100,
      partnerRuns: 5,
    };
/** The settings issue 14 asks the update cost of, each changed from its default (German needs its strings: bundled here). */
const UPDATES = [
  ['limit', SIZES.update / 2],
  ['layout', 'grid'],
  ['theme', 'dark'],
  ['lang', 'de'],
];
/** Issue 14, item 4: the widget's median at most this many times the baseline's. */
const GOALS = { headlines: { 100: 1.2, 1_000: 1.2 }, faq: { 200: 1.5 } };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;

function table(title, head, rows) {
  const widths = head.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) =>
    `  ${cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')}`;
  console.log(`\n${title}\n${line(head)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}`);
}

/** Per measure (to the painted frame, script + style + layout, script alone): widget, baseline and their ratio. */
const MEASURES = [
  ['total', 'frame'],
  ['layout', 'layout'],
  ['script', 'script'],
];
const heads = (baseline) => MEASURES.flatMap(([, label]) => [`widget ${label}`, `${baseline} ${label}`, `${label} ratio`]);
const columns = (widget, baseline) => MEASURES.flatMap(([key]) => [ms(widget[key]), ms(baseline[key]), ratio(widget[key] / baseline[key])]);

/**
 * As in the all-in-one file (vite.config.ts, `--mode all`): a classic script has no module URL to
 * start the large-feed worker by, so it reads every feed on the page.
 */
const classicScript = {
  name: 'classic-script',
  resolveId: (source) => (source === './read-off-thread.js' ? path.join(root, 'src', 'on-demand', 'feed', 'read-off-thread.classic.ts') : null),
};

async function bundlePage(minify = true) {
  const bundle = await rolldown({
    input: path.join(root, 'scripts', 'bench', 'bench-entry.js'),
    cwd: root,
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [minifyTemplates(), classicScript],
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({ format: 'iife', minify, codeSplitting: false });
  await bundle.close();
  return output[0].code;
}

/** src/ of `commit` (git archive, read-only), and a bundle that registers its HeadlineList as <before-headline-list>. */
async function bundleBefore(commit) {
  const { execFileSync } = await import('node:child_process');
  const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  // Inside the project (its imports of lit and the rest resolve to the project's packages; not under
  // node_modules/, where TypeScript's decorators would not be compiled); removed once bundled.
  const dir = path.join(root, 'scripts', 'bench', '.before');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(commit)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
  writeFileSync(
    path.join(dir, 'entry.js'),
    // Its own normalizeFeed too: a NewsFeed is recognised by the copy of the model that made it.
    "import { HeadlineList } from './src/components/headline-list/headline-list.ts';\nimport { normalizeFeed } from './src/on-demand/feed/normalize.ts';\n" +
      "customElements.define('before-headline-list', class extends HeadlineList {});\nwindow.beforeNormalizeFeed = normalizeFeed;\n"
  );
  const bundle = await rolldown({
    input: path.join(dir, 'entry.js'),
    cwd: root,
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [minifyTemplates(), classicScript],
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({ format: 'iife', minify: true, codeSplitting: false });
  await bundle.close();
  rmSync(dir, { recursive: true, force: true });
  return output[0].code;
}

function serve(script, before) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>news-widgets bench</title></head><body>${
    before ? '<script src="/before.js"></script>' : ''
  }<script src="/bench.js"></script></body></html>`;
  const sampleDir = path.join(root, 'sample');
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    // The sample feed and its pictures, for the article and memory sections.
    if (pathname.startsWith('/sample/')) {
      const file = path.resolve(sampleDir, `.${decodeURIComponent(pathname.slice('/sample'.length))}`);
      if (file.startsWith(sampleDir + path.sep) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, {
          'content-type': file.endsWith('.json') ? 'application/json' : file.endsWith('.svg') ? 'image/svg+xml' : 'image/jpeg',
        });
        response.end(readFileSync(file));
      } else {
        response.writeHead(404).end();
      }
      return;
    }
    const isScript = pathname === '/bench.js' || pathname === '/before.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(pathname === '/bench.js' ? script : pathname === '/before.js' ? before : page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs `cases` (name → in-page call) alternately, WARMUP times unrecorded then RUNS times; medians per case. */
async function compare(page, cases) {
  const names = Object.keys(cases);
  const samples = Object.fromEntries(names.map((name) => [name, { total: [], script: [], layout: [] }]));
  for (let run = -WARMUP; run < RUNS; run += 1) {
    const order = run % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const result = await page.evaluate(cases[name]);
      if (run >= 0) for (const key of ['total', 'script', 'layout']) samples[name][key].push(result[key]);
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { total: median(samples[name].total), script: median(samples[name].script), layout: median(samples[name].layout) },
    ])
  );
}

/** `--profile "headlineList(10)"`: that call 300 times under the CPU profiler, unminified; the functions with the most self time. */
const profile = option('--profile');
const script = await bundlePage(!profile);
/** `--ab <commit>`: headline-list as it was at that commit, as <before-headline-list>, measured beside today's in the same run. */
const abCommit = option('--ab');
const before = abCommit ? await bundleBefore(abCommit) : undefined;
const server = await serve(script, before);
// Frames as fast as the work allows, not on a 60 Hz clock: "to the painted frame" then measures the
// work (script, style, layout, paint) instead of where in a 16.7 ms interval the run happened to start.
const FRAME_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: [...CHROMIUM_ARGS, ...FRAME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  headless: true,
});
/** Issue 14 item 4's goals as measured: [name, measured, goal, how it is written]. */
const goals = [];
const unmeasured = [];
let failed = false;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => 'bench' in globalThis);

  const cpus = os.cpus();
  console.log('news-widgets bench' + (quick ? ' (quick: smallest sizes, few runs; figures not meaningful)' : ''));
  console.log(
    `  machine   ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`
  );
  console.log(`  browser   ${await browser.version()} (headless), Node ${process.version}`);
  console.log(`  load      ${load()} (1, 5, 15 min) at the start`);
  console.log(`  frames    ${FRAME_ARGS.join(' ')}: a frame follows the work at once, not the next 60 Hz tick`);
  console.log(`  runs      median of ${RUNS} runs per case after ${WARMUP} warm-up runs; widget and baseline alternate`);
  if (only) console.log(`  sections  ${only.join(', ')} only (--only)`);

  if (profile) {
    await runProfile(page, profile);
    only = [];
  }
  // `--eval "snapshots()"`: prints what that call of window.bench returns, as JSON (a look at the page while working on it).
  if (option('--eval')) {
    console.log(JSON.stringify(await page.evaluate(`window.bench.${option('--eval')}`), null, 1));
    only = [];
  }

  if (runs('headlines')) {
    const markup = await page.evaluate(() => globalThis.bench.markup(3));
    const sameMarkup = markup.widget === markup.baseline;
    console.log(`\nSame markup: headline-list's shadow DOM and the vanilla baseline's, normalized: ${sameMarkup ? 'yes' : 'NO'}`);
    if (!sameMarkup) console.log(`  widget:   ${markup.widget}\n  baseline: ${markup.baseline}`);
    failed ||= !sameMarkup;

    const rows = [];
    for (const count of SIZES.headlines) {
      const { widget, vanilla } = await compare(page, {
        widget: `window.bench.headlineList(${count})`,
        vanilla: `window.bench.vanillaHeadlineList(${count})`,
      });
      rows.push([`${count.toLocaleString('en')} items`, ...columns(widget, vanilla)]);
      const goal = GOALS.headlines[count];
      if (goal)
        goals.push([
          `headline-list, ${count.toLocaleString('en')} items, to the painted frame, against vanilla`,
          widget.total / vanilla.total,
          goal,
          'ratio',
        ]);
    }
    table(
      'headline-list: NewsFeed set as .feed → painted frame, against hand-written createElement code with the same markup and CSS',
      ['size', ...heads('vanilla')],
      rows
    );

    // Script work alone, as a page creates a list with its data (create, .feed, connect, first update; no frame).
    const scriptRows = [];
    for (const count of SIZES.headlines.filter((size) => size <= 100)) {
      const cases = { widget: `window.bench.scriptOnly(${count})`, vanilla: `window.bench.scriptOnly(${count}, true)` };
      if (before) cases.before = `window.bench.scriptOnly(${count}, false, 'before-headline-list')`;
      const result = await compare(page, cases);
      scriptRows.push([
        `${count.toLocaleString('en')} items`,
        ms(result.widget.total),
        ms(result.vanilla.total),
        ratio(result.widget.total / result.vanilla.total),
        ...(before
          ? [ms(result.before.total), ratio(result.before.total / result.vanilla.total), ratio(result.widget.total / result.before.total)]
          : []),
      ]);
    }
    table(
      `headline-list: script work alone, as a page adds a list with its data (create, .feed, connect, first update; removed before a frame)${before ? `; "before" is headline-list at ${abCommit}` : ''}`,
      ['size', 'widget', 'vanilla', 'ratio', ...(before ? ['before', 'before ratio', 'now / before'] : [])],
      scriptRows
    );
    if (before) {
      const abRows = [];
      for (const count of SIZES.headlines) {
        const result = await compare(page, {
          widget: `window.bench.headlineList(${count})`,
          before: `window.bench.headlineList(${count}, 'before-headline-list')`,
        });
        abRows.push([`${count.toLocaleString('en')} items`, ...columns(result.widget, result.before)]);
      }
      table(
        `headline-list now against headline-list at ${abCommit}, the same measure as above, in the same run`,
        ['size', ...heads('before')],
        abRows
      );
    }
  }

  if (runs('faq')) {
    const faq = await compare(page, {
      widget: `window.bench.faqAccordion(${SIZES.faq})`,
      details: `window.bench.nativeDetails(${SIZES.faq})`,
    });
    table(
      'faq-accordion: NewsFeed set as .feed → painted frame, against native <details>/<summary>',
      ['size', ...heads('<details>')],
      [[`${SIZES.faq} questions`, ...columns(faq.widget, faq.details)]]
    );
    const faqGoal = GOALS.faq[SIZES.faq];
    if (faqGoal)
      goals.push([
        `faq-accordion, ${SIZES.faq} questions, to the painted frame, against <details>`,
        faq.widget.total / faq.details.total,
        faqGoal,
        'ratio',
      ]);
  }

  if (runs('article')) {
    const markup = await page.evaluate(() => globalThis.bench.articleMarkup());
    const sameMarkup = markup.widget === markup.baseline;
    console.log(
      `\nSame markup: news-article's shadow DOM, every part's shadow DOM inside it, and the vanilla baseline's, normalized: ${sameMarkup ? 'yes' : 'NO'}` +
        ` (${markup.elements} elements, ${markup.shadowRoots} shadow roots; parts ${markup.parts.join(', ')})`
    );
    if (!sameMarkup) {
      const at = [...markup.widget].findIndex((char, index) => char !== markup.baseline[index]);
      console.log(
        `  first difference at ${at}:\n  widget:   …${markup.widget.slice(at - 80, at + 120)}\n  baseline: …${markup.baseline.slice(at - 80, at + 120)}`
      );
    }
    failed ||= !sameMarkup;
    const { widget, vanilla } = await compare(page, { widget: 'window.bench.article()', vanilla: 'window.bench.vanillaArticle()' });
    table(
      'news-article: the sample article set as .feed → every part rendered → painted frame, against the same DOM built by hand (createElement, attachShadow, the same style sheets)',
      ['article', ...heads('vanilla')],
      [['sample article', ...columns(widget, vanilla)]]
    );
  }

  if (runs('update')) {
    const updateRows = [];
    for (const [name, value] of UPDATES) {
      const samples = { total: [], script: [] };
      let changed = true;
      for (let run = -WARMUP; run < RUNS; run += 1) {
        const result = await page.evaluate(`window.bench.update(${SIZES.update}, ${JSON.stringify(name)}, ${JSON.stringify(value)})`);
        changed &&= result.changed;
        if (run >= 0) for (const key of ['total', 'script']) samples[key].push(result[key]);
      }
      // A change that renders nothing new would measure nothing: said in the table.
      updateRows.push([`${name} = ${JSON.stringify(value)}`, ms(median(samples.total)), ms(median(samples.script)), changed ? 'yes' : 'NO']);
    }
    table(
      `headline-list: update cost on a rendered list of ${SIZES.update}, one setting changed → painted frame`,
      ['change', 'frame', 'script', 'output changed'],
      updateRows
    );
  }

  if (runs('normalize')) {
    const perSecond = (items, time) => `${Math.round((items / time) * 1000).toLocaleString('en')} /s`;
    /** Our reading and feedsmith's of the same text, turn about; medians. */
    const race = async (ours, theirs, count) => {
      const repeat = count >= 100_000 ? Math.max(2, Math.ceil(RUNS / 10)) : count > 1_000 ? Math.max(3, Math.ceil(RUNS / 3)) : RUNS;
      const warmup = count >= 100_000 ? 1 : WARMUP;
      const samples = { ours: [], theirs: [] };
      const read = {};
      for (let run = -warmup; run < repeat; run += 1) {
        for (const who of run % 2 ? ['theirs', 'ours'] : ['ours', 'theirs']) {
          const result = await page.evaluate(who === 'ours' ? ours : theirs);
          if (run >= 0) samples[who].push(result.total);
          read[who] = result.read;
        }
      }
      return { ours: median(samples.ours), theirs: median(samples.theirs), read };
    };
    const row = (count, { ours, theirs, read }) => [
      `${count.toLocaleString('en')} items`,
      read.ours.toLocaleString('en'),
      ms(ours),
      perSecond(read.ours, ours),
      read.theirs.toLocaleString('en'),
      ms(theirs),
      perSecond(read.theirs, theirs),
      ratio(ours / theirs),
    ];
    const head = ['feed', 'items read', 'ours', 'items/s', 'feedsmith items', 'feedsmith', 'items/s', 'ratio'];

    const jsonRows = [];
    for (const count of SIZES.normalize) {
      const result = await race(`window.bench.normalize(${count})`, `window.bench.feedsmith(${count})`, count);
      jsonRows.push(row(count, result));
      if (count === 10_000) goals.push(['normalizing a 10,000-item JSON Feed, against feedsmith', result.ours / result.theirs, 1, 'ratio']);
    }
    table(
      'Normalizing a JSON Feed (text → NewsFeed: JSON.parse, validation, bodies read, URLs resolved; items past MAX_ITEMS, 500, are not read), against feedsmith 3 (JSON.parse and parseJsonFeed) on the same text',
      head,
      jsonRows
    );
    for (const [format, name, theirs] of [
      ['rss', 'RSS 2.0', 'parseRssFeed'],
      ['atom', 'Atom 1.0', 'parseAtomFeed'],
    ]) {
      const xmlRows = [];
      for (const count of SIZES.xml) {
        const result = await race(`window.bench.normalizeXml('${format}', ${count})`, `window.bench.feedsmithXml('${format}', ${count})`, count);
        xmlRows.push(row(count, result));
      }
      table(
        `Normalizing ${name} (text → NewsFeed: DOMParser over the whole document, the first MAX_ITEMS + 1 items to JSON Feed, then normalized as above), against feedsmith 3 (${theirs}) on the same text`,
        head,
        xmlRows
      );
    }
  }

  if (runs('memory')) await memory(page, SIZES.memory);

  if (runs('cls') || runs('partner')) {
    const { clsPerWidget, partnerCost } = await import('./page-cost.mjs');
    // A page section that fails (dist/ rebuilt under it, a timeout on a busy machine) is reported; the goals still print.
    const attempt = (name, work) =>
      work().catch((error) => {
        console.log(`\n${name}: not measured (${error.message.split('\n')[0]})`);
        unmeasured.push(name);
        failed = true;
      });
    if (runs('cls')) {
      await attempt('CLS with the feed 1 s late', async () => {
        const worst = await clsPerWidget({ quick, table, column: Number(option('--cls-column') ?? 640) });
        goals.push([`CLS with the feed 1 s late, worst widget (${worst.tag})`, worst.value, 0, 'cls']);
      });
    }
    if (runs('partner')) {
      await attempt('the partner demo', async () => {
        const lcp = await partnerCost({ quick, runs: SIZES.partnerRuns, table, median });
        for (const [path, delta] of lcp)
          goals.push([`partner demo LCP with the widgets, ${path}, against the page without them`, delta, 100, 'ms']);
      });
    }
  } else {
    unmeasured.push('CLS 0 with a feed delayed by a second', 'partner demo LCP within 100 ms');
  }

  console.log('\nGoals (issue 14, item 4)');
  if (goals.length === 0) console.log('  none at these sizes (run without --quick)');
  for (const [name, measured, goal, kind] of goals) {
    const met = measured <= goal;
    const value =
      kind === 'ratio'
        ? `${ratio(measured)} of the baseline`
        : kind === 'cls'
          ? `CLS ${measured.toFixed(4)}`
          : `${Math.round(measured)} ms later`;
    const target = kind === 'ratio' ? `goal ≤ ${ratio(goal)}` : kind === 'cls' ? 'goal 0' : `goal ≤ ${goal} ms`;
    const gap =
      kind === 'ratio'
        ? `${met ? 'room' : 'gap'} ${Math.abs((measured / goal - 1) * 100).toFixed(0)}%`
        : kind === 'cls'
          ? `${met ? 'no shift' : `gap ${measured.toFixed(4)}`}`
          : `${met ? 'room' : 'gap'} ${Math.abs(Math.round(measured - goal))} ms`;
    console.log(`  ${met ? 'met   ' : 'missed'}  ${name}: ${value}, ${target} (${gap})`);
  }
  if (unmeasured.length) console.log(`  not measured in this run: ${unmeasured.join('; ')}`);
  console.log(`\n  load      ${load()} (1, 5, 15 min) at the end`);
  if (errors.length) console.log(`\nPage errors:\n  ${errors.join('\n  ')}`);
  process.exitCode = !failed && errors.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}

/**
 * Memory and DOM nodes of `count` widgets on one page (every tag in turn, each given the sample
 * feed), and what is left after removing them; three times, so a leak shows as growth. Heap from
 * CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage (V8 and Blink's Oilpan, one unified
 * heap), DOM counters from Memory.getDOMCounters.
 */
async function memory(page, count) {
  const cdp = await page.createCDPSession();
  await page.evaluate(() => globalThis.bench.sampleReady());
  const measureNow = async () => {
    for (let i = 0; i < 3; i += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  const kb = (bytes) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} kB`;
  const signed = (value, format) => `${value < 0 ? '−' : '+'}${format(Math.abs(value))}`;
  const rows = [];
  const before = await measureNow();
  let shape;
  for (let round = 1; round <= 3; round += 1) {
    shape = await page.evaluate((count) => globalThis.bench.mountMany(count), count);
    const mounted = await measureNow();
    await page.evaluate(() => globalThis.bench.unmountMany());
    const removed = await measureNow();
    rows.push([
      `round ${round}`,
      signed(mounted.heap - before.heap, kb),
      signed(mounted.nodes - before.nodes, String),
      signed(mounted.listeners - before.listeners, String),
      signed(removed.heap - before.heap, kb),
      signed(removed.nodes - before.nodes, String),
      signed(removed.listeners - before.listeners, String),
    ]);
    if (round === 1)
      rows.push(['  per widget', kb((mounted.heap - before.heap) / count), ((mounted.nodes - before.nodes) / count).toFixed(0), '', '', '', '']);
  }
  table(
    `Memory: ${count} widgets on one page (${shape.tags} tags in turn, each given the sample feed as .feed: ${shape.elements} elements and ${shape.shadowRoots} shadow roots inside them), then removed; after a forced GC, against the page before`,
    ['', 'heap with', 'DOM nodes', 'listeners', 'heap after removal', 'nodes left', 'listeners left'],
    rows
  );
}

async function runProfile(page, call) {
  // Line numbers in the tables are lines of this file.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path.join(os.tmpdir(), 'news-widgets-bench-profile.js'), script);
  console.log(`\n(the profiled bundle: ${path.join(os.tmpdir(), 'news-widgets-bench-profile.js')})`);
  const cdp = await page.createCDPSession();
  for (let run = 0; run < 20; run += 1) await page.evaluate(`window.bench.${call}`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let run = 0; run < 300; run += 1) await page.evaluate(`window.bench.${call}`);
  const { profile: result } = await cdp.send('Profiler.stop');
  const interval = (result.endTime - result.startTime) / result.samples.length / 1000;
  const self = new Map();
  const inclusive = new Map();
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of result.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = ({ callFrame }) =>
    `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `bench.js:${callFrame.lineNumber + 1}` : ''}`.trim();
  for (const id of result.samples) {
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + interval);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([name, time]) => [name, ms(time / 300), `${((time / total) * 100).toFixed(1)}%`, ms(inclusive.get(name) / 300)]);
  table(`Profile of ${call}, 300 calls: self time per call (unminified bundle)`, ['function', 'self', 'share', 'total'], rows);
  const inclusiveRows = [...inclusive.entries()]
    .filter(([name]) => name.includes('bench.js'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([name, time]) => [name, ms(time / 300), ms((self.get(name) ?? 0) / 300)]);
  table('The same, by total time (the function and what it calls), script of the bundle only', ['function', 'total', 'self'], inclusiveRows);
}
