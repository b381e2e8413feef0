/**
 * The RSS/Atom adapter through the whole data layer, one small fixture per quirk
 * (test/fixtures/rss-*.rss, atom-*.atom, rss10.rdf): loaded over HTTP as bytes, like `src`.
 */
import { expect } from '@open-wc/testing';
import { FeedLoader, type LoadedFeed } from '../../../src/on-demand/feed/load.js';
import type { NewsItem } from '../../../src/feed/types.js';
import { readArticleHtml } from '../../../src/on-demand/feed/article-html.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';

const loader = new FeedLoader({ retries: 0 });

function loadFixture(file: string, type = 'application/rss+xml'): Promise<LoadedFeed> {
  return loader.load(feedServerUrl(uniqueKey(file), { body: `test/fixtures/${file}`, type }));
}

const byId = (items: readonly NewsItem[], id: string) => items.find((item) => item.id === id)!;

describe('RSS: where ids and links come from (rss-ids.rss)', () => {
  it('takes the guid, else the link, else a stable hash of title and date, and drops repeats', async () => {
    const { feed, dropped } = await loadFixture('rss-ids.rss');
    const [a, b, c, d] = feed.items;
    expect(a).to.include({ id: 'ids-example:a', url: 'https://ids.example/news/stories/a' });
    // A guid is a permalink unless it says otherwise, but only an http(s) one can be the link.
    expect(b).to.include({ id: 'https://ids.example/news/stories/b', url: 'https://ids.example/news/stories/b' });
    expect(c).to.include({ id: 'https://ids.example/news/stories/c', url: 'https://ids.example/news/stories/c' });
    expect(d.id).to.match(/^urn:hash:[\da-f]+$/);
    expect(d.url).to.equal(undefined);
    expect(feed.items.map((item) => item.title)).not.to.include('The same guid as the first item');
    expect(dropped.map((entry) => entry.reason).join()).to.match(/"ids-example:a" repeats an earlier item's/);
    expect(feed.items[4]).to.include({ id: 'https://ids.example/internal/f', url: undefined });

    const again = await loadFixture('rss-ids.rss');
    expect(again.feed.items[3].id, 'the hash is stable').to.equal(d.id);
  });
});

describe('RSS: text (rss-text.rss)', () => {
  it('decodes entities exactly once, strips markup from titles and trims', async () => {
    const { feed } = await loadFixture('rss-text.rss');
    expect(feed.title).to.equal('Text & markup');
    expect(feed.description).to.equal('Titles, summaries and bodies.');
    expect(feed.language).to.equal('en-gb');
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'Bold move',
      'AT&T and a double-escaped title',
      'Sutton & Nicholson',
      'Café open, fish & chips',
      'I’m back, with a ’50th — anniversary',
      '5 < 6 && 7 > 3',
    ]);
  });

  it('reads the description as the summary (text, no script) and content:encoded as the body', async () => {
    const [first] = (await loadFixture('rss-text.rss')).feed.items;
    expect(first.summary).to.equal('First paragraph.\n\nSecond.');
    expect(first.contentHtml).to.include('href="https://text.example/about"');
    expect(first.contentHtml).to.include('src="https://text.example/img/pic.jpg"');
    expect(first.contentHtml).to.include('href="#note"').and.to.include('href="mailto:desk@text.example"');
    expect(first.contentText).to.equal('Body with a relative link and .\n\nNote Mail');
    expect(first.image).to.equal('https://text.example/img/pic.jpg');
  });

  it('reads dc:creator and author ("email (Name)" or a name), and categories as tags', async () => {
    const [first, second, third] = (await loadFixture('rss-text.rss')).feed.items;
    expect(first.authors).to.deep.equal([{ name: 'Ann Writer', url: undefined, avatar: undefined }]);
    expect(second.authors).to.deep.equal([{ name: 'The Desk', url: 'mailto:desk@text.example', avatar: undefined }]);
    expect(third.authors[0].name).to.equal('Bob Reporter');
    expect(first.tags).to.deep.equal(['World', 'Europe']);
    expect(first.language).to.equal('en-gb');
  });
});

describe('RSS: dates (rss-dates.rss)', () => {
  it('reads named zones, two-digit years, no weekday or seconds, padding and dc:date; omits the rest', async () => {
    const { items } = (await loadFixture('rss-dates.rss')).feed;
    const date = (id: string) => byId(items, id).datePublished;
    expect(date('named-zone')).to.equal('2003-06-10T13:41:01.000Z');
    expect(date('no-weekday')).to.equal('2003-06-10T16:41:00.000Z');
    expect(date('padded')).to.equal('2019-05-29T10:16:00.000Z');
    expect(date('dc-date')).to.equal('2019-05-29T10:16:00.000Z');
    expect(date('last-century')).to.equal('1999-12-31T23:59:59.000Z');
    expect(date('nonsense')).to.equal(undefined);
  });
});

describe('RSS: images (rss-images.rss)', () => {
  it('finds the picture in media:content, media:thumbnail, media:group, enclosures, itunes:image or the body', async () => {
    const { feed } = await loadFixture('rss-images.rss');
    const image = (id: string) => byId(feed.items, id).image;
    expect(image('media-content')).to.equal('https://images.example/large.jpg?w=460&q=85');
    expect(image('media-thumbnail')).to.equal('https://images.example/thumbs/t.jpg');
    expect(image('media-group')).to.equal('https://images.example/group.jpg');
    expect(image('enclosure')).to.equal('https://images.example/enclosure.png');
    expect(image('enclosure-untyped')).to.equal('https://images.example/untyped.jpg');
    expect(image('itunes')).to.equal('https://images.example/cover.jpg');
    expect(image('first-img')).to.equal('https://images.example/body.jpg?a=1&b=2');
    expect(image('none')).to.equal(undefined);
    expect(feed.icon).to.equal('https://images.example/logo.png');
  });
});

describe('Atom: xml:base, text constructs and links (atom-bases.atom)', () => {
  it('resolves every link through the xml:base chain', async () => {
    const { feed } = await loadFixture('atom-bases.atom', 'application/atom+xml');
    expect(feed).to.include({
      homePageUrl: 'https://bases.example/blog/',
      feedUrl: 'https://bases.example/blog/feed.atom',
      nextUrl: 'https://bases.example/blog/feed.atom?page=2',
      icon: 'https://bases.example/blog/img/logo.png',
      favicon: 'https://bases.example/favicon.ico',
      language: 'en-us',
    });
    const [first, second] = feed.items;
    expect(first.url).to.equal('https://bases.example/blog/2024/05/post-1');
    expect(first.authors).to.deep.equal([{ name: 'Ann', url: 'https://bases.example/blog/people/ann', avatar: undefined }]);
    expect(first.contentHtml).to.include('src="https://bases.example/media/pic.jpg"').and.to.include('href="https://bases.example/about"');
    expect(first.image).to.equal('https://bases.example/media/pic.jpg');
    expect(second.contentHtml).to.include('href="https://bases.example/blog/2024/05/post-1"');
  });

  it('reads text, html and xhtml titles, summaries and content, categories and dates', async () => {
    const { feed } = await loadFixture('atom-bases.atom', 'application/atom+xml');
    expect(feed.title).to.equal('Bases <> and links');
    expect(feed.description).to.equal('Where relative links point');
    expect(feed.authors[0]).to.include({ name: 'Blog Team', url: 'https://bases.example/team' });
    const [first, second, third] = feed.items;
    expect(first.title).to.equal('A <text> title stays as written');
    expect(first.summary).to.equal('A summary in HTML');
    expect(first.tags).to.deep.equal(['Travel', 'europe']);
    expect(first.datePublished).to.equal('2024-05-01T07:00:00.000Z');
    expect(first.dateModified).to.equal('2024-05-01T08:00:00.000Z');
    expect(second.title).to.equal('An XHTML title');
    expect(readArticleHtml(second).html).to.match(/^<p>See <a href="[^"]+">the first post<\/a>\.<br>Bye &amp; thanks\.<\/p>$/);
    // An entry with only <updated> is dated by it, and takes the feed's author.
    expect(second.datePublished).to.equal('2024-05-02T10:00:00.000Z');
    expect(second.authors[0].name).to.equal('Blog Team');
    expect(third.contentHtml).to.equal(undefined);
    expect(third.contentText).to.equal('Line one.\n\nLine two & more.');
  });
});

describe('RSS 0.91 and RSS 1.0 (rss091.rss, rss10.rdf)', () => {
  it('reads RSS 0.91 with the HTML entities its DTD names, though no DTD is read', async () => {
    const { feed } = await loadFixture('rss091.rss');
    expect(feed.title).to.equal('Old & gold');
    expect(feed.items[0]).to.include({ id: 'http://old.example/cafe', title: 'Café crème & croissant', summary: 'Le café du coin.' });
  });

  it('reads RSS 1.0: rdf:about ids, the image beside the channel, dc: and content:', async () => {
    const { feed } = await loadFixture('rss10.rdf', 'application/rdf+xml');
    expect(feed.icon).to.equal('https://rdf.example/logo.gif');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://rdf.example/1', 'https://rdf.example/2']);
    const [first] = feed.items;
    expect(first).to.include({ summary: 'One.', contentHtml: '<p>One, in full.</p>', datePublished: '2024-05-01T08:00:00.000Z' });
    expect(first.authors[0].name).to.equal('Ann');
    expect(first.tags).to.deep.equal(['Science']);
  });
});
