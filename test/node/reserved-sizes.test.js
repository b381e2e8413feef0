// What the script tag's loader reserves for each widget before its code arrives (RESERVED in
// src/loader.ts) against the widget's loading skeleton once it has: equal, so nothing below moves
// when the code arrives, at every width a partner page may give it (320 to 900 px: phones,
// sidebars, article columns), each tag and layout of the bench's CLS section. One page per width,
// every widget in it, the widget modules 2 s late (the reserved size shows) and the feed never
// (the skeleton stays). The headline list's default and grid layouts, whose rows and columns
// follow the width, are printed, not asserted (src/loader.ts says so). Needs the build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WIDTHS = [320, 400, 640, 900];
const CASES = [
  ['headline-list', 'limit="6"'],
  ['headline-list', 'limit="6" layout="compact"'],
  ['headline-list', 'limit="8" layout="grid"'],
  ['article-card', ''],
  ['article-card', 'layout="hero"'],
  ['article-card', 'layout="horizontal"'],
  ['article-card', 'layout="compact"'],
  ['faq-accordion', ''],
  ['key-takeaways', ''],
  ['newsletter-signup', ''],
  ['article-meta', ''],
  ['article-meta', 'hide="dateline credits"'],
  ['article-tags', ''],
  ['reference-list', ''],
  ['article-pager', ''],
  ['article-breadcrumbs', ''],
  ['editorial-disclosure', ''],
  ['news-article', ''],
  ['quick-summary', ''],
  ['table-of-contents', ''],
  ['article-body', ''],
];
/** Approximate by design (src/loader.ts): rows and columns that follow the width. */
const APPROXIMATE = (tag, attributes, width) =>
  tag === 'headline-list' && (!attributes.includes('layout') || attributes.includes('grid') || (attributes.includes('compact') && width >= 640));

const page = (width) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>reserved sizes</title><script src="/dist/news-widgets.js" defer></script></head>
<body style="margin:0">${CASES.map(([tag, attributes], index) => `<div style="width:${width}px"><${tag} id="w${index}" src="/never.json" ${attributes}></${tag}></div>`).join('\n')}</body></html>`;

let server;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist', 'news-widgets.js')), 'dist/ is missing: run `npm run build` first.');
  server = await serveStatic({
    mounts: { '/': root },
    pages: Object.fromEntries(WIDTHS.map((width) => [`/reserved-${width}.html`, page(width)])),
  });
  server.fault('/never.json', { delay: 600_000 });
  for (const [tag] of CASES) server.fault(`/dist/widgets/${tag}.js`, { delay: 2000 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const heights = (page) =>
  page.evaluate(
    (count) => Array.from({ length: count }, (_, index) => document.getElementById(`w${index}`).getBoundingClientRect().height),
    CASES.length
  );

for (const width of WIDTHS) {
  test(`in a column ${width} px wide, each widget's reserved size is its skeleton's`, async () => {
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 1000, height: 800 });
      await tab.goto(`${server.origin}/reserved-${width}.html`, { waitUntil: 'domcontentloaded' });
      const reserved = await heights(tab);
      // Read before any widget's code arrived: else the figure would be a skeleton's.
      const early = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), [...new Set(CASES.map(([tag]) => tag))]);
      assert.deepEqual(early, [], 'widget code arrived before the reserved sizes were read');
      await tab.waitForFunction(
        (count) =>
          Array.from({ length: count }, (_, index) => document.getElementById(`w${index}`)).every((el) =>
            el.shadowRoot?.querySelector('[part="skeleton"]')
          ),
        { timeout: 15_000, polling: 100 },
        CASES.length
      );
      const skeleton = await heights(tab);
      const wrong = [];
      CASES.forEach(([tag, attributes], index) => {
        const line = `${tag}${attributes ? ` ${attributes}` : ''}: reserved ${reserved[index].toFixed(1)}, skeleton ${skeleton[index].toFixed(1)} px`;
        if (APPROXIMATE(tag, attributes, width)) console.log(`${width} px, approximate by design: ${line}`);
        else if (Math.abs(reserved[index] - skeleton[index]) > 2) wrong.push(line);
      });
      assert.deepEqual(wrong, []);
    } finally {
      await tab.close();
    }
  });
}
