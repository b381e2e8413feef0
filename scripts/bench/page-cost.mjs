/**
 * The bench's page-level sections (bench.mjs `--only cls,partner`): whole pages loaded in headless
 * Chromium from the built files, as a partner page gets them.
 *
 * - clsPerWidget: every widget behind the script tag (dist/news-widgets.js) on an article page,
 *   its feed answered one second late: the layout shift it causes (issue 14, item 4: CLS 0).
 * - partnerCost: demo/partner.html without the widgets, with the script tag, and with a Vite bundle
 *   of `news-widgets/define` (the npm path), under Lighthouse's mobile conditions applied through
 *   DevTools (4× CPU slowdown, 150 ms round trips, 1.6 Mbit/s): Largest Contentful Paint, CLS and
 *   Total Blocking Time from the page's own PerformanceObservers, bytes from the network log,
 *   script boot-up from a Chromium trace.
 *
 * Both need the build (`npm run build`): they measure dist/, not src/.
 */
/* global window, document, customElements, ResizeObserver -- functions here run in the page (evaluateOnNewDocument, waitForFunction) */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../chrome-path.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * A static server for `mounts` (URL prefix → folder) and `pages` (path → HTML), gzip where a CDN
 * would compress (scripts, JSON, HTML, SVG), no caching; `delays` (path → ms) answers late.
 */
async function serve({ mounts, pages = {}, delays = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (delays[pathname]) await new Promise((resolve) => setTimeout(resolve, delays[pathname]));
    let body;
    let type;
    if (pathname in pages) {
      body = Buffer.from(pages[pathname]);
      type = TYPES['.html'];
    } else {
      const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
      const base = prefix && path.resolve(mounts[prefix]);
      const file = prefix && path.resolve(base, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
      if (!file || !(file === base || file.startsWith(base + path.sep)) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      body = readFileSync(file);
      type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    }
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const launch = () => puppeteer.launch({ executablePath: chromePath(), headless: true, args: [...CHROMIUM_ARGS] });

function needsBuild(files) {
  const missing = files.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length) console.log(`\n(not measured: ${missing.join(', ')} missing; run \`npm run build\` first)`);
  return missing.length > 0;
}

/** The widgets' default tags, from src/components/ (news-feed left out: it shows only its children). */
const widgetTags = () =>
  readdirSync(path.join(root, 'src', 'components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'news-feed')
    .map((entry) => entry.name)
    .sort();

/**
 * Chromium's layout-shift entries summed as Web Vitals does for a load without input, each with
 * the phase the widget was in at that frame (a ResizeObserver runs in the same frame, after
 * layout): `reserved` (its code not here yet: the loader's reserved size), `skeleton` (code here,
 * feed not yet), `content`.
 */
function observeShifts() {
  window.__shifts = [];
  window.__sizes = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push([entry.startTime, entry.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const widget = document.getElementById('widget');
    const phase = () => {
      const shadow = widget.shadowRoot;
      if (!customElements.get(widget.localName) || !shadow) return 'reserved';
      return shadow.querySelector('[part="skeleton"]') ? 'skeleton' : 'content';
    };
    new ResizeObserver(() => {
      const height = Math.round(widget.getBoundingClientRect().height);
      const last = window.__sizes.at(-1);
      if (last?.[1] !== height || last?.[2] !== phase()) window.__sizes.push([performance.now(), height, phase()]);
    }).observe(widget);
  });
}

/**
 * The widgets as a partner page writes them (the loader reserves by tag and layout); headline-list
 * with a `limit`, since without one its skeleton cannot know how many items the feed will have.
 */
const CLS_CASES = [
  ['headline-list', 'limit="6"'],
  ['headline-list', 'limit="6" layout="compact"'],
  ['headline-list', 'limit="8" layout="grid"'],
  ['headline-list', ''],
  ['article-card', ''],
  ['article-card', 'layout="hero"'],
  ['article-card', 'layout="horizontal"'],
  ['article-card', 'layout="compact"'],
  ['article-meta', 'hide="dateline credits"'],
];

/**
 * CLS per widget: an article page (a 640 px column of text, the widget between its first
 * paragraph and twelve more) loads the script tag with `blocking="render"` (the first paint has
 * the loader's reserved sizes) and the widget with `src="/sample/feed.json"`, which the server
 * answers one second late. Returns the worst.
 */
export async function clsPerWidget({ quick, table, column = 640 }) {
  if (needsBuild(['dist/news-widgets.js', 'dist/widgets/headline-list.js'])) return { tag: 'none', value: Number.NaN };
  const cases = quick
    ? [['headline-list', 'limit="6"']]
    : [
        ...CLS_CASES,
        ...widgetTags()
          .filter((tag) => !CLS_CASES.some(([other]) => other === tag))
          .map((tag) => [tag, '']),
      ];
  const page = (
    tag,
    attributes
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${tag}</title><script src="/dist/news-widgets.js" defer blocking="render"></script></head>
<body><main style="max-width: ${column}px; margin: 0 auto; font: 18px/1.6 Georgia, serif"><h1>An article</h1>
<p>The first paragraph of the article, before the widget.</p>
<${tag} id="widget" src="/sample/feed.json" ${attributes}></${tag}>
${'<p>A paragraph of the article below the widget: it must not move when the feed arrives.</p>\n'.repeat(12)}</main></body></html>`;
  const pages = Object.fromEntries(cases.map(([tag, attributes], index) => [`/cls/${index}.html`, page(tag, attributes)]));
  const server = await serve({ mounts: { '/': root }, pages, delays: { '/sample/feed.json': 1000 } });
  const browser = await launch();
  const rows = [];
  let worst = { tag: cases[0][0], value: -1 };
  try {
    for (const [index, [tag, attributes]] of cases.entries()) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1280, height: 900 });
      await tab.evaluateOnNewDocument(observeShifts);
      await tab.goto(`${server.origin}/cls/${index}.html`);
      const shown = await tab
        .waitForFunction(
          () => {
            const shadow = document.getElementById('widget').shadowRoot;
            return shadow && !shadow.querySelector('[part="skeleton"]') && shadow.textContent.trim().length > 0;
          },
          { timeout: 20_000, polling: 50 }
        )
        .then(
          () => true,
          () => false
        );
      const name = `${tag}${attributes ? ` ${attributes}` : ''}`;
      if (!shown) {
        // A widget that never shows its feed (dist/ being rebuilt meanwhile, a broken widget) is a row, not the end of the run.
        rows.push([name, 'none', '', '', 'did not render its feed in 20 s']);
        await tab.close();
        continue;
      }
      await tab.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 }).catch(() => {});
      const { shifts, sizes, final } = await tab.evaluate(() => ({
        shifts: window.__shifts,
        sizes: window.__sizes,
        final: Math.round(document.getElementById('widget').getBoundingClientRect().height),
      }));
      await tab.close();
      // Each shift goes to the phase of the last size change at or before its frame.
      const byPhase = { skeleton: 0, content: 0, reserved: 0 };
      for (const [time, value] of shifts) {
        const at = sizes.filter(([when]) => when <= time + 1).at(-1) ?? sizes[0];
        byPhase[at?.[2] ?? 'reserved'] += value;
      }
      const cls = shifts.reduce((sum, [, value]) => sum + value, 0);
      if (cls > worst.value) worst = { tag: name, value: cls };
      const heightIn = (phase) => sizes.filter(([, , p]) => p === phase).map(([, height]) => height);
      // A phase with no size of its own kept the one before it.
      const sizesText = [
        ...['reserved', 'skeleton'].map((phase) => heightIn(phase).join('/') || '='),
        heightIn('content').join('/') || String(final),
      ].join(' → ');
      rows.push([name, cls.toFixed(4), byPhase.skeleton.toFixed(4), byPhase.content.toFixed(4), sizesText]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  table(
    `CLS with the feed one second late: each widget from the script tag (blocking="render") in a ${column} px article column, 12 paragraphs under it. "code arrives": reserved size → skeleton (the loader's RESERVED); "feed arrives": skeleton → content (the widget's skeleton)`,
    ['widget', 'CLS', 'code arrives', 'feed arrives', 'block size px: reserved → skeleton → content'],
    rows
  );
  return worst;
}

/** Lighthouse's mobile conditions ("Slow 4G", a mid-range phone), applied through DevTools instead of simulated. */
const MOBILE = {
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

/** What the page reports about itself: LCP, CLS, long tasks, FCP (buffered observers, from the first script). */
function observeVitals() {
  window.__vitals = { lcp: 0, lcpWhat: '', cls: 0, longTasks: [], fcp: 0 };
  const vitals = window.__vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      vitals.lcp = entry.startTime;
      const element = entry.element;
      vitals.lcpWhat = entry.url ? `image ${new URL(entry.url).pathname.split('/').pop()}` : `text <${element?.localName ?? '?'}>`;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** Trace events that are script work on the page's main thread (parse, compile, run, and what calls back into script). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.parseOnBackground',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'XHRReadyStateChange',
  'V8.GCScavenger',
  'MajorGC',
  'MinorGC',
]);

/** Milliseconds of script work on the renderer's main thread: the union of those events' intervals (nested events count once). */
function scriptTime(trace) {
  const events = trace.traceEvents;
  // Every renderer main thread of the trace (the first about:blank page may have had its own process): the page's is the busiest.
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!mains.length) return Number.NaN;
  return Math.max(...mains.map((main) => threadScriptTime(events, main)));
}

function threadScriptTime(events, main) {
  const spans = events
    .filter((event) => event.ph === 'X' && event.pid === main.pid && event.tid === main.tid && SCRIPT_EVENTS.has(event.name) && event.dur > 0)
    .map((event) => [event.ts, event.ts + event.dur])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/** A Vite bundle of `news-widgets/define`, as a partner's app builds one from the npm package (dist/define.js). */
async function npmBundle() {
  const { build } = await import('vite');
  const work = mkdtempSync(path.join(os.tmpdir(), 'news-widgets-bench-npm-'));
  writeFileSync(path.join(work, 'entry.js'), `import 'news-widgets/define';\n`);
  await build({
    configFile: false,
    root: work,
    logLevel: 'error',
    publicDir: false,
    base: '/npm/',
    resolve: { alias: [{ find: /^news-widgets\/define$/, replacement: path.join(root, 'dist', 'define.js') }] },
    build: {
      outDir: path.join(work, 'out'),
      emptyOutDir: true,
      rolldownOptions: { input: path.join(work, 'entry.js'), output: { format: 'es', entryFileNames: 'entry.js' } },
    },
  });
  return { dir: path.join(work, 'out'), remove: () => rmSync(work, { recursive: true, force: true }) };
}

/**
 * The partner demo three ways: without the widgets (the script tag taken out: the widget elements
 * stay, empty and unknown), with the script tag, and with the npm bundle in its place. Medians of
 * `runs` loads each, a fresh browser context (empty cache) per load.
 */
export async function partnerCost({ quick, runs, table, median }) {
  if (needsBuild(['dist/news-widgets.js', 'dist/define.js'])) return [];
  const html = readFileSync(path.join(root, 'demo', 'partner.html'), 'utf8');
  const scriptTag = /<script\s+src="\/dist\/news-widgets\.js"[\s\S]*?<\/script>/;
  if (!scriptTag.test(html)) throw new Error('demo/partner.html: the script tag <script src="/dist/news-widgets.js" …> was not found');
  const npm = await npmBundle();
  const pages = {
    '/demo/partner-without.html': html.replace(scriptTag, ''),
    '/demo/partner.html': html,
    '/demo/partner-npm.html': html.replace(scriptTag, '<script type="module" src="/npm/entry.js"></script>'),
  };
  const variants = [
    ['without the widgets', '/demo/partner-without.html'],
    ['script tag', '/demo/partner.html'],
    ['npm (Vite bundle)', '/demo/partner-npm.html'],
  ];
  const server = await serve({ mounts: { '/': root, '/npm/': npm.dir }, pages });
  const browser = await launch();
  const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, url] of run % 2 ? [...variants].reverse() : variants) {
        samples[name].push(await loadOnce(browser, `${server.origin}${url}`, !url.includes('without')));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    npm.remove();
  }
  const mid = (name, key) => median(samples[name].map((sample) => sample[key]));
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const msText = (value) => `${Math.round(value)} ms`;
  const base = variants[0][0];
  const rows = variants.map(([name]) => {
    const lcp = mid(name, 'lcp');
    const what = samples[name]
      .map((sample) => sample.lcpWhat)
      .sort((a, b) => samples[name].filter((s) => s.lcpWhat === b).length - samples[name].filter((s) => s.lcpWhat === a).length)[0];
    return [
      name,
      msText(mid(name, 'fcp')),
      msText(lcp) + (name === base ? '' : ` (${lcp - mid(base, 'lcp') >= 0 ? '+' : '−'}${msText(Math.abs(lcp - mid(base, 'lcp')))})`),
      what,
      mid(name, 'cls').toFixed(4),
      msText(mid(name, 'tbt')),
      msText(mid(name, 'script')),
      kB(mid(name, 'scriptBytes')),
      kB(mid(name, 'bytes')),
      String(mid(name, 'requests')),
    ];
  });
  table(
    `The partner demo (demo/partner.html) under Lighthouse's mobile conditions applied by DevTools (412 px, 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s), gzip; median of ${runs} load${runs > 1 ? 's' : ''}, empty cache each${quick ? ' (quick)' : ''}`,
    ['page', 'FCP', 'LCP', 'LCP element', 'CLS', 'TBT', 'script boot-up', 'script bytes', 'all bytes', 'requests'],
    rows
  );
  return variants.slice(1).map(([name]) => [name, mid(name, 'lcp') - mid(base, 'lcp')]);
}

/** One load of `url` in a fresh context: vitals once the widgets show their feed and the page has been quiet for a second. */
async function loadOnce(browser, url, hasWidgets) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(MOBILE.viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', MOBILE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
  const types = new Map();
  const bytes = { all: 0, script: 0, requests: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    bytes.all += encodedDataLength;
    bytes.requests += 1;
    if (types.get(requestId) === 'Script') bytes.script += encodedDataLength;
  });
  await page.evaluateOnNewDocument(observeVitals);
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'],
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (hasWidgets) {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('article-card, key-takeaways, faq-accordion, headline-list')].every((element) => {
          const shadow = element.shadowRoot;
          return shadow && shadow.textContent.trim() && !shadow.querySelector('[part="skeleton"]');
        }),
      { timeout: 120_000, polling: 200 }
    );
  }
  await page.waitForNetworkIdle({ idleTime: 1000, timeout: 120_000 });
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const vitals = await page.evaluate(() => window.__vitals);
  await context.close();
  // Total Blocking Time as Lighthouse counts it (each task's time past 50 ms), from the first contentful paint to the end of the load.
  const tbt = vitals.longTasks.filter(([start]) => start >= vitals.fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return {
    fcp: vitals.fcp,
    lcp: vitals.lcp,
    lcpWhat: vitals.lcpWhat,
    cls: vitals.cls,
    tbt,
    script: scriptTime(trace),
    bytes: bytes.all,
    scriptBytes: bytes.script,
    requests: bytes.requests,
  };
}
