/**
 * Every RSS and Atom file in ../shared/real-feeds (rss, atom, tricky, news), loaded as a widget
 * loads `src`: over HTTP, as bytes, with the Content-Type its site sends (news/PROVENANCE.md's
 * "served as"), else one by file extension with no charset, as many feed servers send.
 */
import { expect } from '@open-wc/testing';
import { FeedLoader, type LoadedFeed } from '../../../src/on-demand/feed/load.js';
import type { NewsFeed } from '../../../src/feed/types.js';
import { realFeeds } from '../../helpers/fixtures.js';

/** The Content-Type each news site sends (news/PROVENANCE.md). */
const SERVED_AS: Record<string, string> = {
  'nytimes-homepage.rss': 'application/rss+xml; charset=utf-8',
  'reuters-worldnews.rss': 'text/xml; charset=UTF-8',
  'washingtonpost-wellness.rss': 'application/rss+xml; charset=UTF-8',
  'mirror-worldnews.rss': 'text/xml; charset=utf-8',
  'japantimes-news.rss': 'application/rss+xml; charset=UTF-8',
  'ctvnews-topstories.rss': 'text/xml; charset=utf-8',
  'rue89-une.rss': 'text/xml; charset=UTF-8',
  'pcmag-dvorak.rss': 'text/xml; charset=UTF-8',
  'retriever-intranet30-sv.rss': 'application/rss+xml; charset=ISO-8859-1',
  'oren-ru-news.rss': 'application/rss+xml',
  'orf-at-news.rdf': 'application/rss+xml; charset=UTF-8',
  'tpm-all.atom': 'application/atom+xml; charset=utf-8',
  'tbray-ongoing.atom': 'application/atom+xml',
  'wiganwarriors-blog.atom': 'application/atom+xml; charset=UTF-8',
};

const XML_DIRS = ['rss', 'atom', 'tricky', 'news'] as const;

const loader = new FeedLoader({ retries: 0 });

function urlOf(dir: string, file: string): string {
  const type = SERVED_AS[file];
  return `/real-feeds/${dir}/${file}${type ? `?type=${encodeURIComponent(type)}` : ''}`;
}

const load = (dir: string, file: string): Promise<LoadedFeed> => loader.load(urlOf(dir, file));

/**
 * Entries that have a link or an id, counted by an independent reader: a regular expression over
 * the raw bytes (tags are ASCII in every encoding here), not our parser. Self-closing `<item />`
 * (pcmag-dvorak.rss nests one in every item) is no entry.
 */
async function entriesWithLinkOrId(dir: string, file: string): Promise<number> {
  const raw = new TextDecoder('latin1').decode(await (await fetch(`/real-feeds/${dir}/${file}`)).arrayBuffer());
  const blocks = [...raw.matchAll(/<(item|entry)\b(?:[^>"'/]|"[^"]*"|'[^']*')*>([\s\S]*?)<\/\1>/g)];
  return blocks.filter(([block]) => /<(link|guid|id)\b|rdf:about=/.test(block)).length;
}

const RAW_ENTITY = /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]/;
const WEB_URL = /^https?:\/\/[^/]/;

function expectClean(feed: NewsFeed, file: string): void {
  for (const item of feed.items) {
    const where = `${file} "${item.title ?? item.id}"`;
    for (const text of [item.title, feed.title]) {
      if (text === undefined) continue;
      expect(text, `${where}: raw entity`).not.to.match(RAW_ENTITY);
      expect(text, `${where}: CDATA marker`).not.to.match(/<!\[CDATA\[|\]\]>/);
      expect(text, `${where}: U+FFFD`).not.to.include('\uFFFD');
      expect(text, `${where}: mojibake`).not.to.match(MOJIBAKE);
      expect(text, `${where}: untrimmed`).to.equal(text.trim());
    }
    for (const url of [item.url, item.externalUrl, item.image]) {
      if (url !== undefined) expect(url, `${where}: link`).to.match(WEB_URL);
    }
    for (const date of [item.datePublished, item.dateModified]) {
      if (date !== undefined) expect(Number.isNaN(Date.parse(date)), `${where}: date ${date}`).to.equal(false);
    }
    if (item.contentHtml) {
      const body = new DOMParser().parseFromString(item.contentHtml, 'text/html');
      for (const element of body.querySelectorAll('a[href], img[src]')) {
        const link = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (!link.startsWith('#')) expect(link, `${where}: link in the body`).to.match(/^(https?:\/\/[^/]|mailto:)/);
      }
    }
  }
  for (const url of [feed.homePageUrl, feed.feedUrl, feed.nextUrl, feed.icon, feed.favicon]) {
    if (url !== undefined) expect(url, `${file}: feed link`).to.match(WEB_URL);
  }
}

describe('RSS and Atom: every real feed in ../shared/real-feeds', function () {
  // A cold page reads about 3 MB of feeds here.
  this.timeout(60_000);

  before(async function () {
    if (!(await realFeeds()).available) {
      console.info('../shared/real-feeds not found: real RSS/Atom feed tests skipped');
      this.skip();
    }
  });

  it('keeps every entry that has a link or an id, and nothing malformed, in every file', async () => {
    const index = await realFeeds();
    let files = 0;
    for (const dir of XML_DIRS) {
      for (const file of index.files[dir]!.filter((name) => !name.endsWith('.json'))) {
        const { feed, dropped } = await load(dir, file);
        expect(feed.items.length, `${dir}/${file}: items kept (dropped: ${dropped.map((d) => d.reason).join('; ')})`).to.equal(
          await entriesWithLinkOrId(dir, file)
        );
        expectClean(feed, `${dir}/${file}`);
        files += 1;
      }
    }
    expect(files).to.be.at.least(33);
  });

  it('decodes ISO-8859-1, GB2312, Windows-1251 and undeclared Latin-1 from the bytes', async () => {
    expect((await load('rss', 'encoding.rss')).feed.items[0].title).to.equal('Mãe de utente é a nova presidente da Raríssimas');
    expect((await load('tricky', 'kc0011.rss')).feed.items[0].title).to.equal('建国35周年纪念，华表，和平鸽');
    // No declaration, no charset, no BOM, and not valid UTF-8: read as Windows-1252.
    const uol = (await load('tricky', 'uolNoticias.rss')).feed;
    expect(uol.items[0].title).to.equal('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect((await load('news', 'oren-ru-news.rss')).feed.items[0].title).to.equal('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
    expect((await load('news', 'retriever-intranet30-sv.rss')).feed.items[0].title).to.equal('SVART MÅNAD - DÖDSOLYCKA i Vetlanda');
  });
});
