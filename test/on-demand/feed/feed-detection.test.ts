/**
 * What a response is, told by its body and its Content-Type; what comes back when it is not a
 * feed; charsets from bytes; hostile XML. Every case is a file under test/fixtures/ served by the
 * test server with the Content-Type a real server might send.
 */
import { expect } from '@open-wc/testing';
import { FeedLoader, type LoadedFeed } from '../../../src/on-demand/feed/load.js';
import { loadSource } from '../../../src/on-demand/feed/data-layer.js';
import { decodeFeedBytes } from '../../../src/on-demand/feed/charset.js';
import { feedServerUrl, fetchText, hits, rejection, uniqueKey } from '../../helpers/fixtures.js';

const loader = new FeedLoader({ retries: 2, backoffMs: 10 });

function serve(file: string, type: string, key = uniqueKey(file)): string {
  return feedServerUrl(key, { body: `test/fixtures/${file}`, type });
}

const load = (file: string, type: string): Promise<LoadedFeed> => loader.load(serve(file, type));

describe('detection: the body decides, the Content-Type names what came back', () => {
  it('says an HTML page is one, once, without a retry, whatever it was labelled', async () => {
    for (const type of ['text/html; charset=utf-8', 'application/rss+xml']) {
      const key = uniqueKey('html');
      const error = await rejection(loader.load(serve('html-page.html', type, key)));
      expect(error.kind).to.equal('not-a-feed');
      expect(error.retryable).to.equal(false);
      expect(error.message).to.match(
        /^This is an HTML page \(served as [^)]+\), not a feed\. Use the address of the site's RSS, Atom or JSON feed\.$/
      );
      expect((await hits(key)).hits).to.equal(1);
    }
  });

  it('says an empty body is empty, and an XML document of another kind names its root', async () => {
    const empty = await rejection(load('empty-body.txt', 'application/rss+xml'));
    expect(empty.kind).to.equal('not-a-feed');
    expect(empty.message).to.equal('The document is empty (served as application/rss+xml), not a feed.');
    const sitemap = await rejection(load('sitemap.xml', 'application/xml'));
    expect(sitemap.kind).to.equal('not-a-feed');
    expect(sitemap.message).to.equal('This is an XML document whose root is <urlset> (served as application/xml), not a feed.');
  });

  it('reports a broken XML feed as a parse error, not as broken JSON', async () => {
    const error = await rejection(load('broken.rss', 'application/rss+xml'));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/^The feed is not well-formed XML \(.+\)\.$/);
    expect(error.message).not.to.match(/JSON/);
  });

  it('reads feeds whatever they are labelled: RSS as text/html, Atom as text/plain, JSON Feed as text/plain', async () => {
    expect((await load('rss-ids.rss', 'text/html')).feed.title).to.equal('Ids');
    expect((await load('atom-bases.atom', 'text/plain')).feed.items).to.have.length(3);
    const json = await loader.load(feedServerUrl(uniqueKey('json'), { type: 'text/plain' }));
    expect(json.feed.items.length).to.be.greaterThan(0);
  });

  it('keeps the JSON messages for JSON: broken JSON and JSON that is not a feed', async () => {
    expect((await rejection(load('truncated.json', 'application/json'))).message).to.match(/not valid JSON/);
    expect((await rejection(load('not-a-feed.json', 'application/json'))).message).to.match(/not a JSON Feed/);
  });
});

describe('charsets: bytes decoded by BOM, Content-Type, XML declaration, else UTF-8 or Windows-1252', () => {
  const cases: [file: string, type: string, title: string][] = [
    ['charset-declared-latin1.rss', 'application/rss+xml', 'Ação às três'],
    ['charset-declared-cp1252.rss', 'application/rss+xml', '“Curly” quotes – and € signs'],
    ['charset-declared-shift-jis.rss', 'application/rss+xml', '東京の天気は晴れ'],
    ['charset-declared-gb2312.rss', 'text/xml', '北京今天下雪'],
    ['charset-header-koi8r.rss', 'application/rss+xml; charset=KOI8-R', 'Погода в Москве'],
    ['charset-bom-utf16.rss', 'application/rss+xml', 'Größe ändern'],
    ['charset-undeclared-latin1.rss', 'application/rss+xml', 'Eleições: ação e reação'],
    ['charset-latin1.json', 'application/feed+json; charset=iso-8859-1', 'Crème brûlée'],
  ];
  for (const [file, type, title] of cases) {
    it(`reads ${file} (${type})`, async () => expect((await load(file, type)).feed.items[0].title).to.equal(title));
  }

  it('lets a byte-order mark win over a label, and the header over the declaration', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<rss>ü</rss>')]);
    expect(decodeFeedBytes(bom, 'text/xml; charset=iso-8859-1')).to.equal('<rss>ü</rss>');
    const declared = new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-1"?><rss>ü</rss>');
    expect(decodeFeedBytes(declared, 'text/xml; charset=utf-8')).to.match(/<rss>ü<\/rss>$/);
    expect(decodeFeedBytes(declared)).to.match(/<rss>Ã¼<\/rss>$/);
    // A label no decoder knows counts as none.
    expect(decodeFeedBytes(new TextEncoder().encode('<rss>ü</rss>'), 'text/xml; charset=x-unknown')).to.equal('<rss>ü</rss>');
  });
});

describe('hostile XML does nothing harmful', () => {
  it('expands no entity: billion laughs loads at once, as the text it is', async () => {
    const started = performance.now();
    const { feed } = await load('billion-laughs.rss', 'application/rss+xml');
    expect(performance.now() - started).to.be.below(2000);
    expect(feed.title).to.equal('Laughs &lol9;');
    expect(feed.items[0].title).to.equal('&lol9;');
  });

  it('fetches and includes no external entity', async () => {
    const { feed } = await load('external-entity.atom', 'application/atom+xml');
    expect(feed.title).to.equal('External &file;');
    expect(feed.items[0].title).to.equal('Secret: &file; &remote;');
    const seen = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(seen.filter((name) => name.includes('127.0.0.1:9'))).to.deep.equal([]);
  });
});

describe('inline and .feed sources: text and Documents', () => {
  it('reads RSS and Atom given as text (inline or .feed) and a parsed XML Document', async () => {
    const rss = await fetchText('/test/fixtures/rss-ids.rss');
    const atom = await fetchText('/test/fixtures/atom-bases.atom');
    expect((await loadSource({ inline: rss })).feed.title).to.equal('Ids');
    expect((await loadSource({ feed: atom })).feed.items).to.have.length(3);
    const doc = new DOMParser().parseFromString(atom, 'application/xml');
    const fromDocument = await loadSource({ feed: doc });
    expect(fromDocument.feed.items[0].url).to.equal('https://bases.example/blog/2024/05/post-1');
    expect((await loadSource({ feed: '{"items":[{"id":"1","title":"JSON text"}]}' })).feed.items[0].title).to.equal('JSON text');
  });

  it('rejects an inline page that is no feed with the same clear errors', async () => {
    const error = await rejection(loadSource({ inline: '<p>Hello</p>' }));
    expect(error.message).to.equal('This is an XML document whose root is <p>, not a feed.');
    expect((await rejection(loadSource({ inline: '  ' }))).message).to.equal('The document is empty, not a feed.');
  });
});
