// The one-file classic script, as a partner site uses it: a plain HTML page with only
// `<script src="/dist/news-widgets.js" defer>` (no type=module, no loader) in headless Chromium.
// Needs the build (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(root, 'dist', 'news-widgets.js');
const sample = JSON.parse(readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8'));
const article = sample.items[0];
const related = sample.items.slice(1);

/** The default tags: one per src/components/<tag>/ folder, so the test grows with the library. */
const tags = readdirSync(path.join(root, 'src', 'components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const widgetTags = tags.filter((tag) => tag !== 'news-feed');

/** What each widget must show of the sample feed: texts its shadow root contains, and a count. */
const expectations = {
  'headline-list': { texts: related.slice(0, 3).map((item) => item.title) },
  'article-card': { texts: [article.title] },
  'faq-accordion': {
    texts: article._news.faq.map((entry) => entry.question),
    count: ['button[aria-expanded]', article._news.faq.length],
  },
  'key-takeaways': {
    texts: article._news.key_takeaways.map((entry) => entry.text),
    count: ['li', article._news.key_takeaways.length],
  },
};

const countSelectors = [...new Set(Object.values(expectations).flatMap((e) => (e.count ? [e.count[0]] : [])))];

const page = (body, scriptAttributes = '') => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <link rel="icon" href="data:," />
  <title>news-widgets embed test</title>
  <script src="/dist/news-widgets.js" defer${scriptAttributes}></script>
</head>
<body>
${body}
</body>
</html>`;

/** One of each widget inside a <news-feed>, plus a standalone headline list with its own src. */
const allWidgets = (prefix = '') => {
  const name = (tag) => (prefix ? `${prefix}-${tag}` : tag);
  return `<${name('news-feed')} src="/sample/feed.json">
  ${widgetTags.map((tag) => `<${name(tag)}></${name(tag)}>`).join('\n  ')}
</${name('news-feed')}>
<${name('headline-list')} id="standalone" src="/sample/feed.json" exclude="${article.id}" limit="5"></${name('headline-list')}>`;
};

/** The tag a host page defines itself before the script runs. */
const takenTag = tags.includes('headline-list') ? 'headline-list' : widgetTags[0] ?? 'news-feed';

const pages = {
  '/__embed/all.html': page(allWidgets()),
  '/__embed/prefix.html': page(allWidgets('acme'), ' data-prefix="acme"'),
  '/__embed/taken.html': `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <link rel="icon" href="data:," />
  <title>news-widgets embed test: a tag already taken</title>
  <script>
    customElements.define('${takenTag}', class HostElement extends HTMLElement {
      static ownedByHost = true;
      connectedCallback() { this.textContent = 'the host page’s own element'; }
    });
  </script>
  <script src="/dist/news-widgets.js" defer></script>
</head>
<body>
${allWidgets()}
</body>
</html>`,
};

/** The strictest policy a partner may run: no inline code, same-origin everything, Trusted Types. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; " +
  "object-src 'none'; require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

pages['/__embed/strict-csp.html'] = page(
  allWidgets().replace('<faq-accordion>', '<faq-accordion structured-data>'),
)
  // The test page's own data: icon would break img-src 'self': a same-origin icon instead.
  .replace('<link rel="icon" href="data:," />', '<link rel="icon" href="/sample/images/publisher-logo.svg" />')
  .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n  <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />`);

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(script),
    'dist/news-widgets.js is missing: run `npm run build` first (npm test builds before the node tests).',
  );
  server = await serveStatic({ mounts: { '/': root }, pages });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits until every element matching `selector` (light DOM, document order) shows its content:
 * a shadow root with text (or, for <news-feed>, its slot). Returns per element its tag, its
 * shadow root's text, and the counts of `countSelectors` in it.
 */
async function rendered(page, selector, countSelectors = []) {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) => {
        const shadow = element.shadowRoot;
        if (!shadow) return false;
        if (element.localName.endsWith('news-feed')) return !!shadow.querySelector('slot');
        // Loading shows a skeleton: wait until the busy state is gone and text is there.
        return shadow.textContent.trim().length > 0 && !shadow.querySelector('[aria-busy="true"], .skeleton');
      }),
    { timeout: 15_000, polling: 100 },
    selector,
  );
  return page.$$eval(
    selector,
    (elements, countSelectors) =>
      elements.map((element) => ({
        tag: element.localName,
        id: element.id,
        text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        counts: Object.fromEntries(
          countSelectors.map((countSelector) => [countSelector, element.shadowRoot.querySelectorAll(countSelector).length]),
        ),
      })),
    countSelectors,
  );
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

function assertShows(widget, tag) {
  const expected = expectations[tag];
  if (!expected) {
    assert.ok(widget.text.length > 0, `<${widget.tag}> rendered nothing`);
    return;
  }
  for (const text of expected.texts) {
    assert.ok(widget.text.includes(collapse(text)), `<${widget.tag}> does not show "${text}"; it shows: ${widget.text.slice(0, 400)}`);
  }
  if (expected.count) {
    const [selector, count] = expected.count;
    assert.equal(widget.counts[selector], count, `<${widget.tag}> has ${widget.counts[selector]} ${selector}, expected ${count}`);
  }
}

function assertOnlyLocal(report, origin) {
  const foreign = report.requests.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(`${origin}/`));
  assert.deepEqual(foreign, [], 'the page made requests to other hosts');
  const fromDist = [...new Set(report.requests.filter((url) => url.startsWith(`${origin}/dist/`)))];
  assert.deepEqual(fromDist, [`${origin}/dist/news-widgets.js`], 'the script needed another file from dist/');
}

test('a plain <script src defer> registers every default tag and every widget renders the sample feed', async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__embed/all.html`, { waitUntil: 'load' });
  const defined = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), tags);
  assert.deepEqual(defined, [], `tags not defined by dist/news-widgets.js (is the component in src/widgets.ts?)`);

  const widgets = await rendered(page, tags.join(','), countSelectors);
  for (const widget of widgets) {
    if (widget.tag === 'news-feed') continue;
    if (widget.id === 'standalone') continue;
    assertShows(widget, widget.tag);
  }
  const standalone = widgets.find((widget) => widget.id === 'standalone');
  if (tags.includes('headline-list')) {
    for (const item of related.slice(0, 5)) assert.ok(standalone.text.includes(collapse(item.title)), `standalone list lacks "${item.title}"`);
    assert.ok(!standalone.text.includes(collapse(article.title)), 'exclude did not drop the article');
    assert.ok(!standalone.text.includes(collapse(related[5].title)), 'limit="5" showed a sixth headline');
  }
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
  assert.deepEqual(report.errors, [], 'the page logged errors');
  assertOnlyLocal(report, server.origin);
  await page.close();
});

test('document.currentScript works for the deferred classic script: data-prefix="acme" registers acme-<tag>', async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__embed/prefix.html`, { waitUntil: 'load' });
  const state = await page.evaluate(
    (tags) => ({
      prefixed: tags.filter((tag) => !customElements.get(`acme-${tag}`)),
      plain: tags.filter((tag) => customElements.get(tag)),
    }),
    tags,
  );
  assert.deepEqual(state.prefixed, [], 'prefixed tags not defined');
  assert.deepEqual(state.plain, [], 'the default names were registered although a prefix was given');
  const widgets = await rendered(page, tags.map((tag) => `acme-${tag}`).join(','), countSelectors);
  for (const widget of widgets) {
    const tag = widget.tag.replace(/^acme-/, '');
    if (tag === 'news-feed' || widget.id === 'standalone') continue;
    assertShows(widget, tag);
  }
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
  assert.deepEqual(report.errors, [], 'the page logged errors');
  assertOnlyLocal(report, server.origin);
  await page.close();
});

test(`a tag the host page defined first (<${takenTag}>) keeps its definition, and nothing throws`, async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__embed/taken.html`, { waitUntil: 'load' });
  const state = await page.evaluate(
    (tags, takenTag) => ({
      hostKept: customElements.get(takenTag)?.ownedByHost === true,
      hostText: document.querySelector(takenTag)?.textContent,
      others: tags.filter((tag) => tag !== takenTag && !customElements.get(tag)),
    }),
    tags,
    takenTag,
  );
  assert.ok(state.hostKept, `the script replaced the page's own <${takenTag}>`);
  assert.equal(state.hostText, 'the host page’s own element');
  assert.deepEqual(state.others, [], 'the other tags must still be registered');
  const others = tags.filter((tag) => tag !== takenTag);
  if (others.length) await rendered(page, others.join(','), []);
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
  assert.deepEqual(report.errors, [], 'the script threw or logged an error');
  assert.ok(
    report.warnings.some((warning) => warning.includes(takenTag)),
    `expected a console warning naming <${takenTag}>; warnings: ${JSON.stringify(report.warnings)}`,
  );
  await page.close();
});

test('under a strict CSP with Trusted Types every widget renders, with no violation', async () => {
  const { page, report } = await openPage(browser);
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
    );
  });
  await page.goto(`${server.origin}/__embed/strict-csp.html`, { waitUntil: 'load' });
  const widgets = await rendered(page, tags.join(','), countSelectors);
  for (const widget of widgets) {
    if (widget.tag !== 'news-feed' && widget.id !== 'standalone') assertShows(widget, widget.tag);
  }
  if (tags.includes('faq-accordion')) {
    const jsonLd = await page.$eval('faq-accordion script[type="application/ld+json"]', (element) => JSON.parse(element.textContent));
    assert.equal(jsonLd['@type'], 'FAQPage');
  }
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
  assert.deepEqual(violations, [], 'CSP violations');
  assert.deepEqual(report.errors, [], 'the page logged errors');
  await page.close();
});
