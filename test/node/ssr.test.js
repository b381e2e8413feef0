// Server-side rendering (news-widgets/ssr, news-widgets/hydrate and examples/ssr-server): every
// widget's server HTML holds the sample feed's text; the example page shows it with JavaScript
// off; with it on, the widgets hydrate without a mismatch, without asking for the feed, and fire
// their events. Needs the build (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const feedText = readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8');
const sample = JSON.parse(feedText);
const article = sample.items[0];
const FEED_URL = 'https://news.example/sample/feed.json';

/** What each widget must show of the sample feed, rendered on the server (the seed article by default). */
const expectations = {
  'news-feed': [sample.items[1].title],
  'headline-list': sample.items.slice(1, 4).map((item) => item.title),
  'article-card': [article.title],
  'faq-accordion': article._news.faq.map((entry) => entry.question),
  'key-takeaways': article._news.key_takeaways.map((entry) => entry.text),
  'article-meta': [sample._news.publisher.name, article.authors[0].name],
  'article-tags': article.tags,
  'reference-list': article._news.references.map((reference) => reference.title),
  'article-pager': [article._news.previous.title, article._news.next.title],
  'article-breadcrumbs': article._news.breadcrumbs.map((crumb) => crumb.title),
  'editorial-disclosure': [sample._news.disclosure.slice(0, 60)],
  'news-article': [article.title, article._news.key_takeaways[0].text, article._news.faq[0].question],
  'quick-summary': [article.summary],
  'table-of-contents': article._news.sections.map((section) => section.title),
  'article-body': [article.content_html.match(/<p>([^<]{20,80})/)[1]],
  'newsletter-signup': [sample._news.newsletter.title],
};

/** The text of server HTML, roughly as a reader sees it: no tags, styles, scripts or comments; entities decoded. */
const textOf = (html) =>
  html
    .replace(/<(style|script)\b[^]*?<\/\1>/g, ' ')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const words = (text) => text.replace(/\s+/g, ' ').trim();

let ssr;
let example;

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'ssr.js')), 'dist/ssr.js is missing: run `npm run build` first.');
  ssr = await import('news-widgets/ssr');
  example = await import('../../examples/ssr-server/server.js');
});

test('every widget has an expectation here', () => {
  assert.deepEqual([...ssr.widgetTags].sort(), Object.keys(expectations).sort());
});

for (const [tag, texts] of Object.entries(expectations)) {
  test(`<${tag}> renders the feed's text on the server, with its feed inline`, async () => {
    const children = tag === 'news-feed' ? [{ tag: 'headline-list' }] : undefined;
    const html = await ssr.renderWidget(tag, { feed: feedText, url: FEED_URL, children });
    const text = textOf(html);
    for (const expected of texts) assert.ok(text.includes(words(expected)), `<${tag}> lacks "${expected}"`);
    assert.doesNotMatch(html, /aria-busy="true"/, 'no loading skeleton');
    // Declarative Shadow DOM, every widget (<article-body> with its HTML made safe on the server: test/node/ssr-body.test.js).
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    const inline = html.match(/<script type="application\/feed\+json">([^]*?)<\/script>/);
    assert.ok(inline, 'the feed ships inside the element');
    assert.equal(JSON.parse(inline[1]).feed_url, FEED_URL, 'with an absolute feed_url, so the browser resolves links alike');
  });
}

test('languages are loaded before rendering: lang="de" renders German strings, not a skeleton', async () => {
  const html = await ssr.renderWidget('key-takeaways', { feed: feedText, url: FEED_URL, attributes: { lang: 'de' } });
  assert.match(textOf(html), /Das Wichtigste|Wichtigste/);
  assert.doesNotMatch(html, /aria-busy="true"/);
});

test('attributes are escaped, names checked; unknown tags and event handlers are refused', async () => {
  const html = await ssr.renderWidget('headline-list', {
    feed: feedText,
    url: FEED_URL,
    attributes: { heading: '"><img src=x onerror=alert(1)>', limit: 2 },
  });
  assert.doesNotMatch(html, /<img src=x/);
  assert.equal((textOf(html).match(/\S+/g) ?? []).length > 0, true);
  await assert.rejects(ssr.renderWidget('headline-list', { feed: feedText, attributes: { onclick: 'alert(1)' } }), /not an attribute/);
  await assert.rejects(ssr.renderWidget('script', { feed: feedText }), /not a widget/);
});

test('a feed whose text could close the inline script stays inside it', async () => {
  const hostile = { ...sample, title: '</script><script>window.owned = 1</script>' };
  const html = await ssr.renderWidget('headline-list', { feed: hostile, url: FEED_URL });
  assert.equal(html.match(/<\/script>/g).length, 1);
  assert.equal(JSON.parse(html.match(/<script type="application\/feed\+json">([^]*?)<\/script>/)[1]).title, hostile.title);
});

test('renderWidgetStream streams the same HTML', async () => {
  const options = { feed: ssr.prepareFeed(feedText, { url: FEED_URL }), attributes: { limit: 3 } };
  let streamed = '';
  for await (const chunk of ssr.renderWidgetStream('headline-list', options)) streamed += chunk;
  assert.equal(streamed, await ssr.renderWidget('headline-list', options));
});

const realFeedsDir = path.resolve(root, '..', 'shared', 'real-feeds', 'json');
const realFeeds = existsSync(realFeedsDir) ? readdirSync(realFeedsDir).filter((name) => name.endsWith('.json')) : [];

test(
  'the real feeds render on the server: each headline list shows its first titles',
  { skip: realFeeds.length ? false : `no real feeds at ${realFeedsDir}` },
  async () => {
    for (const name of realFeeds) {
      const prepared = ssr.prepareFeed(readFileSync(path.join(realFeedsDir, name), 'utf8'), { url: `https://feeds.example/${name}` });
      const html = await ssr.renderWidget('headline-list', { feed: prepared, attributes: { limit: 3 } });
      const text = textOf(html);
      for (const item of prepared.feed.items.slice(0, 3))
        if (item.title) assert.ok(text.includes(words(item.title)), `${name}: "${item.title}"`);
      assert.doesNotMatch(html, /aria-busy="true"/, name);
    }
  }
);

test('prepareFeed reads RSS too, and reports dropped items', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
    <item><title>An RSS headline</title><link>https://news.example/a</link><guid>a</guid></item><item><description></description></item></channel></rss>`;
  const prepared = ssr.prepareFeed(rss, { url: FEED_URL });
  assert.equal(prepared.feed.items[0].title, 'An RSS headline');
  assert.equal(prepared.dropped.length, 1);
});

describe('the example server in Chromium', () => {
  let server;
  let origin;
  let browser;
  const hits = new Map();

  before(async () => {
    server = example.createServer({ onRequest: (pathname) => hits.set(pathname, (hits.get(pathname) ?? 0) + 1) });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections?.();
    await new Promise((resolve) => server?.close(resolve) ?? resolve());
  });

  /** Every text of the page, shadow roots included, as a reader would read it. */
  const pageText = (page) =>
    page.evaluate(() => {
      const walk = (node) =>
        [...node.childNodes]
          .map((child) => {
            if (child.nodeType === Node.TEXT_NODE) return child.textContent;
            if (child.nodeType !== Node.ELEMENT_NODE || /^(SCRIPT|STYLE|TEMPLATE)$/.test(child.nodeName)) return '';
            return (child.shadowRoot ? walk(child.shadowRoot) : '') + ' ' + walk(child);
          })
          .join(' ');
      return walk(document.body).replace(/\s+/g, ' ');
    });

  test('the example page, with JavaScript disabled, shows the article and the headlines', async () => {
    const { page } = await openPage(browser);
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const text = await pageText(page);
    for (const expected of [article.title, article._news.key_takeaways[0].text, article._news.faq[0].question, sample.items[1].title]) {
      assert.ok(text.includes(words(expected)), `the page without JavaScript lacks "${expected}"`);
    }
    assert.equal(await page.evaluate(() => document.querySelectorAll(':defined').length > 0 && !customElements.get('news-article')), true);
    await page.close();
  });

  test('the example page hydrates: no errors, no feed request, events fire', async () => {
    hits.clear();
    const { page, report } = await openPage(browser);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        customElements.get('headline-list') &&
        !document.querySelector('[defer-hydration]') &&
        !document.querySelector('news-article')?.shadowRoot?.querySelector('[defer-hydration]'),
      { timeout: 15_000 }
    );
    // Hydrated, not rendered again: the server's nodes are still there, and the widgets answer.
    const events = await page.evaluate(async () => {
      const seen = [];
      document.addEventListener('news-select', (event) => (seen.push(`select:${event.detail.item.id}`), event.preventDefault()));
      document.addEventListener('news-toggle', (event) => seen.push(`toggle:${event.detail.open}`));
      const list = document.querySelector('headline-list');
      await list.updateComplete;
      list.shadowRoot.querySelector('a.link').click();
      const faq = document.querySelector('news-article').shadowRoot.querySelector('faq-accordion');
      await faq.updateComplete;
      faq.shadowRoot.querySelector('button[aria-expanded]').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return seen;
    });
    assert.deepEqual(events, [`select:${sample.items[1].id}`, 'toggle:true']);
    assert.equal(hits.get('/sample/feed.json') ?? 0, 0, 'the browser did not ask for the feed');
    assert.equal(report.requests.filter((url) => url.endsWith('/feed.json')).length, 0);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.warnings.filter((warning) => /hydrat|mismatch/i.test(warning)),
      []
    );
    const text = await pageText(page);
    assert.ok(text.includes(words(article.title)));
    await page.close();
  });

  test('widgets inside a server-rendered <news-feed> hydrate from its one inline feed', async () => {
    hits.clear();
    const { page, report } = await openPage(browser);
    await page.goto(`${origin}/front`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => customElements.get('news-feed') && document.querySelector('headline-list')?.shadowRoot?.querySelector('a.link'),
      { timeout: 15_000 }
    );
    const result = await page.evaluate(async () => {
      const list = document.querySelector('headline-list');
      const before = list.shadowRoot.querySelector('a.link');
      await list.updateComplete;
      const seen = [];
      document.addEventListener('news-select', (event) => (seen.push(event.detail.item.id), event.preventDefault()));
      list.shadowRoot.querySelector('a.link').click();
      return {
        seen,
        kept: before === list.shadowRoot.querySelector('a.link'),
        scripts: document.querySelectorAll('script[type="application/feed+json"]').length,
      };
    });
    assert.deepEqual(result, { seen: [sample.items[1].id], kept: true, scripts: 1 });
    assert.equal(hits.get('/sample/feed.json') ?? 0, 0);
    assert.deepEqual(report.errors, []);
    await page.close();
  });

  test('the example page answers If-None-Match with 304 while the feed is unchanged', async () => {
    const first = await fetch(`${origin}/`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('cache-control'), /max-age=\d+/);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${origin}/`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });
});

// The guide's Eleventy recipe (docs/server-rendering.md), in a scratch project outside the repo:
// Eleventy 3 from the registry, this package linked, a Nunjucks shortcode that calls renderWidget.
test("Eleventy: the guide's shortcode renders the widgets into a static page", { timeout: 240_000 }, async () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-widgets-eleventy-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'eleventy-scratch', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '@11ty/eleventy@3', root], { cwd: dir, timeout: 200_000 });
    const guide = readFileSync(path.join(root, 'docs', 'server-rendering.md'), 'utf8');
    // The config and the template exactly as the guide shows them.
    const config = guide.match(/```js eleventy\.config\.js\n([^]*?)```/)[1];
    const template = guide.match(/```njk src\/index\.njk\n([^]*?)```/)[1];
    writeFileSync(path.join(dir, 'eleventy.config.js'), config);
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'index.njk'), template);
    await run(process.execPath, [path.join(dir, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')], {
      cwd: dir,
      timeout: 120_000,
      env: { ...process.env, FEED_FILE: path.join(root, 'sample', 'feed.json') },
    });
    const html = readFileSync(path.join(dir, '_site', 'index.html'), 'utf8');
    assert.match(html, /<news-article[^>]*><template shadowroot="open" shadowrootmode="open">/);
    const text = textOf(html);
    for (const expected of [article.title, article._news.faq[0].question, sample.items[1].title])
      assert.ok(text.includes(words(expected)), expected);
    assert.match(html, /<script type="application\/feed\+json">/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
