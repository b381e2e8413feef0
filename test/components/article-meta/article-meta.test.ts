import { expect, fixture, html } from '@open-wc/testing';
import { ArticleMeta } from '../../../src/components/article-meta/article-meta.js';
import '../../../src/components/article-meta/article-meta.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, text, texts } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';

/** What the seed page says above the article, and the two lines of its text. */
const SEED_FACTS = [
  'Published by Global Banking & Finance Review®',
  'By Mark Trevelyan',
  'Published March 19, 2026',
  '3 min read',
  'Last updated: March 19, 2026',
];

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/** An article by three authors, two with a page, published three hours ago and changed one hour ago. */
const AUTHORS_FEED = feedOf(
  [
    {
      id: 'authors',
      title: 'Authors',
      language: 'en',
      date_published: hoursAgo(3),
      date_modified: hoursAgo(1),
      authors: [
        { name: 'Mark Trevelyan', url: 'https://example.com/mark' },
        { name: 'Alexandra Hudson' },
        { name: 'Jane Example', url: 'mailto:jane@example.com' },
        { url: 'https://example.com/nameless' },
      ],
      _news: { reading_time_minutes: 12 },
    },
  ],
  { _news: { publisher: { name: 'Example Press' } } }
);

describe('article-meta', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('article-meta')).to.equal(ArticleMeta);
    expect(ArticleMeta.tagName).to.equal('article-meta');
    expect(await fixture(html`<article-meta></article-meta>`)).to.be.instanceOf(ArticleMeta);
  });

  it('renders the seed article from src: publisher, author, dates, reading time, dateline, credits', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta src=${SAMPLE_FEED_URL}></article-meta>`);
    expect(texts(el, '[part~="item"]')).to.deep.equal(SEED_FACTS);
    expect(text(el, '[part="dateline"]')).to.equal('March 19 (Reuters)');
    expect(text(el, '[part="credits"]')).to.equal('(Reporting by Mark Trevelyan; Editing by Alexandra Hudson)');
    const times = $$<HTMLTimeElement>(el, 'time[part="date"]');
    expect(times.map((time) => time.dateTime)).to.deep.equal(['2026-03-19T00:00:00.000Z', '2026-03-19T00:00:00.000Z']);
    expect(times[0].closest('[part~="published"]')).to.exist;
    expect(times[1].closest('[part~="updated"]')).to.exist;
    const publisher = $<HTMLAnchorElement>(el, 'a[part="publisher-name"]')!;
    expect(publisher.href).to.equal('https://www.globalbankingandfinance.com/');
    const logo = $<HTMLImageElement>(el, 'img[part="logo"]')!;
    expect(logo.getAttribute('alt'), 'decorative: the name is written beside it').to.equal('');
    expect(logo.src).to.match(/\/sample\/images\/publisher-logo\.svg$/);
    // No heading of its own, and no separator characters in the text.
    expect($(el, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/[·•|]/);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor alike', async () => {
    const fromFeed = await mount<ArticleMeta>(html`<article-meta .feed=${sample}></article-meta>`);
    expect(texts(fromFeed, '[part~="item"]')).to.deep.equal(SEED_FACTS);
    const inline = await mount<ArticleMeta>(html`<article-meta>
      <script type="application/feed+json">${JSON.stringify(AUTHORS_FEED)}</script>
    </article-meta>`);
    expect(text(inline, '[part~="author"]')).to.equal('By Mark Trevelyan, Alexandra Hudson, and Jane Example');
    const wrapper = await fixture(html`<news-feed .feed=${sample}><article-meta item=${SEED_ARTICLE_ID}></article-meta></news-feed>`);
    const provided = await rendered(wrapper.querySelector('article-meta')!);
    expect(texts(provided, '[part~="item"]')).to.deep.equal(SEED_FACTS);
  });

  it('links the authors who have a URL, in a localized list', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${AUTHORS_FEED}></article-meta>`);
    const names = $$(el, '[part~="author"] [part~="name"]');
    expect(names.map((name) => [name.localName, name.textContent, name.getAttribute('href')])).to.deep.equal([
      ['a', 'Mark Trevelyan', 'https://example.com/mark'],
      ['span', 'Alexandra Hudson', null],
      ['a', 'Jane Example', 'mailto:jane@example.com'],
    ]);
    for (const link of $$(el, 'a[part~="link"]')) expect(link.getAttribute('rel')).to.equal('author');
    for (const name of names) expect(name.getAttribute('dir')).to.equal('auto');
    expect(text(el, '[part~="publisher"]'), 'a publisher without URL or logo').to.equal('Published by Example Press');
    expect($(el, '[part="publisher-name"]')!.localName).to.equal('span');
    expect($(el, '[part="logo"]')).to.equal(null);
  });

  it('leaves out a logo that fails to load, keeping the name', async () => {
    const feed = feedOf([{ id: 'a', title: 'A' }], {
      _news: { publisher: { name: 'Example Press', logo: 'https://127.0.0.1:1/missing-logo.svg' } },
    });
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${feed}></article-meta>`);
    await until(() => !$(el, '[part="logo"]'), 'the broken logo stayed');
    expect(text(el, '[part~="publisher"]')).to.equal('Published by Example Press');
  });

  it('shows only the facts `show` names, without those `hide` names, in its own order', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${sample} show="credits, reading-time dateline"></article-meta>`);
    expect(texts(el, '[part~="item"]')).to.deep.equal(['3 min read']);
    expect($$(el, '[part="base"] > *').map((node) => node.getAttribute('part'))).to.deep.equal(['line', 'dateline', 'credits']);
    el.show = 'credits';
    await el.updateComplete;
    expect($(el, '[part="line"]'), 'no empty line').to.equal(null);
    expect(text(el, '[part="credits"]')).to.match(/^\(Reporting by/);
    el.show = undefined;
    el.hide = 'dateline credits updated publisher';
    await el.updateComplete;
    expect(texts(el, '[part~="item"]')).to.deep.equal(['By Mark Trevelyan', 'Published March 19, 2026', '3 min read']);
    expect($(el, '[part="dateline"]')).to.equal(null);
    el.show = 'updated unknown-part';
    el.hide = 'updated';
    await el.updateComplete;
    expect(el.hasAttribute('empty'), 'hide wins over show: nothing left').to.equal(true);
  });

  it('shows relative dates with date-format="relative", the exact date as a tooltip', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${AUTHORS_FEED} date-format="relative"></article-meta>`);
    expect(texts(el, '[part~="published"], [part~="updated"]')).to.deep.equal(['Published 3 hours ago', 'Last updated: 1 hour ago']);
    expect($(el, '[part~="published"] time')!.title).to.match(/\d{4}$/);
    el.dateFormat = 'absolute';
    await el.updateComplete;
    expect(text(el, '[part~="published"] time')).to.match(/^\w+ \d{1,2}, \d{4}$/);
    expect(text(el, '[part~="reading-time"]')).to.equal('12 min read');
  });

  it('leaves out a modification date earlier than the publication, and shows one without a publication date', async () => {
    const earlier = await mount<ArticleMeta>(
      html`<article-meta .feed=${seedArticleFeed({ date_modified: '2026-03-01T00:00:00Z' })} show="published updated"></article-meta>`
    );
    expect(texts(earlier, '[part~="item"]')).to.deep.equal(['Published March 19, 2026']);
    const onlyModified = await mount<ArticleMeta>(
      html`<article-meta .feed=${seedArticleFeed({ date_published: undefined })} show="published updated"></article-meta>`
    );
    expect(texts(onlyModified, '[part~="item"]')).to.deep.equal(['Last updated: March 19, 2026']);
  });

  it('shows the article named by `item`, and reacts when it changes', async () => {
    const feed = feedOf([
      { id: 'a', title: 'A', _news: { dateline: 'LONDON, May 1' } },
      { id: 'b', title: 'B', _news: { dateline: 'PARIS, May 2' } },
    ]);
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${feed} item="b"></article-meta>`);
    expect(text(el, '[part="dateline"]')).to.equal('PARIS, May 2');
    el.item = 'a';
    await el.updateComplete;
    expect(text(el, '[part="dateline"]')).to.equal('LONDON, May 1');
    el.item = 'missing';
    await el.updateComplete;
    expect(text(el, '[part="empty"]')).to.equal('This article is not in the feed.');
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta
      .feed=${sample}
      style="--news-article-meta-separator: rgb(200, 0, 100); --news-article-meta-font-size: 20px; --news-article-meta-logo-size: 30px"
    ></article-meta>`);
    expect(getComputedStyle($$(el, '[part~="item"]')[1], '::before').color).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle($(el, '[part="base"]')!).fontSize).to.equal('20px');
    expect(getComputedStyle($(el, '[part="line"]')!).fontSize, 'the row follows').to.equal('20px');
    expect(getComputedStyle($(el, '[part="logo"]')!).height).to.equal('30px');
  });

  it('renders hostile strings as inert text and drops unsafe links', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { _news?: unknown; items: Record<string, unknown>[] };
    hostile._news = { publisher: { name: '<img src=x onerror=alert(20)>', url: 'javascript:alert(21)', logo: 'javascript:alert(22)' } };
    Object.assign(hostile.items[0], {
      date_published: '2026-03-19T00:00:00Z',
      authors: [{ name: '<script>alert(23)</script>', url: 'javascript:alert(24)' }],
    });
    Object.assign(hostile.items[0]._news as object, { dateline: '<b onmouseover=alert(25)>X</b>', credits: '"><svg onload=alert(26)>' });
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${hostile}></article-meta>`);
    expect(text(el, '[part~="publisher"]')).to.equal('Published by <img src=x onerror=alert(20)>');
    expect(text(el, '[part~="author"]')).to.equal('By <script>alert(23)</script>');
    expect(text(el, '[part="dateline"]')).to.equal('<b onmouseover=alert(25)>X</b>');
    expect(text(el, '[part="credits"]')).to.equal('"><svg onload=alert(26)>');
    expect($$(el, 'a, img, script, svg, b')).to.have.length(0);
  });
});
