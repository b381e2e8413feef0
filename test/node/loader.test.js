// What the partner script tag (dist/news-widgets.js, src/loader.ts) does beyond registering the
// tags (embed.test.js covers that, for it and for the all-in-one file): it downloads a widget
// only when its tag is on the page, also for elements added later; a failed download shows an
// error box whose "Try again" works; and a widget that arrives late does not move the page.
// Runs the built files in headless Chromium against the test server, which can delay or fail
// a file. Needs the build (`npm run build`; npm test builds before the node tests).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tags = readdirSync(path.join(root, 'src', 'components')).sort();

const page = (body, { head = '', script = 'news-widgets.js', attributes = '' } = {}) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <link rel="icon" href="data:," />
  <title>news-widgets loader test</title>
  ${head}
  <script src="/dist/${script}" defer${attributes}></script>
</head>
<body>
${body}
</body>
</html>`;

/**
 * An article page for the layout-shift test: text above and below a headline list with its own
 * feed, in a 640 px column. `limit="4"`, so the list's skeleton has as many rows as the list.
 */
const article = `<main style="max-width: 640px; margin: 0 auto; font: 18px/1.6 Georgia, serif">
  <h1>An article</h1>
  <p>The first paragraph of the article, before the list of headlines.</p>
  <headline-list src="/sample/feed.json" limit="4"></headline-list>
  ${'<p>A paragraph of the article below the list: it must not move when the list arrives.</p>\n'.repeat(12)}
</main>`;

const pages = {
  '/__loader/empty.html': page('<main></main>'),
  '/__loader/headline-list.html': page('<headline-list src="/sample/feed.json"></headline-list>'),
  // The host's own loud CSS must not reach the loader's error box.
  '/__loader/styled.html': page('<headline-list src="/sample/feed.json"></headline-list>', {
    head: '<style>button { background: hotpink; font: bold 30px cursive; } p { color: green; text-transform: uppercase; }</style>',
  }),
  // blocking="render": the first paint waits for the script, so the reserved sizes are there from the start.
  '/__loader/article.html': page(article, { attributes: ' blocking="render"' }),
  '/__loader/article-defer.html': page(article),
  '/__loader/article-all.html': page(article, { script: 'news-widgets.all.js', attributes: ' blocking="render"' }),
  // A German section of a page: the box speaks as the widget there would.
  '/__loader/german.html': page('<section lang="de"><headline-list src="/sample/feed.json"></headline-list></section>'),
  '/__loader/module.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>a widget module</title></head><body></body></html>`,
};

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(path.join(root, 'dist', 'widgets', 'headline-list.js')),
    'dist/widgets/ is missing: run `npm run build` first (npm test builds before the node tests).'
  );
  server = await serveStatic({ mounts: { '/': root }, pages });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until `selector` (light DOM) shows its feed: a shadow root with text and no skeleton. */
function rendered(page, selector) {
  return page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) => {
        const shadow = element.shadowRoot;
        return shadow && shadow.textContent.trim().length > 0 && !shadow.querySelector('.skeleton, .skeleton-line');
      }),
    { timeout: 15_000, polling: 100 },
    selector
  );
}

/** Paths of dist/widgets/ the page asked for. */
const widgetRequests = (report) => [
  ...new Set(report.requests.map((url) => new URL(url).pathname).filter((pathname) => pathname.startsWith('/dist/widgets/'))),
];

test('a widget module exports its class and registers nothing', async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__loader/module.html`);
  const found = await page.evaluate(async (tags) => {
    const result = {};
    for (const tag of tags) {
      const module = await import(`/dist/widgets/${tag}.js`);
      const widget = Object.values(module).find((value) => value?.tagName === tag);
      result[tag] = { exported: typeof widget?.define === 'function', defined: !!customElements.get(tag) };
    }
    return result;
  }, tags);
  for (const tag of tags) assert.deepEqual(found[tag], { exported: true, defined: false }, tag);
  assert.deepEqual(report.errors, []);
  await page.close();
});

test('a page downloads only the widgets it shows: one headline list fetches none of the others', async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__loader/headline-list.html`);
  await rendered(page, 'headline-list');
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
  const requested = widgetRequests(report);
  assert.ok(requested.includes('/dist/widgets/headline-list.js'), `requested: ${requested.join(', ')}`);
  const others = tags.filter((tag) => tag !== 'headline-list' && requested.includes(`/dist/widgets/${tag}.js`));
  assert.deepEqual(others, [], 'modules of widgets that are not on the page were downloaded');
  const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
  assert.deepEqual(defined, ['headline-list']);
  assert.deepEqual(report.errors, []);
  await page.close();
});

test('elements added after load are found: a new tag is downloaded and rendered, a <news-feed> added later reaches the widgets inside it', async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/__loader/empty.html`, { waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
  assert.deepEqual(widgetRequests(report), [], 'an empty page downloaded widgets');

  await page.evaluate(() => {
    const list = document.createElement('headline-list');
    list.setAttribute('src', '/sample/feed.json');
    document.querySelector('main').append(list);
  });
  await rendered(page, 'headline-list');

  // <headline-list> is defined by now: the one inside this <news-feed> upgrades at once and asks
  // for a feed no element provides yet; the <news-feed> arrives later and must still reach it.
  await page.evaluate(() => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<news-feed src="/sample/feed.json"><headline-list id="inside" limit="2"></headline-list></news-feed>';
    document.querySelector('main').append(wrapper);
  });
  await rendered(page, '#inside');
  const titles = await page.$eval('#inside', (element) => element.shadowRoot.querySelectorAll('li').length);
  assert.equal(titles, 2, 'the list inside the late <news-feed> shows its feed');
  assert.ok(await page.evaluate(() => !!customElements.get('news-feed')));
  assert.deepEqual(report.errors, []);
  await page.close();
});

test('a failed download shows an accessible error box, isolated from the page CSS, whose "Try again" loads the widget', async () => {
  server.fault('/dist/widgets/headline-list.js', { fail: 1 });
  try {
    const { page, report } = await openPage(browser);
    const hitsBefore = server.hits('/dist/widgets/headline-list.js');
    await page.goto(`${server.origin}/__loader/styled.html`);
    const alert = await page.waitForFunction(() => document.querySelector('headline-list > div')?.shadowRoot?.querySelector('[role="alert"]'), {
      timeout: 10_000,
      polling: 100,
    });
    const box = await alert.evaluate((element) => {
      const button = element.querySelector('button');
      const style = getComputedStyle(button);
      return {
        text: element.textContent,
        button: button.textContent,
        type: button.type,
        background: style.backgroundColor,
        fontSize: style.fontSize,
        titleTransform: getComputedStyle(element.querySelector('p')).textTransform,
      };
    });
    assert.equal(box.text, 'This content could not be loaded.Try again');
    assert.equal(box.button, 'Try again');
    assert.equal(box.type, 'button');
    assert.notEqual(box.background, 'rgb(255, 105, 180)', 'the page CSS (button: hotpink) reached the box');
    assert.equal(box.fontSize, '14px');
    assert.equal(box.titleTransform, 'none');
    assert.equal(server.hits('/dist/widgets/headline-list.js') - hitsBefore, 1);
    assert.ok(
      report.errors.some((error) => error.includes('headline-list')),
      'the failure is logged'
    );

    // The keyboard works: focus the button, press Enter.
    const button = await alert.evaluateHandle((element) => element.querySelector('button'));
    await button.focus();
    await page.keyboard.press('Enter');
    await rendered(page, 'headline-list');
    assert.equal(server.hits('/dist/widgets/headline-list.js') - hitsBefore, 2, 'Try again downloads the module again');
    assert.equal(await page.evaluate(() => document.querySelector('headline-list > div')), null, 'the error box is gone');
    await page.close();
  } finally {
    server.fault('/dist/widgets/headline-list.js');
  }
});

/**
 * Cumulative Layout Shift of `url` (Chromium's 'layout-shift' entries, as Web Vitals sums them
 * for page loads without input), once the headline list shows its feed and the page is still.
 */
async function cumulativeLayoutShift(url, { unreserved = false } = {}) {
  const { page, report } = await openPage(browser);
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument((unreserved) => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // The comparison: the loader has run (deferred scripts run before DOMContentLoaded); take its reserved sizes away.
    if (unreserved) document.addEventListener('DOMContentLoaded', () => (document.adoptedStyleSheets = []));
  }, unreserved);
  await page.goto(url);
  await rendered(page, 'headline-list');
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 });
  const value = await page.evaluate(() => window.layoutShift);
  assert.deepEqual(report.errors, []);
  await page.close();
  return value;
}

test('the error box speaks the element\'s language: German in a section with lang="de"', async () => {
  server.fault('/dist/widgets/headline-list.js', { fail: 1 });
  try {
    const { page } = await openPage(browser);
    await page.goto(`${server.origin}/__loader/german.html`);
    const alert = await page.waitForFunction(() => document.querySelector('headline-list > div')?.shadowRoot?.querySelector('[role="alert"]'), {
      timeout: 10_000,
      polling: 100,
    });
    const box = await alert.evaluate((element) => ({
      lang: element.lang,
      title: element.querySelector('p').textContent,
      button: element.querySelector('button').textContent,
    }));
    assert.deepEqual(box, { lang: 'de', title: 'Dieser Inhalt konnte nicht geladen werden.', button: 'Erneut versuchen' });
    await page.close();
  } finally {
    server.fault('/dist/widgets/headline-list.js');
  }
});

test('a widget that arrives late does not move the page: Cumulative Layout Shift with the widget 1.5 s late', async (t) => {
  const widget = '/dist/widgets/headline-list.js';
  // What the widget itself shifts (skeleton → headlines), with no late arrival: the all-in-one file.
  const own = await cumulativeLayoutShift(`${server.origin}/__loader/article-all.html`);
  server.fault(widget, { delay: 1500 });
  try {
    const loader = await cumulativeLayoutShift(`${server.origin}/__loader/article.html`);
    const unreserved = await cumulativeLayoutShift(`${server.origin}/__loader/article.html`, { unreserved: true });
    const deferOnly = await cumulativeLayoutShift(`${server.origin}/__loader/article-defer.html`);
    t.diagnostic('CLS of an article page, a headline list in a 640 px column, its module 1.5 s late:');
    t.diagnostic(`  loader, defer blocking="render"               ${loader.toFixed(4)}`);
    t.diagnostic(`  the same without the reserved sizes           ${unreserved.toFixed(4)}`);
    t.diagnostic(`  loader, defer only (the page paints first)    ${deferOnly.toFixed(4)}`);
    t.diagnostic(`  all-in-one file, nothing late                 ${own.toFixed(4)} (the widget's own skeleton → headlines)`);
    assert.ok(loader - own < 0.05, `the late widget moved the page: CLS ${loader}, ${own} without it`);
    assert.ok(unreserved > loader, 'without the reserved size the page should move more (is the test measuring anything?)');
  } finally {
    server.fault(widget);
  }
});
