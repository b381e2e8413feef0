import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { isNewsFeed, normalizeFeed, parseFeedText } from '../../../src/on-demand/feed/normalize.js';
import { readArticleHtml } from '../../../src/on-demand/feed/article-html.js';
import type { NewsFeed, NewsItem, NormalizedFeed } from '../../../src/feed/types.js';
import { SAMPLE_FEED_URL } from '../../../sample/sample-data.js';
import { fetchJson, fetchText, normalizeFile, realFeeds } from '../../helpers/fixtures.js';

const byId = (feed: NewsFeed, id: string): NewsItem => {
  const item = feed.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};

/** Every URL-valued field of the model, for "nothing relative survives" checks. */
function urlsOf(feed: NewsFeed): string[] {
  const urls = [feed.homePageUrl, feed.feedUrl, feed.icon, feed.favicon, feed.nextUrl, feed.publisher?.url, feed.publisher?.logo];
  for (const author of feed.authors) urls.push(author.url, author.avatar);
  for (const item of feed.items) {
    urls.push(item.url, item.externalUrl, item.image, item.bannerImage, item.previous?.url, item.next?.url);
    for (const author of item.authors) urls.push(author.url, author.avatar);
    for (const takeaway of item.keyTakeaways) urls.push(takeaway.source?.url);
    for (const reference of item.references) urls.push(reference.url);
    for (const crumb of item.breadcrumbs) urls.push(crumb.url);
  }
  return urls.filter((url): url is string => url !== undefined);
}

/** Every leaf value of the model with its path, to look for values no reader should ever see. */
function leaves(value: unknown, path = '', out: [string, unknown][] = []): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, out);
  } else {
    out.push([path, value]);
  }
  return out;
}

function expectWellFormed({ feed }: NormalizedFeed, label: string): void {
  for (const [path, value] of leaves(feed)) {
    expect(value === null || Number.isNaN(value), `${label}${path} is ${String(value)}`).to.equal(false);
    if (typeof value === 'string' && !/contentHtml|contentText/.test(path)) {
      expect(/Invalid Date|\bNaN\b|\bundefined\b|^null$/.test(value), `${label}${path}: "${value}"`).to.equal(false);
    }
  }
  for (const url of urlsOf(feed)) {
    expect(url, `${label}: ${url}`).to.match(/^(https?:\/\/|mailto:)/);
  }
  for (const item of feed.items) {
    if (item.contentHtml) expect(item.baseUrl, `${label} ${item.id}: base URL`).to.match(/^https?:\/\//);
    const relative = readArticleHtml(item).html?.match(/\s(?:href|src)="(?!https?:|mailto:|#)[^"]*"/g) ?? [];
    expect(relative, `${label} ${item.id}: relative URLs in content`).to.deep.equal([]);
    for (const date of [item.datePublished, item.dateModified]) {
      if (date) expect(Number.isNaN(new Date(date).getTime()), `${label} ${item.id} date ${date}`).to.equal(false);
    }
    if (item.readingTimeMinutes !== undefined) expect(item.readingTimeMinutes).to.be.at.least(1);
  }
}

describe('normalizeFeed: the sample feed', () => {
  let result: NormalizedFeed;
  before(async () => {
    result = await normalizeFile(SAMPLE_FEED_URL);
  });

  it('keeps the article and the twelve related headlines, dropping nothing', () => {
    expect(result.dropped).to.deep.equal([]);
    expect(result.feed.items).to.have.length(13);
    expect(isNewsFeed(result.feed)).to.equal(true);
  });

  it('reads every part of the seed article', () => {
    const article = result.feed.items[0];
    expect(article.title).to.equal("Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
    expect(article.summary).to.match(/^U\.S\. envoy John Coale met Belarusian leader Alexander Lukashenko in Minsk/);
    expect(article.authors.map((author) => author.name)).to.deep.equal(['Mark Trevelyan']);
    expect(article.tags).to.deep.equal(['Finance', 'World News', 'Politics']);
    expect(article.category).to.equal('Headlines');
    expect(article.readingTimeMinutes).to.equal(3);
    expect(article.datePublished).to.equal('2026-03-19T00:00:00.000Z');
    expect(article.dateline).to.equal('March 19 (Reuters)');
    expect(article.keyTakeaways).to.have.length(3);
    expect(article.keyTakeaways[0].source?.title).to.equal('theguardian.com');
    expect(article.faq.map((entry) => entry.question)).to.deep.equal([
      'Who did John Coale meet in Minsk?',
      "What is the purpose of John Coale's visit to Belarus?",
      'Who appointed John Coale as an envoy to Belarus?',
      'Where was the meeting between John Coale and Lukashenko shared?',
    ]);
    expect(article.references).to.have.length(3);
    expect(article.sections).to.have.length(11);
    expect(article.breadcrumbs.map((crumb) => crumb.title)).to.deep.equal(['Home', 'Headlines', article.title]);
    expect(result.feed.items.map((item) => item.id)).to.include.members([article.previous!.id!, article.next!.id!]);
    expect(result.feed.publisher?.name).to.equal('Global Banking & Finance Review®');
    expect(result.feed.disclosure).to.match(/^Global Banking & Finance Review® is an online platform/);
    expect(result.feed.newsletter?.action).to.equal('https://news.example/newsletter/subscribe');
  });

  it('resolves the local placeholder images against where the feed was loaded from', () => {
    expect(result.feed.items[0].image).to.equal(new URL('/sample/images/coale-lukashenko-hero.svg', location.href).href);
    expect(result.feed.icon).to.equal(new URL('/sample/images/publisher-logo.svg', location.href).href);
  });

  it('has section ids that exist as headings in the body, and the same sections when read from the body', () => {
    const article = result.feed.items[0];
    const body = readArticleHtml(article);
    const doc = new DOMParser().parseFromString(body.html!, 'text/html');
    for (const section of article.sections) expect(doc.getElementById(section.id), section.id).to.exist;
    expect(body.sections.map((section) => [section.id, section.level])).to.deep.equal(
      article.sections.map((section) => [section.id, section.level])
    );
  });

  it('reads each body once: the same result for every widget that asks', () => {
    const article = result.feed.items[0];
    expect(readArticleHtml(article)).to.equal(readArticleHtml(article));
  });

  it('is well formed', () => expectWellFormed(result, 'sample'));
});

describe('normalizeFeed: quirks of real feeds, as small fixtures', () => {
  let result: NormalizedFeed;
  before(async () => {
    result = await normalizeFile('/test/fixtures/quirks.json');
  });

  it('drops items without an id, repeated ids, non-objects and empty shells, each with a reason', () => {
    const reasons = result.dropped.map((drop) => drop.reason);
    expect(result.dropped.map((drop) => drop.index)).to.deep.equal([3, 5, 7, 9]);
    expect(reasons[0]).to.match(/no "id"/);
    expect(reasons[1]).to.match(/repeats/);
    expect(reasons[2]).to.match(/not an object/);
    expect(reasons[3]).to.match(/no title, text, link or image/);
  });

  it('keeps titles as text: literal brackets stay, entities are decoded exactly once', () => {
    expect(byId(result.feed, 'literal-brackets').title).to.equal('Die Rückkehr von <i> und <b>');
    expect(byId(result.feed, 'entity-title').title).to.equal('‘Jokes’ & more');
    expect(byId(result.feed, 'double-escaped').title).to.equal('Add Task & Sub Tasks');
    expect(result.feed.title).to.equal('Quirks & Co');
  });

  it('accepts JSON Feed 1.0: an http version URL, a feed `author` inherited by items, numeric ids', () => {
    expect(result.feed.authors).to.deep.equal([{ name: 'Feed Author', url: 'mailto:editor@quirks.example', avatar: undefined }]);
    expect(byId(result.feed, 'literal-brackets').authors[0].name).to.equal('Feed Author');
    expect(byId(result.feed, '42').title).to.equal('A numeric id');
  });

  it('resolves relative URLs against feed_url and removes unsafe ones (in the body, when it is read)', () => {
    const item = byId(result.feed, 'entity-title');
    expect(item.url).to.equal('https://quirks.example/2019/jokes');
    expect(item.baseUrl).to.equal('https://quirks.example/feed.json');
    expect(item.contentHtml, 'the body as the feed gave it').to.include('javascript:');
    const { html } = readArticleHtml(item);
    expect(html).to.include('href="https://quirks.example/misc/photo.png"');
    expect(html).to.include('src="https://quirks.example/img/a.png"');
    expect(html).not.to.include('javascript:');
    const unsafe = byId(result.feed, 'unsafe-urls');
    expect(unsafe.url).to.equal(undefined);
    expect(unsafe.image).to.equal(undefined);
    expect(unsafe.authors).to.deep.equal([{ name: 'Ann', url: undefined, avatar: undefined }]);
  });

  it('parses dates leniently and omits the ones it cannot read', () => {
    expect(byId(result.feed, 'literal-brackets').datePublished).to.equal('2018-01-06T08:00:00.000Z');
    expect(byId(result.feed, 'entity-title').datePublished).to.equal('2019-05-29T10:16:00.000Z');
    expect(byId(result.feed, 'double-escaped').datePublished).to.equal('2018-09-06T14:03:00.000Z');
    expect(byId(result.feed, '42').datePublished).to.equal(undefined);
    expect(byId(result.feed, '42').dateModified, '31 February').to.equal(undefined);
  });

  it('splits comma-separated tags and treats a null external_url as absent', () => {
    const item = byId(result.feed, 'double-escaped');
    expect(item.tags).to.deep.equal(['Workflow', 'OmniFocus']);
    expect(item.externalUrl).to.equal(undefined);
  });

  it('repairs UTF-8 that was decoded as Windows-1252 (mojibake)', () => {
    const item = byId(result.feed, 'mojibake');
    expect(item.title).to.equal('I’m back');
    expect(item.contentText).to.equal('I’m recording again today.');
  });

  it('keeps the good entries of a list and drops the broken ones', () => {
    const item = byId(result.feed, 'unsafe-urls');
    expect(item.faq).to.deep.equal([{ question: 'Kept?', answer: 'Yes.' }]);
    expect(item.keyTakeaways).to.deep.equal([{ text: 'One', source: { url: 'https://src.example/a', title: 'Src' } }]);
    expect(item.sponsored).to.equal(false);
  });

  it('computes the reading time from the text when the feed gives none', () => {
    const words = Array.from({ length: 690 }, () => 'word').join(' ');
    const { feed } = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', content_text: words }] });
    expect(feed.items[0].readingTimeMinutes).to.equal(3);
  });

  it('derives sections from body headings when the body is read, giving ids to headings that have none', () => {
    const { feed } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'a', content_html: '<h2>First part</h2><p>x</p><h3 id="own">Detail</h3><h2>First part</h2>' }],
    });
    const [item] = feed.items;
    expect(item.sections, 'the feed declares none').to.deep.equal([]);
    const body = readArticleHtml(item);
    expect(body.sections).to.deep.equal([
      { id: 'first-part', title: 'First part', level: 2 },
      { id: 'own', title: 'Detail', level: 3 },
      { id: 'first-part-2', title: 'First part', level: 2 },
    ]);
    expect(body.html).to.include('<h2 id="first-part-2">');
    expect(item.contentText).to.equal('First part\n\nx\n\nDetail\n\nFirst part');
  });

  it('never parses HTML or touches the DOM while normalizing', async () => {
    const parse = DOMParser.prototype.parseFromString;
    const create = document.implementation.createHTMLDocument;
    const calls: string[] = [];
    DOMParser.prototype.parseFromString = function (...args) {
      calls.push('DOMParser');
      return parse.apply(this, args);
    };
    document.implementation.createHTMLDocument = function (...args) {
      calls.push('createHTMLDocument');
      return create.apply(this, args);
    };
    try {
      for (const url of [SAMPLE_FEED_URL, '/test/fixtures/quirks.json']) await normalizeFile(url);
    } finally {
      DOMParser.prototype.parseFromString = parse;
      document.implementation.createHTMLDocument = create;
    }
    expect(calls).to.deep.equal([]);
  });

  it('is well formed', () => expectWellFormed(result, 'quirks'));
});

describe('normalizeFeed: documents that are not feeds', () => {
  it('rejects valid JSON that is not a JSON Feed with a typed, readable error', async () => {
    const json = await fetchJson('/test/fixtures/not-a-feed.json');
    expect(() => normalizeFeed(json)).to.throw(FeedError, /not a JSON Feed.*RSS converted to JSON/);
    try {
      normalizeFeed(json);
    } catch (error) {
      expect((error as FeedError).kind).to.equal('not-a-feed');
    }
    for (const value of [null, 3, 'text', [], { version: 'https://example.com/v1', items: [] }]) {
      expect(() => normalizeFeed(value), JSON.stringify(value)).to.throw(FeedError);
    }
  });

  it('reports truncated JSON as a parse error', async () => {
    const text = await fetchText('/test/fixtures/truncated.json');
    expect(() => parseFeedText(text)).to.throw(FeedError, /not valid JSON/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseFeedText('\uFEFF{"items":[]}')).to.deep.equal({ items: [] });
  });
});

describe('normalizeFeed: the real feeds in ../shared/real-feeds', () => {
  it('keeps every item that has an id and leaves nothing malformed, in every JSON feed', async function () {
    const index = await realFeeds();
    if (!index.available) {
      console.info('../shared/real-feeds not found: real-feed tests skipped');
      this.skip();
    }
    expect(index.files.json!.length).to.be.at.least(9);
    for (const file of index.files.json!) {
      const raw = (await fetchJson(`/real-feeds/json/${file}`)) as { items: { id?: unknown }[] };
      const withId = new Set(raw.items.filter((item) => item.id !== undefined && String(item.id).trim() !== '').map((i) => String(i.id)));
      const result = await normalizeFile(`/real-feeds/json/${file}`);
      expect(result.feed.items.length, `${file}: items kept`).to.equal(withId.size);
      expectWellFormed(result, file);
    }
  });

  it('learns what each real feed teaches', async function () {
    if (!(await realFeeds()).available) this.skip();
    const load = (file: string) => normalizeFile(`/real-feeds/json/${file}`).then((result) => result.feed);

    const german = await load('3960.json');
    expect(german.items.map((item) => item.title)).to.include('Die Rückkehr von <i> und <b>');
    expect(german.items[0].language).to.equal('de-DE');
    expect(german.authors[0].url).to.match(/^mailto:/);

    const pxlnv = await load('pxlnv.json');
    expect(pxlnv.items.some((item) => item.title?.includes('‘'))).to.equal(true);
    expect(pxlnv.items.every((item) => !item.title?.includes('&#'))).to.equal(true);

    const rose = await load('rose.json');
    expect(rose.items.every((item) => !item.title?.includes('&amp;'))).to.equal(true);
    expect(rose.items.some((item) => item.tags.length > 1)).to.equal(true);

    const curt = await load('curt.json');
    expect(curt.items.every((item) => item.datePublished)).to.equal(true);
    expect(readArticleHtml(curt.items[0]).html).not.to.match(/href="\//);

    const fireball = await load('DaringFireball.json');
    expect(fireball.items.some((item) => readArticleHtml(item).html?.includes('https://daringfireball.net/misc/'))).to.equal(true);
    expect(fireball.items.filter((item) => item.externalUrl).length).to.equal(42);

    const timetable = await load('timetable.json');
    const text = timetable.items.map((item) => item.contentText).join(' ');
    expect(text).not.to.match(/â€|Â/);

    const inessential = await load('inessential.json');
    expect(inessential.items.every((item) => item.authors[0]?.name === 'Brent Simmons')).to.equal(true);
  });

  it('gives typed errors for the tricky documents', async function () {
    if (!(await realFeeds()).available) this.skip();
    const scripting = await fetchJson('/real-feeds/tricky/ScriptingNews.json');
    expect(() => normalizeFeed(scripting)).to.throw(FeedError, /not a JSON Feed/);
    const partial = await fetchText('/real-feeds/tricky/allthis-partial.json');
    expect(() => parseFeedText(partial)).to.throw(FeedError, /not valid JSON/);
  });
});
