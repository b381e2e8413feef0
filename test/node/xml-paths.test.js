// The RSS/Atom adapter (src/on-demand/feed/xml-feed.ts) runs on two XML parsers: the browser's
// DOMParser, and @xmldom/xmldom in Node (server rendering, the command line). This test bundles the
// adapter and the charset rules from the sources once, runs that same code on every real RSS and
// Atom feed in ../shared/real-feeds in Node on @xmldom/xmldom and in headless Chromium on DOMParser,
// and asserts that both give the identical JSON Feed document, which is all the normalizer reads.
// It also shows hostile XML doing nothing harmful on the Node path.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { rolldown } from 'rolldown';
import { launchChromium } from '../server/static.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const realFeeds = path.resolve(root, '..', 'shared', 'real-feeds');
const servedAs = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'real-feed-types.json'), 'utf8'));
const TYPES = { '.rss': 'application/rss+xml', '.atom': 'application/atom+xml', '.rdf': 'application/rdf+xml', '.xml': 'application/xml' };

/** Every RSS/Atom file of the real feeds, with the Content-Type the browser tests' server sends. */
function realXmlFeeds() {
  return ['rss', 'atom', 'tricky', 'news'].flatMap((dir) =>
    readdirSync(path.join(realFeeds, dir))
      .filter((file) => path.extname(file) in TYPES)
      .map((file) => ({ name: `${dir}/${file}`, type: servedAs[`${dir}/${file}`] ?? TYPES[path.extname(file)] }))
  );
}

/** The adapter and the charset rules, bundled from the sources as one ES module. */
async function bundleAdapter() {
  const entry = '\0xml-paths-entry';
  const bundle = await rolldown({
    input: entry,
    cwd: root,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warn',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : undefined),
        load: (id) =>
          id === entry
            ? `export { readXmlFeed } from ${JSON.stringify(path.join(root, 'src/on-demand/feed/xml-feed.ts'))};
               export { decodeFeedBytes } from ${JSON.stringify(path.join(root, 'src/on-demand/feed/charset.ts'))};`
            : undefined,
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return `data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`;
}

let moduleUrl;
let adapter;
let browser;
let page;

before(async () => {
  moduleUrl = await bundleAdapter();
  adapter = await import(moduleUrl);
});

after(async () => {
  await browser?.close();
});

/** The document the Node path gives, as JSON would carry it (absent fields left out). */
function onNode(bytes, type, url) {
  return JSON.parse(JSON.stringify(adapter.readXmlFeed(adapter.decodeFeedBytes(bytes, type), url, DOMParser)));
}

test('the Node path (@xmldom/xmldom) and the browser path (DOMParser) give identical documents for every real feed', async (t) => {
  if (!existsSync(realFeeds)) {
    t.skip('../shared/real-feeds not found');
    return;
  }
  browser = await launchChromium();
  page = await browser.newPage();
  await page.evaluate(async (url) => {
    globalThis.adapter = await import(url);
  }, moduleUrl);
  const files = realXmlFeeds();
  assert.ok(files.length >= 33, `${files.length} real RSS/Atom feeds`);
  for (const { name, type } of files) {
    const bytes = readFileSync(path.join(realFeeds, name));
    const url = `https://feeds.example/${name}`;
    const node = onNode(bytes, type, url);
    const inBrowser = await page.evaluate(
      (base64, type, url) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const { readXmlFeed, decodeFeedBytes } = globalThis.adapter;
        return JSON.parse(JSON.stringify(readXmlFeed(decodeFeedBytes(bytes, type), url)));
      },
      bytes.toString('base64'),
      type,
      url
    );
    assert.ok(node.items.length > 0, `${name}: items`);
    assert.deepEqual(node, inBrowser, `${name}: the two paths differ`);
  }
});

test('the Node path reads the largest real feed quickly', (t) => {
  const largest = path.join(realFeeds, 'rss', 'lanacion.xml');
  if (!existsSync(largest)) {
    t.skip('../shared/real-feeds not found');
    return;
  }
  const bytes = readFileSync(largest);
  onNode(bytes, 'application/rss+xml', 'https://feeds.example/lanacion.xml');
  const started = performance.now();
  const { items } = onNode(bytes, 'application/rss+xml', 'https://feeds.example/lanacion.xml');
  const ms = performance.now() - started;
  t.diagnostic(`rss/lanacion.xml (630 kB, ${items.length} items) read on @xmldom/xmldom in ${ms.toFixed(0)} ms`);
  assert.equal(items.length, 100);
  assert.ok(ms < 5000, `${ms} ms`);
});

test('hostile XML does nothing harmful on the Node path: no entity expanded, none fetched or read', () => {
  const fixture = (file) => readFileSync(path.join(root, 'test', 'fixtures', file));
  const started = performance.now();
  const laughs = onNode(fixture('billion-laughs.rss'), 'application/rss+xml', 'https://feeds.example/laughs.rss');
  assert.ok(performance.now() - started < 2000);
  assert.equal(laughs.items[0].title, '&lol9;');
  const external = onNode(fixture('external-entity.atom'), 'application/atom+xml', 'https://feeds.example/external.atom');
  assert.equal(external.items[0].title, 'Secret: &file; &remote;');
  assert.doesNotMatch(JSON.stringify(external), /root:/);
});

test('a document that is not well-formed is a parse error on the Node path too', () => {
  assert.throws(
    () => onNode(readFileSync(path.join(root, 'test', 'fixtures', 'broken.rss')), 'application/rss+xml', 'https://feeds.example/broken.rss'),
    (error) => error.name === 'FeedError' && error.kind === 'parse' && /not well-formed XML/.test(error.message)
  );
});
