// The XSS corpus (test/fixtures/xss-vectors.ts, every vector) through the server renderer (issue 11
// item 3): each vector as an item's content_html, rendered on the server as <article-body> and as
// <news-article>, the pages loaded in Chromium with JavaScript DISABLED (what the server's HTML
// alone does) and with news-widgets/hydrate (the server's body, hydrated, then replaced by the
// browser's sanitized one). In both: nothing ran (the vectors call the global canary `__xss`), and
// in every shadow root no dangerous element, no `on*` attribute, no URL outside http(s) (or
// mailto: for links), no dangerous CSS: the checks of test/hardening/xss-every-widget.test.ts,
// shared in test/helpers/xss-checks.ts, which this test bundles with rolldown (TypeScript sources,
// like test/node/node-normalize.test.js) and imports in the page. Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFragment } from 'parse5';
import { rolldown } from 'rolldown';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FEED_URL = 'https://news.example/feed.json';
/** Vectors per page: each page has an <article-body> and a <news-article> per vector. */
const BATCH = 24;

let dir;
let vectors;
let ssr;
let server;
let browser;
const pages = {};

/** One feed per vector: a single item whose body is the vector. */
const feedOf = (vector, n) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'XSS corpus',
  items: [{ id: `x${n}`, title: `Vector ${n}: ${vector.name}`, content_html: vector.html }],
});

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'ssr.js')), 'dist/ssr.js is missing: run `npm run build` first.');
  ssr = await import('news-widgets/ssr');
  const { IMPORT_MAP } = await import('../../examples/ssr-server/server.js');
  dir = mkdtempSync(path.join(tmpdir(), 'news-widgets-ssr-xss-'));
  writeFileSync(
    path.join(dir, 'entry.js'),
    `export { XSS_VECTORS } from ${JSON.stringify(path.join(root, 'test/fixtures/xss-vectors.ts'))};
export * from ${JSON.stringify(path.join(root, 'test/helpers/xss-checks.ts'))};`
  );
  const bundle = await rolldown({ input: path.join(dir, 'entry.js'), cwd: root, logLevel: 'silent' });
  await bundle.write({ file: path.join(dir, 'checks.js'), format: 'es' });
  vectors = (await import(pathToFileURL(path.join(dir, 'checks.js')).href)).XSS_VECTORS;
  for (let start = 0; start < vectors.length; start += BATCH) {
    const widgets = [];
    for (let n = start; n < Math.min(start + BATCH, vectors.length); n++) {
      const feed = feedOf(vectors[n], n);
      widgets.push(
        `<section data-vector="${n}">`,
        await ssr.renderWidget('article-body', { feed, url: FEED_URL, attributes: { lang: 'en' } }),
        await ssr.renderWidget('news-article', { feed, url: FEED_URL, attributes: { lang: 'en' } }),
        '</section>'
      );
    }
    pages[`/batch-${start / BATCH}`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS corpus, server-rendered</title>
<script>window.__xss = (n) => (window.__ran ??= []).push(n);</script>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">import 'news-widgets/hydrate';</script>
</head><body>${widgets.join('\n')}</body></html>`;
  }
  server = await serveStatic({
    mounts: { '/checks/': dir, '/modules/news-widgets/dist/': path.join(root, 'dist'), '/modules/': path.join(root, 'node_modules') },
    pages,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the server HTML of every vector, read by a spec parser, has no handler, no script URL and no dangerous element in the body', async () => {
  assert.equal(vectors.length >= 144, true, `the whole corpus (${vectors.length})`);
  const DANGEROUS =
    /^(script|iframe|frame|object|embed|applet|style|link|meta|base|form|input|button|select|textarea|template|noscript|slot|use|animate|set|foreignobject|maction|annotation-xml)$/i;
  for (const [n, vector] of vectors.entries()) {
    const html = await ssr.renderWidget('article-body', { feed: feedOf(vector, n), url: FEED_URL });
    const start = html.indexOf('<div class="content" part="content"');
    const body = start < 0 ? '' : html.slice(start, html.indexOf('<span id="news-article-body-new-tab"', start));
    const walk = (node) => {
      for (const child of node.childNodes ?? []) {
        if (!child.tagName) continue;
        assert.doesNotMatch(child.tagName, DANGEROUS, `vector ${n} (${vector.name})`);
        for (const { name, value } of child.attrs) {
          assert.doesNotMatch(name, /^on/i, `vector ${n} (${vector.name})`);
          if (/^(href|src|poster|cite|action|formaction|data)$/.test(name))
            // eslint-disable-next-line no-control-regex
            assert.match(value.replace(/[\u0000-\u0020]/g, ''), /^(https?:|mailto:|#|$)/i, `vector ${n}`);
        }
        walk(child);
      }
    };
    walk(parseFragment(body));
  }
});

/**
 * In the page: every element of every shadow root checked with the shared checks (a widget's own
 * `<style>`, the first child of its server-rendered shadow root, is not the feed's); outside shadow
 * roots only the page's own elements, the widgets and their inline feeds. Returns the problems.
 */
const problemsInPage = () =>
  import('/checks/checks.js').then(({ everyElement, elementProblems, hostOf }) => {
    const problems = [];
    let checked = 0;
    for (const element of everyElement(document.body)) {
      if (!hostOf(element)) {
        const own = /^(section|main)$/.test(element.localName) || element.localName.includes('-');
        const feed = element.matches('script[type="application/feed+json"]') && element.parentElement.localName.includes('-');
        if (!own && !feed) problems.push(`<${element.localName}> outside the widgets`);
        continue;
      }
      if (element.localName === 'style' && element.parentNode === element.getRootNode()) continue;
      if (element.closest('[part~="content"]')) checked++;
      const vector = element.getRootNode().host.closest?.('[data-vector]')?.dataset.vector;
      problems.push(...elementProblems(element).map((problem) => `vector ${vector ?? '?'}: ${problem}`));
    }
    // The bodies were there to check: elements inside article-body content boxes.
    if (checked < 20) problems.push(`only ${checked} body elements checked`);
    return problems;
  });

describe('every vector, server-rendered, in Chromium', () => {
  test('with JavaScript disabled: nothing runs and nothing dangerous is in the page', async () => {
    for (const pathname of Object.keys(pages)) {
      const { page, report } = await openPage(browser);
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
      const bodies = await page.evaluate(() => document.querySelectorAll('article-body').length);
      assert.equal(bodies, Object.keys(pages).indexOf(pathname) < Object.keys(pages).length - 1 ? BATCH : vectors.length % BATCH || BATCH);
      // Scripts back on, only to run the checks (the page's scripts were passed over when it loaded):
      // a handler that still fires now has no canary and throws, which `report.errors` hears.
      await page.setJavaScriptEnabled(true);
      const problems = await page.evaluate(problemsInPage);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(problems, [], pathname);
      assert.equal(await page.evaluate(() => window.__ran), undefined, `${pathname}: a vector ran`);
      assert.deepEqual(
        report.errors.filter((error) => !/Failed to load resource|request failed/.test(error)),
        [],
        pathname
      );
      await page.close();
    }
  });

  test('hydrated with news-widgets/hydrate: nothing runs, the browser body replaces the server body, nothing dangerous', async () => {
    for (const pathname of Object.keys(pages)) {
      const { page, report } = await openPage(browser);
      await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const articles = [...document.querySelectorAll('news-article')];
          const bodies = [
            ...document.querySelectorAll('article-body'),
            ...articles.map((article) => article.shadowRoot?.querySelector('article-body')),
          ];
          // Hydrated, and the server's body given way to the browser's (or to the text, where the browser read none).
          return bodies.every(
            (body) => body?.hasUpdated && body.prerendered === undefined && !body.shadowRoot.querySelector('[aria-busy="true"]')
          );
        },
        { timeout: 60_000 }
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const problems = await page.evaluate(problemsInPage);
      assert.deepEqual(problems, [], pathname);
      assert.equal(await page.evaluate(() => window.__ran), undefined, `${pathname}: a vector ran`);
      assert.deepEqual(
        report.errors.filter((error) => !/Failed to load resource|request failed/.test(error)),
        [],
        pathname
      );
      assert.deepEqual(
        report.warnings.filter((warning) => /hydrat|mismatch/i.test(warning)),
        [],
        pathname
      );
      await page.close();
    }
  });
});
