import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, seedArticleFeed, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

describe('article-card', () => {
  const consoleLog = failOnConsoleErrors();
  let hostile: unknown;
  before(async () => {
    hostile = await fetchJson(HOSTILE_FEED_URL);
  });

  it('is defined as ArticleCard', () => {
    expect(customElements.get('article-card')).to.equal(ArticleCard);
    expect(document.createElement('article-card')).to.be.instanceOf(ArticleCard);
  });

  it('renders the seed article from src', async () => {
    const el = await mount<ArticleCard>(html`<article-card lang="en" src=${SAMPLE_FEED_URL}></article-card>`);
    const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(`https://news.example/headlines/${SEED_ARTICLE_ID}`);
    expect(link.textContent).to.equal("Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
    expect($(el, 'h3[part="title"]')).to.contain(link);
    expect(text(el, '[part="category"]')).to.equal('Headlines');
    expect(text(el, '[part="summary"]')).to.match(/^U\.S\. envoy John Coale met Belarusian leader/);
    expect(text(el, '[part="author"]')).to.equal('By Mark Trevelyan');
    expect($(el, 'time[part="date"]')!.getAttribute('datetime')).to.equal('2026-03-19T00:00:00.000Z');
    expect(text(el, '[part="date"]')).to.equal('March 19, 2026');
    expect(text(el, '[part="reading-time"]')).to.equal('3 min read');
    expect($(el, '[part="sponsored"]')).to.equal(null);
  });

  it('shows the image in a figure with its alt text and caption', async () => {
    const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
    const img = $(el, 'figure img[part="image"]') as HTMLImageElement;
    expect(img.src).to.equal(new URL('/sample/images/coale-lukashenko-hero.svg', location.href).href);
    expect(img.alt).to.match(/^Trump's envoy Coale meets Belarus leader Lukashenko/);
    expect(img.loading).to.equal('lazy');
    expect(text(el, 'figure > figcaption[part="caption"]')).to.equal("Placeholder image: the seed article's photo is not included");
    // The box is reserved before the image arrives: its height follows the width at 16:9.
    const frame = img.parentElement!.getBoundingClientRect();
    expect(frame.height).to.be.closeTo((frame.width * 9) / 16, 1);
  });

  it('lists the tags as plain text chips', async () => {
    const el = await mount<ArticleCard>(html`<article-card lang="en" .feed=${sample}></article-card>`);
    const list = $(el, 'ul[part="tags"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Tags');
    expect($$(el, 'li[part="tag"]').map((tag) => tag.textContent)).to.deep.equal(['Finance', 'World News', 'Politics']);
    expect(list.querySelector('a, button')).to.equal(null);
  });

  it('shows the item named by `item`, without empty parts', async () => {
    const el = await mount<ArticleCard>(html`<article-card .feed=${sample} item=${TITLE_ONLY_ID}></article-card>`);
    expect(text(el, '[part="title"]')).to.equal('Israel reopens key Gaza crossing amid new truce push');
    expect(($(el, 'img') as HTMLImageElement).alt).to.equal('Image for Israel reopens key Gaza crossing amid new truce push');
    // No caption: no figure, just the image box.
    expect($(el, 'figure')).to.equal(null);
    for (const part of ['summary', 'meta', 'tags', 'caption']) expect($(el, `[part="${part}"]`), part).to.equal(null);

    el.item = SEED_ARTICLE_ID;
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.match(/^Trump's envoy Coale/);
  });

  it('says so when the item is not in the feed, or the feed is empty', async () => {
    const missing = await mount<ArticleCard>(html`<article-card lang="en" .feed=${sample} item="no-such-id"></article-card>`);
    expect(text(missing, '[part="empty"]')).to.equal('This article is not in the feed.');
    expect($(missing, 'article')).to.equal(null);

    const empty = await mount<ArticleCard>(html`<article-card lang="en" .feed=${{ ...sample, items: [] }}></article-card>`);
    expect(text(empty, '[part="empty"]')).to.equal('Nothing to show yet.');
  });

  it('draws the card without the image when the image fails to load', async () => {
    // A file that is there but is no image: the error event without a 404 in the logs.
    const feed = seedArticleFeed({ image: '/sample/README.md' });
    const el = await mount<ArticleCard>(html`<article-card layout="hero" .feed=${feed}></article-card>`);
    await waitUntil(() => !$(el, 'img'), 'the broken image stayed');
    expect($(el, '[part="base"]')!.classList.contains('no-image')).to.equal(true);
  });

  it('heading-level sets the title heading, clamped to 2..6', async () => {
    const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
    expect($(el, '[part="title"]')!.localName).to.equal('h3');
    for (const [level, tag] of [
      [2, 'h2'],
      [5, 'h5'],
      [9, 'h6'],
      [1, 'h2'],
    ] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect($(el, '[part="title"]')!.localName, String(level)).to.equal(tag);
    }
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect($(el, '[part="title"]')!.localName).to.equal('h4');
  });

  it('date-format="relative" shows the date relative to now', async () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
    const feed = seedArticleFeed({ date_published: twoDaysAgo });
    const el = await mount<ArticleCard>(html`<article-card lang="en" date-format="relative" .feed=${feed}></article-card>`);
    expect(text(el, '[part="date"]')).to.equal('2 days ago');
    expect(new Date($(el, 'time')!.getAttribute('datetime')!).getTime()).to.be.closeTo(new Date(twoDaysAgo).getTime(), 1000);
    expect($(el, 'time')!.title, 'the exact date as tooltip').to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(twoDaysAgo))
    );
    el.dateFormat = 'absolute';
    await el.updateComplete;
    expect(text(el, '[part="date"]')).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(twoDaysAgo)));
  });

  it('joins several authors in the reader’s language', async () => {
    const feed = seedArticleFeed({ authors: [{ name: 'Ana Ruiz' }, { name: 'Tom Berg' }, { name: 'Li Wei' }] });
    const el = await mount<ArticleCard>(html`<article-card lang="en" .feed=${feed}></article-card>`);
    expect(text(el, '[part="author"]')).to.equal('By Ana Ruiz, Tom Berg, and Li Wei');
  });

  it('labels a sponsored item', async () => {
    const el = await mount<ArticleCard>(
      html`<article-card lang="en" .feed=${seedArticleFeed({ _news: { sponsored: true, category: 'Markets' } })}></article-card>`
    );
    expect(text(el, '[part="sponsored"]')).to.equal('Sponsored');
    expect(text(el, '[part="category"]')).to.equal('Markets');
  });

  it('falls back to an excerpt of the text when the item has no title', async () => {
    const summary =
      'Central banks across Europe signalled on Thursday that interest rates will stay higher for longer, as inflation in services proves sticky.';
    const el = await mount<ArticleCard>(html`<article-card lang="en" .feed=${seedArticleFeed({ title: undefined, summary })}></article-card>`);
    const title = text(el, '[part="title"]')!;
    expect(title).to.match(/^Central banks across Europe signalled on Thursday that interest rates will stay.*…$/);
    expect(title.length).to.be.at.most(92);
    expect(summary.startsWith(title.slice(0, -1))).to.equal(true);
    // The summary is not repeated under its own excerpt.
    expect($(el, '[part="summary"]')).to.equal(null);

    const bare = seedArticleFeed({ title: undefined, summary: undefined, content_html: undefined, content_text: undefined });
    const untitled = await mount<ArticleCard>(html`<article-card lang="en" .feed=${bare}></article-card>`);
    expect(text(untitled, '[part="title"]')).to.equal('Untitled article');
  });

  it('renders hostile strings as inert text', async () => {
    const el = await mount<ArticleCard>(html`<article-card .feed=${hostile}></article-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img, svg, iframe, b')).to.have.length(0);
    const urls = [...root.querySelectorAll('[href], [src]')].map((node) => node.getAttribute('href') ?? node.getAttribute('src')!);
    expect(urls.filter((url) => /^\s*javascript:/i.test(url))).to.deep.equal([]);
    expect(text(el, '[part="title"]')).to.equal('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(text(el, '[part="category"]')).to.equal('<style>*{display:none}</style>');
    expect(text(el, '[part="tag"]')).to.equal('<b>bold</b>');
  });

  // Each test already fails on its own console errors; this one reads the whole file's log.
  it('logged no console errors', () => {
    expect(consoleLog.all).to.deep.equal([]);
  });
});
