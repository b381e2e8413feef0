// <article-body> and <table-of-contents> rendered on the server (news-widgets/ssr, issue 11 item 3):
// the body's real HTML (headings, lists, links, images, tables, quotes), made safe by the server
// reader (src/on-demand/server/server-body-html.ts: parse5, then output built from the body policy), in the body's
// Declarative Shadow DOM, standing alone and inside <news-article>; a table of contents without
// `_news.sections` lists the body's headings with the ids the body has. In Chromium: the page with
// JavaScript off shows the body; with news-widgets/hydrate it hydrates without an error, the
// browser's own sanitized body replaces the server's with the same text in the same places (no
// visible jump), and the table of contents' links reach the body's headings. Screenshots of both
// are written to $SSR_SHOTS when set (to look at). Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sample = JSON.parse(readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8'));
const FEED_URL = 'https://news.example/sample/feed.json';

/** A body with every kind of block an article has, and markup that must not get through. */
const BODY = `
<h2 id="first">The <em>first</em> part</h2>
<p>A paragraph with a <a href="/about" class="x" style="color:red" onclick="top.__ran=1">relative link</a>, a
<a href="mailto:desk@news.example">mail link</a>, a <a href="#later">link to a later part</a> and an
<a href=" JaVaScRiPt:top.__ran=2">unsafe link</a>. Text with &lt;angle brackets&gt; &amp; an ampersand.</p>
<h3>Details</h3>
<ul><li>One item</li><li>Two <strong>items</strong></li></ul>
<ol start="3"><li>Third</li><li>Fourth</li></ol>
<figure><img src="images/map.png" width="640" height="360" alt="A map" srcset="x.png 2x" onerror="top.__ran=3"><figcaption>The map</figcaption></figure>
<blockquote cite="https://quotes.example/q"><p>A quoted sentence.</p></blockquote>
<table><caption>Figures</caption><thead><tr><th scope="col">Year</th><th>Count</th></tr></thead>
<tbody><tr><td>2025</td><td>1,100</td></tr></tbody></table>
<pre>
  indented code</pre>
<script>top.__ran = 4</script><style>p { display: none }</style>
<form action="https://evil.example/"><input name="password"><button>Log in</button></form>
<custom-thing>gone with its content</custom-thing><font color="red">unwrapped text</font>
<!-- a comment -->
<h2>Details</h2>
<h2 id="later">Later <span>part</span></h2>
<p>The end.</p>`;

const itemId = 'server-body';
const feed = {
  ...sample,
  items: [
    { id: itemId, url: 'https://news.example/2026/body.html', title: 'A body on the server', content_html: BODY, language: 'en' },
    sample.items[1],
  ],
};

let ssr;

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'ssr.js')), 'dist/ssr.js is missing: run `npm run build` first.');
  ssr = await import('news-widgets/ssr');
});

/** The HTML of the body's content box in server HTML (the first `part="content"` box of an article-body). */
function contentOf(html) {
  const start = html.indexOf('<div class="content" part="content"');
  assert.ok(start >= 0, 'a content box');
  return html.slice(start, html.indexOf('<span id="news-article-body-new-tab"', start));
}

describe('the body on the server', () => {
  let html;
  let body;

  before(async () => {
    html = await ssr.renderWidget('article-body', { feed, url: FEED_URL, page: 'https://partner.example/page', attributes: { lang: 'en' } });
    body = contentOf(html);
  });

  test('is the body HTML, in the Declarative Shadow DOM', () => {
    assert.match(html, /^(<!--[^>]*-->)*<article-body[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(body, /<h2 id="first">The <em>first<\/em> part<\/h2>/);
    assert.match(body, /<ul><li>One item<\/li><li>Two <strong>items<\/strong><\/li><\/ul>/);
    assert.match(body, /<ol start="3">/);
    assert.match(body, /<blockquote cite="https:\/\/quotes\.example\/q"><p>A quoted sentence\.<\/p><\/blockquote>/);
    assert.match(body, /<figcaption>The map<\/figcaption>/);
    assert.match(body, /<th scope="col">Year<\/th>/);
    assert.match(body, /&lt;angle brackets&gt; &amp; an ampersand/, 'text stays escaped');
    assert.match(
      body,
      /<pre tabindex="0">\n {2}indented code<\/pre>/,
      'a newline after <pre>, which the parser drops, keeps the text as it was'
    );
    assert.match(body, /unwrapped text/);
    assert.match(body, /<div class="content" part="content" dir="auto" lang="en">/);
  });

  test('links and images are finished as the browser finishes them', () => {
    assert.match(body, /<a href="https:\/\/news\.example\/about" rel="noopener noreferrer">relative link<\/a>/, 'resolved against the feed');
    assert.match(body, /<a href="mailto:desk@news\.example" rel="noopener noreferrer">/);
    assert.match(body, /<a href="#later" rel="noopener noreferrer">/);
    assert.match(body, /<a>unsafe link<\/a>/, 'a javascript: URL is removed, its text kept');
    assert.match(
      body,
      /<img src="https:\/\/news\.example\/sample\/images\/map\.png" width="640" height="360" alt="A map" loading="lazy" decoding="async">/
    );
    assert.match(body, /<div data-table-scroll="" tabindex="0" role="group" aria-label="Figures"><table>/);
  });

  test('nothing the policy does not allow gets through', () => {
    const inside = body.slice(body.indexOf('>') + 1);
    for (const banned of [
      /<script/,
      /<style/,
      /<form/,
      /<input/,
      /<button/,
      /custom-thing|gone with/,
      /<font/,
      /\son\w+=/,
      /class=/,
      /style=/,
      /srcset/,
      /javascript/i,
      /a comment/,
    ])
      assert.doesNotMatch(inside, banned);
  });

  test('headings shift to heading-level and keep the ids the table of contents links to (repeats get -2)', async () => {
    const shifted = contentOf(await ssr.renderWidget('article-body', { feed, url: FEED_URL, attributes: { 'heading-level': 3 } }));
    assert.deepEqual(
      [...shifted.matchAll(/<(h\d) id="([^"]+)">/g)].map((match) => `${match[1]}#${match[2]}`),
      ['h3#first', 'h4#details', 'h3#details-2', 'h3#later']
    );
    const toc = await ssr.renderWidget('table-of-contents', { feed, url: FEED_URL });
    assert.doesNotMatch(toc, /aria-busy="true"/, 'no skeleton');
    assert.deepEqual(
      [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]),
      ['first', 'details', 'details-2', 'later']
    );
    assert.match(toc.replace(/<!--[^]*?-->/g, ''), />The first part<\/a\s*>/);
  });

  test('inside <news-article> too: the body and a table of contents from its headings', async () => {
    const article = await ssr.renderWidget('news-article', { feed, url: FEED_URL, attributes: { lang: 'en' } });
    const inArticle = contentOf(article.slice(article.indexOf('<article-body')));
    assert.match(inArticle, /<h\d id="first">The <em>first<\/em> part<\/h\d>/);
    assert.match(inArticle, /<td>1,100<\/td>/);
    const toc = article.slice(article.indexOf('<table-of-contents'), article.indexOf('</table-of-contents>'));
    assert.deepEqual(
      [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]),
      [...inArticle.matchAll(/<h[2-4] id="([^"]+)"/g)].map((match) => match[1])
    );
  });

  test('a body nested deeper than the browser reads shows as text paragraphs, as in the browser', async () => {
    const deep = { ...feed, items: [{ id: 'deep', title: 'Deep', content_html: `${'<div>'.repeat(300)}Deep text${'</div>'.repeat(300)}` }] };
    const html = await ssr.renderWidget('article-body', { feed: deep, url: FEED_URL });
    assert.match(contentOf(html), /<p dir="auto">Deep text<\/p>/);
    assert.doesNotMatch(html, /<div><div>/);
  });
});

describe('server-rendered body in Chromium', () => {
  let server;
  let browser;
  const shots = process.env.SSR_SHOTS;

  before(async () => {
    const { IMPORT_MAP } = await import('../../examples/ssr-server/server.js');
    const widgets = await Promise.all([
      ssr.renderWidget('table-of-contents', { feed, url: FEED_URL, attributes: { item: itemId, lang: 'en' } }),
      ssr.renderWidget('article-body', { feed, url: FEED_URL, attributes: { item: itemId, lang: 'en' } }),
      ssr.renderWidget('news-article', { feed, url: FEED_URL, attributes: { item: itemId, lang: 'en' } }),
    ]);
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Body</title>
<style>body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: sans-serif; } news-article { margin-block-start: 3rem; display: block; }</style>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">import 'news-widgets/hydrate';</script>
</head><body><main>${widgets.join('\n')}</main></body></html>`;
    server = await serveStatic({
      mounts: { '/modules/news-widgets/dist/': path.join(root, 'dist'), '/modules/': path.join(root, 'node_modules') },
      pages: { '/': page },
    });
    browser = await launchChromium();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each block of every body on the page: its tag, its text and where it is, rounded to the pixel. */
  const layout = (page) =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll('article-body'),
        ...[...document.querySelectorAll('news-article')].map((a) => a.shadowRoot.querySelector('article-body')),
      ].map((body) =>
        [...body.shadowRoot.querySelector('[part~="content"]').querySelectorAll('*')].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return `${element.localName}${element.id ? `#${element.id}` : ''} ${[x, y, width, height].map(Math.round).join(',')} ${element.textContent.trim().slice(0, 40)}`;
        })
      )
    );

  test('without JavaScript the bodies and the table of contents show; with it they hydrate, and the browser body takes the same place', async () => {
    const { page: off } = await openPage(browser);
    await off.setViewport({ width: 1000, height: 2400 });
    await off.setJavaScriptEnabled(false);
    await off.goto(`${server.origin}/`, { waitUntil: 'load' });
    const before = await layout(off);
    assert.equal(before.length, 2, 'two bodies');
    for (const blocks of before) {
      assert.ok(
        blocks.some((block) => /^h2#first .* The first part/.test(block) || /^h\d#first /.test(block)),
        'the first heading'
      );
      assert.ok(
        blocks.some((block) => block.startsWith('table ')),
        'the table'
      );
    }
    const tocLinks = await off.evaluate(() =>
      [...document.querySelector('table-of-contents').shadowRoot.querySelectorAll('a')].map((a) => a.hash)
    );
    assert.deepEqual(tocLinks, ['#first', '#details', '#details-2', '#later']);
    if (shots) await off.screenshot({ path: path.join(shots, 'no-js.png'), fullPage: true });
    await off.close();

    const { page, report } = await openPage(browser);
    await page.setViewport({ width: 1000, height: 2400 });
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    // Hydrated, then the browser's own sanitized body in place of the server's (a new content box).
    await page.waitForFunction(
      () => {
        const bodies = [
          document.querySelector('article-body'),
          document.querySelector('news-article')?.shadowRoot?.querySelector('article-body'),
        ];
        return bodies.every((body) => body?.content?.isConnected);
      },
      { timeout: 20_000 }
    );
    const after = await layout(page);
    if (shots) await page.screenshot({ path: path.join(shots, 'hydrated.png'), fullPage: true });
    // The feed's images are on a host this test does not serve.
    assert.deepEqual(
      report.errors.filter((error) => !/news\.example\/.*\.(png|svg)|Failed to load resource/.test(error)),
      []
    );
    assert.deepEqual(
      report.warnings.filter((warning) => /hydrat|mismatch/i.test(warning)),
      []
    );
    assert.deepEqual(after, before, 'the same blocks, text and places before and after');
    // The table of contents reaches a heading in the body's shadow root.
    const focused = await page.evaluate(async () => {
      const toc = document.querySelector('table-of-contents');
      toc.shadowRoot.querySelector('a[href="#later"]').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const body = document.querySelector('article-body');
      return body.shadowRoot.activeElement?.id;
    });
    assert.equal(focused, 'later');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing from the feed ran');
    await page.close();
    if (shots) writeFileSync(path.join(shots, 'layout.json'), JSON.stringify(after, null, 1));
  });
});
