// The two classic scripts as a partner site uses them: a plain HTML page with only
// `<script src="/dist/news-widgets.js" defer>` (the loader, which downloads each widget from
// dist/widgets/ when its tag is on the page) or `<script src="/dist/news-widgets.all.js" defer>`
// (every widget in one file), no type=module, in headless Chromium. Every test runs for both.
// What only the loader does (late elements, failed downloads, layout shift) is in loader.test.js.
// Needs the build (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The two script tags; `fromDist` tells the files each may fetch from dist/ (only itself for the all-in-one). */
const SCRIPTS = [
  { file: 'news-widgets.js', fromDist: (pathname) => pathname === '/dist/news-widgets.js' || pathname.startsWith('/dist/widgets/') },
  { file: 'news-widgets.all.js', fromDist: (pathname) => pathname === '/dist/news-widgets.all.js' },
];
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

const page = (file, body, scriptAttributes = '') => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <link rel="icon" href="data:," />
  <title>news-widgets embed test</title>
  <script src="/dist/${file}" defer${scriptAttributes}></script>
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
const takenTag = tags.includes('headline-list') ? 'headline-list' : (widgetTags[0] ?? 'news-feed');

/** The strictest policy a partner may run: no inline code, same-origin everything, Trusted Types. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; " +
  "object-src 'none'; require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

/** The test pages of one script, at /__embed/<file>/<name>.html. */
const pagesOf = (file) => ({
  all: page(file, allWidgets()),
  prefix: page(file, allWidgets('acme'), ' data-prefix="acme"'),
  taken: `<!doctype html>
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
  <script src="/dist/${file}" defer></script>
</head>
<body>
${allWidgets()}
</body>
</html>`,
  'strict-csp': page(file, allWidgets().replace('<faq-accordion>', '<faq-accordion structured-data>'))
    // The test page's own data: icon would break img-src 'self': a same-origin icon instead.
    .replace('<link rel="icon" href="data:," />', '<link rel="icon" href="/sample/images/publisher-logo.svg" />')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n  <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />`),
});

const pages = Object.fromEntries(
  SCRIPTS.flatMap(({ file }) => Object.entries(pagesOf(file)).map(([name, html]) => [`/__embed/${file}/${name}.html`, html]))
);

let server;
let browser;

before(async () => {
  const missing = SCRIPTS.filter(({ file }) => !existsSync(path.join(root, 'dist', file)));
  assert.deepEqual(missing, [], 'the scripts are missing: run `npm run build` first (npm test builds before the node tests).');
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
    selector
  );
  return page.$$eval(
    selector,
    (elements, countSelectors) =>
      elements.map((element) => ({
        tag: element.localName,
        id: element.id,
        text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        counts: Object.fromEntries(
          countSelectors.map((countSelector) => [countSelector, element.shadowRoot.querySelectorAll(countSelector).length])
        ),
      })),
    countSelectors
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

/** Every request stays on the test server, and the files from dist/ are the script's own. */
function assertOnlyLocal(report, origin, script) {
  const foreign = report.requests.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(`${origin}/`));
  assert.deepEqual(foreign, [], 'the page made requests to other hosts');
  const fromDist = [...new Set(report.requests.map((url) => new URL(url).pathname).filter((pathname) => pathname.startsWith('/dist/')))];
  assert.ok(fromDist.includes(`/dist/${script.file}`), `dist/${script.file} was not requested`);
  assert.deepEqual(
    fromDist.filter((pathname) => !script.fromDist(pathname)),
    [],
    `dist/${script.file} needed files it should not`
  );
}

/** Waits until every tag in `names` is defined (the loader defines them as their modules arrive). */
async function whenDefined(page, names, script) {
  await page
    .waitForFunction((names) => names.every((name) => customElements.get(name)), { timeout: 15_000, polling: 100 }, names)
    .catch(async () => {
      const missing = await page.evaluate((names) => names.filter((name) => !customElements.get(name)), names);
      assert.fail(`tags not defined by dist/${script.file} (is the component in src/widgets.ts and src/loader.ts?): ${missing.join(', ')}`);
    });
}

for (const script of SCRIPTS) {
  const url = (name) => `${server.origin}/__embed/${script.file}/${name}.html`;

  test(`${script.file}: a plain <script src defer> registers every default tag and every widget renders the sample feed`, async () => {
    const { page, report } = await openPage(browser);
    await page.goto(url('all'), { waitUntil: 'load' });
    await whenDefined(page, tags, script);

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
    assertOnlyLocal(report, server.origin, script);
    await page.close();
  });

  test(`${script.file}: document.currentScript works for the deferred classic script: data-prefix="acme" registers acme-<tag>`, async () => {
    const { page, report } = await openPage(browser);
    await page.goto(url('prefix'), { waitUntil: 'load' });
    await whenDefined(
      page,
      tags.map((tag) => `acme-${tag}`),
      script
    );
    const widgets = await rendered(page, tags.map((tag) => `acme-${tag}`).join(','), countSelectors);
    for (const widget of widgets) {
      const tag = widget.tag.replace(/^acme-/, '');
      if (tag === 'news-feed' || widget.id === 'standalone') continue;
      assertShows(widget, tag);
    }
    const plain = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
    assert.deepEqual(plain, [], 'the default names were registered although a prefix was given');
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
    assert.deepEqual(report.errors, [], 'the page logged errors');
    assertOnlyLocal(report, server.origin, script);
    await page.close();
  });

  test(`${script.file}: a tag the host page defined first (<${takenTag}>) keeps its definition, and nothing throws`, async () => {
    const { page, report } = await openPage(browser);
    await page.goto(url('taken'), { waitUntil: 'load' });
    const others = tags.filter((tag) => tag !== takenTag);
    await whenDefined(page, others, script);
    const state = await page.evaluate(
      (takenTag) => ({
        hostKept: customElements.get(takenTag)?.ownedByHost === true,
        hostText: document.querySelector(takenTag)?.textContent,
      }),
      takenTag
    );
    assert.ok(state.hostKept, `the script replaced the page's own <${takenTag}>`);
    assert.equal(state.hostText, 'the host page’s own element');
    if (others.length) await rendered(page, others.join(','), []);
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 });
    assert.deepEqual(report.errors, [], 'the script threw or logged an error');
    assert.ok(
      report.warnings.some((warning) => warning.includes(takenTag)),
      `expected a console warning naming <${takenTag}>; warnings: ${JSON.stringify(report.warnings)}`
    );
    const takenModule = report.requests.filter((request) => new URL(request).pathname === `/dist/widgets/${takenTag}.js`);
    assert.deepEqual(takenModule, [], `the code of <${takenTag}> was downloaded although the tag is taken`);
    await page.close();
  });

  test(`${script.file}: under a strict CSP with Trusted Types every widget renders, with no violation`, async () => {
    const { page, report } = await openPage(browser);
    const violations = [];
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        window.reportViolation(`${event.violatedDirective}: ${event.blockedURI || event.sample}`)
      );
    });
    await page.goto(url('strict-csp'), { waitUntil: 'load' });
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
}
