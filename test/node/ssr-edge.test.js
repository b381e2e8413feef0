// The data layer in an edge runtime (issue 11 item 3): `prepareFeed` (JSON Feed, RSS and Atom),
// `normalizeFeed`, the body's text, dates, the URL policy and the server's body reader run in
// `@edge-runtime/vm` (EdgeVM: the runtime of Vercel's edge functions and Next.js middleware, on
// Node's `vm`, with web-standard globals only: fetch, URL, TextDecoder, Intl, crypto... and no
// `document`, `DOMParser`, `process`, `Buffer`, `require` or `node:` modules).
//
// How it loads: EdgeVM evaluates scripts, not ES modules (its `evaluate` takes script text and it
// has no module loader), so the TypeScript sources are bundled with rolldown (like
// test/node/node-normalize.test.js) into ONE classic script that defines `NewsEdge`, with every
// dependency inside (valibot, @xmldom/xmldom, parse5): what an edge bundler does with our ESM. The
// bundle is checked to import nothing, and in particular no Node built-in. What needs Node:
// `renderWidget` / `renderWidgetStream` (@lit-labs/ssr and node:stream), see docs/server-rendering.md.
// Last, with the build: parse5 and the server's reader reach no file a browser loads (only dist/ssr.js).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { EdgeVM } from '@edge-runtime/vm';
import { rolldown } from 'rolldown';

const root = path.resolve(import.meta.dirname, '..', '..');
const realFeeds = path.resolve(root, '..', 'shared', 'real-feeds');
const src = (file) => JSON.stringify(path.join(root, 'src', file));
const entry = `
export { prepareFeed } from ${src('on-demand/server/prepare-feed.ts')};
export { normalizeFeed, parseFeedText } from ${src('on-demand/feed/normalize.ts')};
export { htmlText } from ${src('on-demand/feed/feed-text.ts')};
export { safeUrl } from ${src('on-demand/feed/safe-url.ts')};
export { formatDate, formatRelative, formatMinutes } from ${src('i18n/intl.ts')};
export { readServerBody, serverBodyHtml } from ${src('on-demand/server/server-body-html.ts')};
`;

let dir;
let code;
let vm;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'news-widgets-edge-'));
  writeFileSync(path.join(dir, 'entry.js'), entry);
  const bundle = await rolldown({ input: path.join(dir, 'entry.js'), cwd: root, logLevel: 'silent', platform: 'browser' });
  const { output } = await bundle.generate({ format: 'iife', name: 'NewsEdge' });
  code = output[0].code;
  vm = new EdgeVM();
  vm.evaluate(code);
});

after(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs `expression` in the edge runtime with `input` as the global `input`, and returns its result through JSON. */
function inEdge(expression, input) {
  vm.context.input = input;
  return JSON.parse(vm.evaluate(`JSON.stringify((() => { ${expression} })())`));
}

test('the bundle imports nothing: no Node built-in, no module left outside', () => {
  // An external module would be a parameter of the IIFE (a global to provide); a CommonJS require left unresolved, `__require`.
  assert.match(code, /^var NewsEdge = \(function\(exports\) \{/);
  assert.doesNotMatch(code, /__require\b|\bimport\(["']|["']node:/);
});

test('the runtime is an edge runtime: web globals, no DOM, no Node', () => {
  const globals = inEdge(
    `return ['fetch', 'URL', 'TextDecoder', 'Intl', 'crypto', 'document', 'DOMParser', 'window', 'process', 'Buffer', 'require'].map((name) => [name, typeof globalThis[name]]);`
  );
  assert.deepEqual(Object.fromEntries(globals), {
    fetch: 'function',
    URL: 'function',
    TextDecoder: 'function',
    Intl: 'object',
    crypto: 'object',
    document: 'undefined',
    DOMParser: 'undefined',
    window: 'undefined',
    process: 'undefined',
    Buffer: 'undefined',
    require: 'undefined',
  });
});

test('the sample feed: prepared, every item normalized, its text, dates and body', () => {
  const text = readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8');
  const sample = JSON.parse(text);
  const result = inEdge(
    `const { feed, dropped, json } = NewsEdge.prepareFeed(input, { url: 'https://news.example/sample/feed.json' });
     const item = feed.items[0];
     return {
       items: feed.items.length, dropped: dropped.length, feedUrl: json.feed_url, title: item.title,
       text: item.contentText.slice(0, 40), minutes: item.readingTimeMinutes,
       date: NewsEdge.formatDate(item.datePublished, 'de'), relative: NewsEdge.formatRelative(item.datePublished, 'en', Date.parse(item.datePublished) + 7200000),
       sections: NewsEdge.readServerBody(item, 'https://news.example/').sections.map((section) => section.id),
       body: NewsEdge.serverBodyHtml(item, 'https://news.example/', { headingLevel: 3 }).slice(0, 60),
     };`,
    text
  );
  assert.equal(result.items, sample.items.length);
  assert.equal(result.dropped, 0);
  assert.equal(result.feedUrl, 'https://news.example/sample/feed.json');
  assert.equal(result.title, sample.items[0].title);
  assert.ok(result.text.length > 20);
  assert.ok(result.minutes >= 1);
  assert.match(result.date, /2026/);
  assert.equal(result.relative, '2 hours ago');
  assert.deepEqual(
    result.sections,
    sample.items[0]._news.sections.map((section) => section.id)
  );
  assert.match(result.body, /^<h3 id="/);
});

test('the URL policy: javascript: and data: never survive, relative links resolve', () => {
  const urls = inEdge(
    `return [NewsEdge.safeUrl(' JaVaScRiPt:alert(1)'), NewsEdge.safeUrl('data:text/html,x'), NewsEdge.safeUrl('/a?b', 'https://news.example/x/'), NewsEdge.safeUrl('mailto:a@b.example', undefined, { mailto: true })];`
  );
  assert.deepEqual(urls, [null, null, 'https://news.example/a?b', 'mailto:a@b.example']);
  assert.equal(inEdge(`return NewsEdge.htmlText(input);`, '<p>Fish &amp; chips</p><p>&eacute;t&eacute;</p>'), 'Fish & chips\n\nété');
});

const jsonFeeds = existsSync(path.join(realFeeds, 'json'))
  ? readdirSync(path.join(realFeeds, 'json')).filter((name) => name.endsWith('.json'))
  : [];
const xmlFeeds = ['rss', 'atom'].flatMap((kind) =>
  existsSync(path.join(realFeeds, kind)) ? readdirSync(path.join(realFeeds, kind)).map((name) => path.join(kind, name)) : []
);

test(
  'the real feeds (JSON Feed, RSS, Atom) prepare in the edge runtime as in Node',
  { skip: jsonFeeds.length ? false : `no real feeds at ${realFeeds}` },
  async () => {
    const { prepareFeed } = await import('news-widgets/ssr').catch(() => ({}));
    for (const name of [...jsonFeeds.map((file) => path.join('json', file)), ...xmlFeeds.slice(0, 4)]) {
      const bytes = new Uint8Array(readFileSync(path.join(realFeeds, name)));
      const url = `https://feeds.example/${name}`;
      const edge = inEdge(
        `try {
         const { feed, dropped } = NewsEdge.prepareFeed(new Uint8Array(input), { url: ${JSON.stringify(url)} });
         return { titles: feed.items.slice(0, 3).map((item) => item.title ?? null), items: feed.items.length, dropped: dropped.length,
                  sections: feed.items.slice(0, 3).map((item) => NewsEdge.readServerBody(item, ${JSON.stringify(url)}).sections.length) };
       } catch (error) { return { error: error.name + ': ' + error.message }; }`,
        [...bytes]
      );
      if (!prepareFeed) {
        assert.ok(!edge.error, `${name}: ${edge.error}`);
        continue;
      }
      // The same result as Node's build (dist/ssr.js), where it is there.
      let node;
      try {
        const { feed, dropped } = prepareFeed(bytes, { url });
        node = { titles: feed.items.slice(0, 3).map((item) => item.title ?? null), items: feed.items.length, dropped: dropped.length };
      } catch (error) {
        node = { error: `${error.name}: ${error.message}` };
      }
      const { sections, ...rest } = edge;
      assert.deepEqual(rest, node, name);
      if (!edge.error) assert.equal(sections.length, Math.min(3, edge.items), name);
    }
  }
);

/** Every file a browser entry of dist/ loads, statically or on demand (relative imports followed). */
function closure(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  for (const [, target] of readFileSync(entry, 'utf8').matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g))
    closure(path.resolve(path.dirname(entry), target), seen);
  return seen;
}

test(
  'parse5 and the server reader reach no browser file (only dist/ssr.js loads them)',
  { skip: !existsSync(path.join(root, 'dist', 'ssr.js')) && 'no build' },
  () => {
    const dist = path.join(root, 'dist');
    const walk = (folder) =>
      readdirSync(folder).flatMap((name) =>
        statSync(path.join(folder, name)).isDirectory() ? walk(path.join(folder, name)) : [path.join(folder, name)]
      );
    const entries = [
      ...['index.js', 'define.js', 'hydrate.js', 'react.js', 'news-widgets.js', 'news-widgets.all.js'].map((name) => path.join(dist, name)),
      ...walk(path.join(dist, 'components')).filter((file) => file.endsWith('.js')),
      ...walk(path.join(dist, 'widgets')).filter((file) => file.endsWith('.js')),
    ];
    const browserFiles = new Set(entries.flatMap((entry) => [...closure(entry)]));
    assert.ok(browserFiles.size > 20, `the browser's files (${browserFiles.size})`);
    const server = [...browserFiles].filter((file) =>
      /(from|import)\s*\(?\s*["'](parse5|@xmldom\/xmldom)["']|server-body-html-|prepare-feed-|serverBodyHtml/.test(readFileSync(file, 'utf8'))
    );
    assert.deepEqual(
      server.map((file) => path.relative(dist, file)),
      []
    );
    assert.match(readFileSync(path.join(dist, 'ssr.js'), 'utf8'), /server-body-html-/, 'while ssr.js loads the reader');
  }
);

test(
  'news-widgets/feed as the package ships it (dist/feed.js), bundled as an edge bundler would, runs there: the sample prepared, a non-feed refused with a FeedError',
  { skip: !existsSync(path.join(root, 'dist', 'feed.js')) && 'no build' },
  async () => {
    const bundle = await rolldown({ input: path.join(root, 'dist', 'feed.js'), cwd: root, logLevel: 'silent', platform: 'browser' });
    const { output } = await bundle.generate({ format: 'iife', name: 'NewsFeedPackage' });
    assert.doesNotMatch(output[0].code, /__require\b|["']node:/);
    assert.doesNotMatch(output[0].code, /customElements|LitElement/, 'no widget code in the data layer');
    const edge = new EdgeVM();
    edge.evaluate(output[0].code);
    edge.context.input = readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8');
    const result = JSON.parse(
      edge.evaluate(`JSON.stringify((() => {
        const { feed, dropped } = NewsFeedPackage.prepareFeed(input, { url: 'https://news.example/feed.json' });
        let refused;
        try { NewsFeedPackage.prepareFeed('<html>not a feed</html>'); } catch (error) { refused = error instanceof NewsFeedPackage.FeedError && error.kind; }
        return { items: feed.items.length, dropped: dropped.length, title: feed.items[0].title, refused };
      })())`)
    );
    const sample = JSON.parse(edge.context.input);
    assert.deepEqual(result, { items: sample.items.length, dropped: 0, title: sample.items[0].title, refused: result.refused });
    assert.ok(typeof result.refused === 'string' && result.refused.length > 0, `a FeedError with its kind: ${result.refused}`);
  }
);
