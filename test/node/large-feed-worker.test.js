// A feed over 1 MB is read in a worker (src/on-demand/feed/read-off-thread.ts) in the files as they
// ship: the script tag's widgets (dist/widgets) start dist/widgets/chunks/feed-worker-*.js, which
// parses RSS with its own bundled @xmldom/xmldom and JSON with JSON.parse, and the page shows the
// feed with no long task of parsing it; the all-in-one file, one file with no worker beside it,
// reads the same feeds on the page. Real pages in headless Chromium, a `longtask` observer in each.
// Needs the build (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const feeds = mkdtempSync(path.join(tmpdir(), 'news-widgets-large-'));

const paragraph = '<p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit.</p>';
const titles = (count) => Array.from({ length: count }, (_, i) => `Story ${i} & more`);

/** About 2.5 MB of RSS: 600 items with bodies of paragraphs. */
function largeRss() {
  const escape = (text) => text.replace(/&/g, '&amp;');
  const items = titles(600).map(
    (title, i) =>
      `<item><title>${escape(title)}</title><link>https://big.example/${i}</link><guid>g${i}</guid><description><![CDATA[${paragraph.repeat(50)}]]></description></item>`
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>${items.join('')}</channel></rss>`;
}

/** About 3 MB of JSON Feed: 400,000 empty items after 3 real ones (JSON.parse of it is one long task). */
function largeJson() {
  const items = titles(3).map((title, i) => JSON.stringify({ id: `i${i}`, url: `https://big.example/${i}`, title }));
  return `{"version":"https://jsonfeed.org/version/1.1","title":"Big","items":[${items.join(',')},${'{},'.repeat(400_000)}{}]}`;
}

const page = (script, src) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <link rel="icon" href="data:," />
  <title>a large feed</title>
  <script>
    window.longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.longest = Math.max(window.longest, entry.duration)))).observe({ type: 'longtask', buffered: true });
  </script>
  <script src="/dist/${script}" defer></script>
</head>
<body>
  <headline-list src="${src}" limit="3"></headline-list>
</body>
</html>`;

const pages = {};
for (const script of ['news-widgets.js', 'news-widgets.all.js'])
  for (const feed of ['big.rss', 'big.json']) pages[`/${script}/${feed}.html`] = page(script, `/feeds/${feed}`);

let server;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'widgets', 'headline-list.js')), 'dist/widgets/ is missing: run `npm run build` first.');
  writeFileSync(path.join(feeds, 'big.rss'), largeRss());
  writeFileSync(path.join(feeds, 'big.json'), largeJson());
  server = await serveStatic({ mounts: { '/feeds/': feeds, '/': root }, pages });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(feeds, { recursive: true, force: true });
});

/** Opens the page, waits for the list's three titles, and gives them, the worker files asked for, the errors and the longest task. */
async function show(pathname) {
  const { page, report } = await openPage(browser);
  try {
    await page.goto(`${server.origin}${pathname}`);
    await page.waitForFunction(() => document.querySelector('headline-list')?.shadowRoot?.querySelectorAll('li').length === 3, {
      timeout: 30_000,
      polling: 100,
    });
    const titles = await page.evaluate(() =>
      [...document.querySelector('headline-list').shadowRoot.querySelectorAll('li')].map((item) => item.textContent.trim().split('\n')[0])
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const longest = await page.evaluate(() => window.longest);
    const workers = report.requests.filter((url) => /\/feed-worker-[\w-]{8}\.js$/.test(url)).map((url) => new URL(url).pathname);
    return { titles, workers, errors: report.errors, longest };
  } finally {
    await page.close();
  }
}

for (const feed of ['big.rss', 'big.json']) {
  test(`the script tag, ${feed} (${feed.endsWith('rss') ? '2.5 MB of RSS' : '3 MB of JSON, 400,000 items'}): read in the worker, shown`, async () => {
    const shown = await show(`/news-widgets.js/${feed}.html`);
    console.log(`${feed}, script tag: longest task ${Math.round(shown.longest)} ms (0: none of 50 ms)`);
    assert.deepEqual(shown.errors, []);
    assert.deepEqual(shown.titles, titles(3));
    assert.equal(shown.workers.length, 1, `one worker file: ${shown.workers}`);
    assert.match(shown.workers[0], /^\/dist\/widgets\/chunks\/feed-worker-/);
  });

  test(`the all-in-one file, ${feed}: read on the page, no worker file asked for`, async () => {
    const shown = await show(`/news-widgets.all.js/${feed}.html`);
    console.log(`${feed}, all-in-one: longest task ${Math.round(shown.longest)} ms`);
    assert.deepEqual(shown.errors, []);
    assert.deepEqual(shown.titles, titles(3));
    assert.deepEqual(shown.workers, []);
  });
}
