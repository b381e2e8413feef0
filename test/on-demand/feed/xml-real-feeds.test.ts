/**
 * Every RSS and Atom file in ../shared/real-feeds (rss, atom, tricky, news), loaded as a widget
 * loads `src`: over HTTP, as bytes, with the Content-Type its site sends (news/PROVENANCE.md's
 * "served as", test/fixtures/real-feed-types.json), else one by file extension with no charset, as
 * many feed servers send (see test/server/feed-server.js).
 */
import { expect } from '@open-wc/testing';
import { FeedLoader, type LoadedFeed } from '../../../src/on-demand/feed/load.js';
import type { NewsFeed } from '../../../src/feed/types.js';
import { readArticleHtml } from '../../../src/on-demand/feed/article-html.js';
import { realFeeds } from '../../helpers/fixtures.js';

const XML_DIRS = ['rss', 'atom', 'tricky', 'news'] as const;

const loader = new FeedLoader({ retries: 0 });

const load = (dir: string, file: string): Promise<LoadedFeed> => loader.load(`/real-feeds/${dir}/${file}`);

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
    const html = readArticleHtml(item).html;
    if (html) {
      const body = new DOMParser().parseFromString(html, 'text/html');
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

  it('learns what each feed of rss/ and atom/ teaches', async () => {
    const feed = async (dir: string, file: string) => (await load(dir, file)).feed;

    const guardian = await feed('rss', 'guardian.rss');
    expect(guardian.items[0].image, 'the widest of two media:content').to.match(/\?w=460&q=55/);
    expect(guardian.items[0].tags.length).to.be.greaterThan(3);

    const lanacion = await feed('rss', 'lanacion.xml');
    expect(lanacion.items[0].title).to.equal('El Gobierno aumentó un 50% el monto de la Tarjeta Alimentar, en medio de la crisis');
    expect(
      lanacion.items.flatMap((item) => item.authors).every((author) => author.name),
      'empty dc:creator is no author'
    ).to.equal(true);

    const macworld = await feed('rss', 'macworld.rss');
    expect(macworld.items[0].id, 'no guid: the link').to.equal(macworld.items[0].url);
    expect(macworld.items[0].authors[0].name, 'an <author> that is a name').to.equal('Christopher Null');
    expect(macworld.items.some((item) => item.contentHtml?.includes('href="https://www.macworld.com/'))).to.equal(true);

    const livemint = await feed('rss', 'livemint.xml');
    expect(livemint.items[0], 'CDATA link, guid and pubDate').to.include({ id: '1559104147038', datePublished: '2019-05-29T10:16:00.000Z' });
    expect(livemint.items[0].url).to.match(/^https:\/\/www\.livemint\.com\/news\//);

    const cloudblog = await feed('rss', 'cloudblog.rss');
    expect(cloudblog.items[0].title, 'not the atom:author title').to.equal(
      'Want to keep your employees productive? Pay attention to shadow IT clues'
    );
    expect(cloudblog.items[0].summary, 'no <html><head> wrapper in the text').to.match(/^Employees use tools/);

    const aktuality = await feed('rss', 'aktuality.rss');
    expect(aktuality.items[0].title, 'not the title of the <image> inside the item').to.equal(
      'Analytici Goldman Sachs zvýšili odhad rastu ekonomiky USA'
    );

    const encoding = await feed('rss', 'encoding.rss');
    expect(
      encoding.items.every((item) => item.datePublished),
      'pubDate padded with CRLF'
    ).to.equal(true);
    expect(
      encoding.items.every((item) => !item.image),
      'FeedBurner 1-pixel trackers are no picture'
    ).to.equal(true);

    const fireball = await feed('atom', 'DaringFireball.atom');
    expect(fireball.items.some((item) => item.contentHtml?.includes('href="https://daringfireball.net/linked/'))).to.equal(true);
    expect(fireball.items[0].title).to.equal('The Talk Show: ‘I Do Like Throwing a Baby’');

    const heise = await feed('atom', 'heise.atom');
    expect(heise.title).to.equal('heise developer neueste Meldungen');
    expect(heise.items[0].summary).to.match(/^Die nun verfügbare Version 10/);

    const youtube = await feed('atom', 'atom-customfields.atom');
    expect(
      youtube.items.every((item) => item.image?.includes('ytimg.com')),
      'media:group thumbnails, not the flash player'
    ).to.equal(true);
    expect(youtube.items[0].contentText).to.match(/^Scott's Book "The Four"/);

    const reddit = await feed('atom', 'reddit-home.rss');
    expect(reddit.items).to.have.length(24);
    expect(reddit.items[0].contentHtml, 'xhtml content').to.match(/^<table>/);
    expect(reddit.items[0].tags).to.deep.equal(['/r/funny']);

    const russcox = await feed('atom', 'russcox.atom');
    expect(russcox.items[0].contentHtml, 'relative images against the self link').to.include('src="http://research.swtch.com/tlog-16.png"');
  });

  it('learns what each feed of tricky/ and news/ teaches', async () => {
    const feed = async (dir: string, file: string) => (await load(dir, file)).feed;

    expect((await feed('tricky', 'allthis.atom')).items[0].authors[0].name, 'RSS with an .atom name').to.equal('Dr. Drang');
    expect((await feed('tricky', 'phpxml.rss')).items[0].title).to.equal('Serdar Gözübüyük scheidsrechter bij FC Twente - FC Utrecht');
    expect((await feed('tricky', 'donthitsave.xml')).items[0].title, 'BOM and bare CR').to.equal('Skipping Around');
    const monkeydom = await feed('tricky', 'monkeydom.rss');
    expect(monkeydom.items[0], 'a guid that is no URL').to.include({
      id: 'cocoa-dom:tcmportmapper',
      url: 'https://github.com/monkeydom/TCMPortMapper',
    });
    expect((await feed('tricky', 'customfields.rss')).title).to.equal("Varthabharathi : Kanrnataka's Leading Kannada News Portal");
    const kc0011 = await feed('tricky', 'kc0011.rss');
    expect(
      kc0011.items.every((item) => item.datePublished === undefined),
      '"2020/1/10 14:33:00" has no zone: omitted'
    ).to.equal(true);

    const nytimes = await feed('news', 'nytimes-homepage.rss');
    expect(nytimes.items.map((item) => item.title)).to.include('Trump Insists Mexico Will Pay for Wall After U.S. Begins the Work');
    expect(nytimes.items.filter((item) => item.image).length, 'media:content').to.equal(27);
    const reuters = await feed('news', 'reuters-worldnews.rss');
    expect(reuters.items[0].url, 'feedburner:origLink, not the redirect').to.match(/^http:\/\/www\.reuters\.com\/article\//);
    const wapo = await feed('news', 'washingtonpost-wellness.rss');
    expect(wapo.items[0].url, 'pheedo:origLink').to.match(/^http:\/\/www\.washingtonpost\.com\/lifestyle\//);
    const mirror = await feed('news', 'mirror-worldnews.rss');
    expect(mirror.items.map((item) => item.title).join(' '), 'mojibake in the source, repaired').not.to.match(/â€/);
    expect((await feed('news', 'japantimes-news.rss')).items[0].title).to.match(/^‘Trump shock’/);
    const ctv = await feed('news', 'ctvnews-topstories.rss');
    expect(ctv.items[0]).to.include({ id: '1.3231183', title: 'Florida shooting suspect struggled with mental health: family' });
    expect(ctv.items.filter((item) => item.image).length, 'untyped enclosures ending in .jpg').to.be.greaterThan(5);
    const rue89 = await feed('news', 'rue89-une.rss');
    expect(rue89.items[0].id).to.equal('241244 at http://www.rue89.com');
    expect(rue89.items[0].title).to.include('trouvait que « sa présence');
    const pcmag = await feed('news', 'pcmag-dvorak.rss');
    expect(pcmag.items, 'an empty <item /> nested in each item').to.have.length(10);
    expect(pcmag.items[0].datePublished, 'EST').to.equal('2018-01-17T20:50:00.000Z');
    const orf = await feed('news', 'orf-at-news.rdf');
    expect(orf.items[0]).to.include({ id: 'http://orf.at/stories/2376368/', title: 'US-Band New Edition mit Stern auf „Walk of Fame“ geehrt' });
    expect(orf.items[0].tags).to.deep.equal(['Kultur']);
    const tpm = await feed('news', 'tpm-all.atom');
    expect(
      tpm.items.every((item) => item.url?.startsWith('http://talkingpointsmemo.com/')),
      'against the alternate link'
    ).to.equal(true);
    const tbray = await feed('news', 'tbray-ongoing.atom');
    expect(tbray.items[0].url, 'an xml:base chain').to.equal('http://www.tbray.org/ongoing/When/200x/2006/12/12/Java-One-CFP');
    expect(tbray.items.map((item) => item.title)).to.include('5✭♫: Better Get Hit In Your Soul');
    const wigan = await feed('news', 'wiganwarriors-blog.atom');
    expect(wigan.items[2].title).to.equal('Sutton & Nicholson go out on loan');
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
