// The server's article body equals the browser's (issue 11 item 3), on every item with an HTML body
// of the real feeds (../shared/real-feeds: JSON Feed, RSS, Atom, news sites) and the sample feed:
// the server reader (src/on-demand/server/server-body-html.ts, parse5 and the policy) gives the
// same sections (ids, titles, levels) as the browser's reader (src/on-demand/feed/article-html.ts,
// DOMParser) and the same finished body as the browser's sanitizer path
// (src/render/article-body-html.ts, the HTML Sanitizer API in Chromium, then finishBody): the same
// elements, attributes and text in the same order. That is what lets the page hydrate (the table
// of contents' first render) and the browser's body take the server's place without a change.
// Both sides are bundled from the TypeScript sources with rolldown (no build of dist/ needed).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { launchChromium, openPage, serveStatic } from '../server/static.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const realFeeds = path.resolve(root, '..', 'shared', 'real-feeds');
const src = (file) => JSON.stringify(path.join(root, 'src', file));
const BASE = 'https://partner.example/page';

let dir;
let node;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'news-widgets-parity-'));
  writeFileSync(
    path.join(dir, 'node-entry.js'),
    `export { prepareFeed } from ${src('on-demand/server/prepare-feed.ts')};
export { readServerBody, serverBodyHtml } from ${src('on-demand/server/server-body-html.ts')};`
  );
  writeFileSync(
    path.join(dir, 'browser-entry.js'),
    `export { readArticleHtml } from ${src('on-demand/feed/article-html.ts')};
export { sanitizeBody, sanitizerPath } from ${src('render/article-body-html.ts')};`
  );
  const forNode = await rolldown({ input: path.join(dir, 'node-entry.js'), cwd: root, logLevel: 'silent', platform: 'node' });
  await forNode.write({ file: path.join(dir, 'node.mjs'), format: 'es' });
  const forBrowser = await rolldown({ input: path.join(dir, 'browser-entry.js'), cwd: root, logLevel: 'silent', platform: 'browser' });
  await forBrowser.write({ dir: path.join(dir, 'browser'), format: 'es', entryFileNames: 'entry.js' });
  node = await import(pathToFileURL(path.join(dir, 'node.mjs')).href);
  server = await serveStatic({ mounts: { '/b/': path.join(dir, 'browser') }, pages: { '/': '<!doctype html><title>parity</title>' } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const files = (kind) =>
  existsSync(path.join(realFeeds, kind)) ? readdirSync(path.join(realFeeds, kind)).filter((name) => !name.endsWith('.md')) : [];
const feeds = [
  ['sample/feed.json', readFileSync(path.join(root, 'sample', 'feed.json'))],
  ...['json', 'rss', 'atom', 'news', 'tricky'].flatMap((kind) =>
    files(kind).map((name) => [`${kind}/${name}`, readFileSync(path.join(realFeeds, kind, name))])
  ),
];

/** Each element, its attributes sorted, and each text, in document order: what a reader sees, written down. */
const canonical = (root) => {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(`"${child.data}"`);
      else if (child.nodeType === 1) {
        const attributes = [...child.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort();
        out.push(`<${child.localName}${attributes.length ? ' ' + attributes.join(' ') : ''}>`);
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(root);
  // Whitespace before the first element or text of a body shows nothing. It differs where a body
  // starts with a character reference for it (the Mirror's "&#xa; WARNING…"): Chromium's DOMParser
  // keeps it as body text, parse5 drops it as whitespace before the document's <body> opens.
  if (out[0]?.startsWith('"')) out[0] = `"${out[0].slice(1).trimStart()}`;
  return out;
};

test('the server reads and finishes each body of the real feeds as the browser does', { timeout: 300_000 }, async () => {
  const { page, report } = await openPage(browser);
  await page.goto(`${server.origin}/`);
  assert.equal(await page.evaluate(async () => (await import('/b/entry.js')).sanitizerPath()), 'native', 'Chromium sanitizes natively');
  let bodies = 0;
  const differences = [];
  for (const [name, bytes] of feeds) {
    let prepared;
    try {
      prepared = node.prepareFeed(new Uint8Array(bytes), { url: `https://feeds.example/${name}` });
    } catch {
      continue; // not a feed (the CLI and prepareFeed tests cover those)
    }
    const items = prepared.feed.items.filter((item) => item.contentHtml);
    if (!items.length) continue;
    const options = { headingLevel: 2, target: '_blank', newTabNote: 'note' };
    const inBrowser = await page.evaluate(
      async (items, base, options, canonicalSource) => {
        const canonical = eval(`(${canonicalSource})`);
        const { readArticleHtml, sanitizeBody } = await import('/b/entry.js');
        return Promise.all(
          items.map(async (item) => {
            // The item's base wins, as on the page (document.baseURI is this test page's).
            const read = readArticleHtml({ ...item, baseUrl: item.baseUrl ?? base });
            const fragment = read.html === undefined ? undefined : await sanitizeBody(read.html, options);
            return { sections: read.sections, body: fragment && canonical(fragment) };
          })
        );
      },
      items.map((item) => ({ contentHtml: item.contentHtml, baseUrl: item.baseUrl })),
      BASE,
      options,
      canonical.toString()
    );
    const serverBodies = await page.evaluate(
      (htmls, canonicalSource) => {
        const canonical = eval(`(${canonicalSource})`);
        return htmls.map((html) => {
          if (html === undefined) return undefined;
          // The server's HTML as the browser parses it (a template: nothing loads or runs).
          const template = document.createElement('template');
          template.innerHTML = html;
          return canonical(template.content);
        });
      },
      items.map((item) => node.serverBodyHtml(item, BASE, options)),
      canonical.toString()
    );
    items.forEach((item, i) => {
      bodies++;
      const sections = node.readServerBody(item, BASE).sections;
      const where = `${name} #${i} (${item.id})`;
      try {
        assert.deepEqual(sections, inBrowser[i].sections, `${where}: sections`);
        assert.deepEqual(serverBodies[i], inBrowser[i].body, `${where}: body`);
      } catch (error) {
        differences.push(error.message);
      }
    });
  }
  console.log(`# ${bodies} bodies of ${feeds.length} feeds compared, ${differences.length} differ`);
  // PARITY_OUT=file writes every difference in full.
  if (process.env.PARITY_OUT) writeFileSync(process.env.PARITY_OUT, differences.join('\n\n'));
  assert.ok(bodies > 50, `bodies compared: ${bodies}`);
  assert.deepEqual(differences, []);
  assert.deepEqual(
    report.errors.filter((error) => !/Failed to load resource|request failed/.test(error)),
    []
  );
  await page.close();
});
