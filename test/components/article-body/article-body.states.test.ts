import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleBody } from '../../../src/components/article-body/article-body.js';
import '../../../src/components/article-body/article-body.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, feedOf, SEED_ARTICLE_ID, TITLE_ONLY_ID, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

describe('article-body states', () => {
  failOnConsoleErrors();

  it('says so when no feed was given', async () => {
    const el = await fixture<ArticleBody>(html`<article-body></article-body>`);
    expect($(el, '[part="message"]')!.textContent).to.equal('No feed was given to this widget.');
  });

  it('shows a skeleton of paragraphs a screen high while loading (what follows starts below the fold)', async () => {
    const src = feedServerUrl(uniqueKey('body-loading'), { delay: 3000 });
    const el = await fixture<ArticleBody>(html`<article-body src=${src}></article-body>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect($$(el, '.skeleton-paragraph').length).to.be.at.least(3);
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.closeTo(Math.max(innerHeight, 21.5 * parseFloat(getComputedStyle(el).fontSize)), 1);
    // The paragraphs fill it: the last one shown reaches its bottom edge.
    const tops = $$(el, '.skeleton-paragraph').map((paragraph) => paragraph.getBoundingClientRect().top - el.getBoundingClientRect().top);
    expect(tops.some((top) => top >= height - 150 && top < height)).to.equal(true);
  });

  it('an article without any text: a message and the empty attribute, gone with another article', async () => {
    const el = await mount<ArticleBody>(html`<article-body .feed=${sample} item=${TITLE_ONLY_ID}></article-body>`);
    expect($(el, '[part="empty"]')!.textContent).to.equal('This article has no text yet.');
    expect(el.hasAttribute('empty')).to.equal(true);
    el.item = SEED_ARTICLE_ID;
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(false);
    // The first body on a page waits for the module that reads it (URLs, heading ids).
    await rendered(el);
    expect($(el, '[part="content"]')).to.exist;
  });

  it('says so when the feed has no items, or not the requested one', async () => {
    const empty = await mount<ArticleBody>(html`<article-body .feed=${EMPTY_FEED}></article-body>`);
    expect($(empty, '[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
    const missing = await mount<ArticleBody>(html`<article-body .feed=${sample} item="nope"></article-body>`);
    expect($(missing, '[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('body-error'), { status: 500 });
    const el = await fixture<ArticleBody>(html`<article-body src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-body>`);
    await rendered(el);
    expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
  });

  itKeepsContentWhenStale('article-body', { content: '[part="content"] h2' });

  describe('a body too long to show whole (over 256 kB or 2,000 blocks)', () => {
    const paragraph = `<p>${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>`;
    const item = (fields: object) => feedOf([{ id: 'long', title: 'Long', url: 'https://news.example/long', ...fields }]);

    it('shows its first part and says the rest is not shown, with a link to the article', async () => {
      const el = await mount<ArticleBody>(html`<article-body .feed=${item({ content_html: paragraph.repeat(3000) })}></article-body>`);
      const shown = $$(el, '[part="content"] p').length;
      expect(shown, 'paragraphs shown').to.be.within(100, 2000);
      expect(text(el, '[part="cut"]')).to.equal('The rest of this article is not shown here. Read the whole article');
      expect($<HTMLAnchorElement>(el, '[part="cut"] a')!.href).to.equal('https://news.example/long');
    });

    it("says so for a text body too, and in the reader's language", async () => {
      const body = 'A paragraph of the article.\n\n'.repeat(2500);
      const el = await mount<ArticleBody>(html`<article-body lang="de" .feed=${item({ content_text: body })}></article-body>`);
      expect($$(el, '[part="content"] p')).to.have.length(2000);
      expect(text(el, '[part="cut"]')).to.equal('Der Rest dieses Artikels wird hier nicht angezeigt. Ganzen Artikel lesen');
    });

    it("says nothing under a body shown whole, and has no link without the article's URL", async () => {
      const whole = await mount<ArticleBody>(html`<article-body .feed=${item({ content_html: paragraph.repeat(20) })}></article-body>`);
      expect($(whole, '[part="cut"]')).to.equal(null);
      const noUrl = await mount<ArticleBody>(
        html`<article-body .feed=${feedOf([{ id: 'x', title: 'X', content_html: paragraph.repeat(3000) }])}></article-body>`
      );
      expect(text(noUrl, '[part="cut"]')).to.equal('The rest of this article is not shown here.');
      expect($(noUrl, '[part="cut"] a')).to.equal(null);
    });
  });
});
