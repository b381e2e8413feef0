// The data layer runs in Node 20+ (and edge runtimes) without DOM globals (issue 11): normalizing
// parses no HTML and decodes entities without a `<textarea>`. The normalizer's TypeScript sources
// are bundled here with rolldown (a devDependency; no build of dist/ needed), then imported in this
// process, which has no `document`, `window` or `DOMParser`. What only a shown article body needs
// (src/on-demand/feed/article-html.ts) runs in the browser and is tested there.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(import.meta.dirname, '..', '..');
const realJson = path.resolve(root, '..', 'shared', 'real-feeds', 'json');
const entry = `
export { normalizeFeed, parseFeedText } from ${JSON.stringify(path.join(root, 'src/on-demand/feed/normalize.ts'))};
export { decodeEntities, htmlText } from ${JSON.stringify(path.join(root, 'src/on-demand/feed/feed-text.ts'))};
`;

let dir;
let data;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'news-widgets-node-'));
  writeFileSync(path.join(dir, 'entry.js'), entry);
  // Everything bundled (valibot too): the module below imports nothing, so it runs wherever Node does.
  const bundle = await rolldown({ input: path.join(dir, 'entry.js'), cwd: root, logLevel: 'silent' });
  await bundle.write({ file: path.join(dir, 'data.mjs'), format: 'es' });
  data = await import(pathToFileURL(path.join(dir, 'data.mjs')).href);
});

after(() => dir && rmSync(dir, { recursive: true, force: true }));

test('this process has no DOM', () => {
  for (const name of ['document', 'window', 'DOMParser', 'HTMLElement', 'Node']) assert.equal(typeof globalThis[name], 'undefined', name);
});

test('normalizes the sample feed in Node: every item, its text, sections, reading time and entities', () => {
  const text = readFileSync(path.join(root, 'sample', 'feed.json'), 'utf8');
  const { feed, dropped } = data.normalizeFeed(data.parseFeedText(text), { sourceUrl: 'https://news.example/sample/feed.json' });
  assert.deepEqual(dropped, []);
  assert.equal(feed.items.length, 13);
  const [article] = feed.items;
  assert.equal(article.title, "Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
  assert.equal(feed.publisher.name, 'Global Banking & Finance Review®');
  assert.equal(article.sections.length, 11);
  assert.equal(article.readingTimeMinutes, 3);
  assert.equal(article.contentHtml, JSON.parse(text).items[0].content_html, 'the body as the feed gave it');
  assert.equal(article.baseUrl, 'https://news.example/sample/feed.json');
  assert.match(
    article.contentText,
    /^U\.S\. Diplomatic Efforts and Political Prisoner Negotiations in Belarus\n\nBackground of the Mission\n\nMarch 19 \(Reuters\) - U\.S\. presidential envoy/
  );
  assert.ok(!/[<>]/.test(article.contentText), 'no markup in the text');
  assert.ok(article.contentText.split('\n\n').length > 10, 'paragraphs kept');
});

test('decodes entities without a DOM: named, numeric, legacy without `;`, once; a rare name stays as written', () => {
  assert.equal(
    data.decodeEntities('&amp;amp; &lt;b&gt; &#8217;&#x2019; &hellip; &eacute;&Ccedil; &euro;&mdash;&nbsp;&apos;'),
    "&amp; <b> ’’ … éÇ €—\u00a0'"
  );
  assert.equal(data.decodeEntities('&#150; &#0; &#xD800; &#x110000; a&copy=2 &notx'), '– \ufffd \ufffd \ufffd a©=2 ¬x');
  assert.equal(data.decodeEntities('&frown; &amp;'), '&frown; &', 'a name the small table lacks, without a DOM to ask');
  assert.equal(data.htmlText('<h2>A &amp; B</h2><p>One <b>two</b></p><script>x</script>'), 'A & B\n\nOne two');
});

test(
  'normalizes every real JSON feed in Node, with every entity decoded',
  { skip: !existsSync(realJson) && '../shared/real-feeds is absent' },
  () => {
    const RAW_ENTITY = /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
    let items = 0;
    for (const file of readdirSync(realJson).filter((name) => name.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(path.join(realJson, file), 'utf8'));
      const { feed } = data.normalizeFeed(raw, { sourceUrl: `https://feeds.example/${file}` });
      const withId = new Set(raw.items.filter((item) => item.id != null && String(item.id).trim() !== '').map((item) => String(item.id)));
      assert.equal(feed.items.length, Math.min(withId.size, 500), `${file}: items kept`);
      for (const item of feed.items) {
        for (const value of [item.title, item.summary, item.contentText, ...item.tags, ...item.authors.map((author) => author.name)]) {
          if (value) assert.doesNotMatch(value, RAW_ENTITY, `${file} ${item.id}: an entity left in "${value.slice(0, 80)}"`);
        }
      }
      items += feed.items.length;
    }
    assert.ok(items > 100, `${items} items`);
  }
);
