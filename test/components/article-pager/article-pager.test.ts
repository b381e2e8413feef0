import { expect, fixture, html } from '@open-wc/testing';
import { ArticlePager } from '../../../src/components/article-pager/article-pager.js';
import '../../../src/components/article-pager/article-pager.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, seedArticleFeed, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, shadow, text, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const PREVIOUS = {
  label: 'Previous Headlines Post',
  title: 'As Israel expands strikes on Beirut, delivery drivers steer clear of danger',
  href: 'https://news.example/headlines/israel-beirut-strikes-delivery-drivers',
};
const NEXT = {
  label: 'Next Headlines Post',
  title: "Italy's justice referendum tests PM Meloni and divided opposition",
  href: 'https://news.example/headlines/italy-justice-referendum-meloni',
};

const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a[part~="link"]');

/** Each link as a reader meets it: rel, where it goes, its label and its title. */
const sides = (el: Element) =>
  links(el).map((link) => ({
    rel: link.rel,
    href: link.href,
    label: link.querySelector('[part="label"]')!.textContent!.trim(),
    title: link.querySelector('[part="title"]')!.textContent!.trim(),
  }));

describe('article-pager', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('article-pager')).to.equal(ArticlePager);
    expect(ArticlePager.tagName).to.equal('article-pager');
    const el = await fixture(html`<article-pager></article-pager>`);
    expect(el).to.be.instanceOf(ArticlePager);
  });

  it('renders the seed article’s previous and next posts from src, as a named nav with rel links', async () => {
    const el = await mount<ArticlePager>(html`<article-pager src=${SAMPLE_FEED_URL}></article-pager>`);
    const nav = $(el, 'nav[part="base"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Previous and next articles');
    expect(sides(el)).to.deep.equal([
      { rel: 'prev', ...PREVIOUS },
      { rel: 'next', ...NEXT },
    ]);
    expect($$(el, 'h1, h2, h3, h4, h5, h6'), 'labels are not headings').to.have.length(0);
    expect(links(el)[0].getAttribute('part')).to.equal('link previous');
    expect(links(el)[1].getAttribute('part')).to.equal('link next');
    for (const title of $$(el, '[part="title"] > span')) {
      expect(title.getAttribute('dir')).to.equal('auto');
      expect(title.getAttribute('lang')).to.equal('en');
    }
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor’s feed, with every part', async () => {
    const el = await mount<ArticlePager>(html`<article-pager .feed=${sample}></article-pager>`);
    for (const part of ['base', 'link', 'previous', 'next', 'label', 'title', 'arrow']) expect($(el, `[part~="${part}"]`), part).to.exist;
    const inline = await mount<ArticlePager>(html`<article-pager>
      <script type="application/feed+json">${JSON.stringify(sample)}</script>
    </article-pager>`);
    expect(sides(inline).map((side) => side.title)).to.deep.equal([PREVIOUS.title, NEXT.title]);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><article-pager item=${SEED_ARTICLE_ID}></article-pager></news-feed>`);
    const provided = await rendered(wrapper.querySelector('article-pager')!);
    expect(sides(provided).map((side) => side.href)).to.deep.equal([PREVIOUS.href, NEXT.href]);
  });

  it('goes to the URL of an article of the same feed, and to the link’s own URL otherwise', async () => {
    const feed = feedOf([
      {
        id: 'a',
        title: 'A',
        _news: {
          category: 'Markets',
          previous: { title: 'B as linked', id: 'b', url: 'https://elsewhere.example/old-b' },
          next: { title: 'Outside the feed', id: 'zzz', url: 'https://news.example/outside' },
        },
      },
      { id: 'b', title: 'B', url: 'https://news.example/b', language: 'de', _news: { category: 'Märkte' } },
    ]);
    const el = await mount<ArticlePager>(html`<article-pager .feed=${feed}></article-pager>`);
    expect(sides(el)).to.deep.equal([
      // The feed's own page for the article wins, the label names its category, the title keeps the link's words.
      { rel: 'prev', href: 'https://news.example/b', label: 'Previous Märkte Post', title: 'B as linked' },
      { rel: 'next', href: 'https://news.example/outside', label: 'Next Markets Post', title: 'Outside the feed' },
    ]);
    expect($$(el, '[part="title"] > span').map((title) => title.getAttribute('lang'))).to.deep.equal(['de', null]);
  });

  it('labels “Previous article” / “Next article” without a category', async () => {
    const el = await mount<ArticlePager>(
      html`<article-pager .feed=${seedArticleFeed({ _news: { ...sample.items[0]._news, category: undefined } })}></article-pager>`
    );
    // The linked articles are not in this one-item feed, so no category is known.
    expect(texts(el, '[part="label"]')).to.deep.equal(['Previous article', 'Next article']);
  });

  it('keeps one side in its own place when the other is missing or has nowhere to go', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px">
      <article-pager .feed=${feedOf([{ id: 'a', title: 'A', _news: { next: { title: 'Only next', url: 'https://news.example/n' } } }])}></article-pager>
    </div>`);
    const el = await rendered(wrapper.querySelector('article-pager')!);
    expect(sides(el).map((side) => side.rel)).to.deep.equal(['next']);
    const nav = $(el, '[part="base"]')!.getBoundingClientRect();
    const next = links(el)[0].getBoundingClientRect();
    expect(next.left, 'in the inline-end column').to.be.greaterThan(nav.left + nav.width / 2 - 20);
    expect(getComputedStyle(links(el)[0]).textAlign).to.equal('end');

    el.feed = feedOf([
      { id: 'a', title: 'A', _news: { previous: { title: 'Only previous', url: 'https://news.example/p' }, next: { title: 'No URL' } } },
    ]);
    await rendered(el);
    expect(
      sides(el).map((side) => side.rel),
      'a side without a URL is left out'
    ).to.deep.equal(['prev']);
    expect(links(el)[0].getBoundingClientRect().left).to.be.closeTo(nav.left, 1);
  });

  it('renders nothing and takes no room for an article with neither side; shows the item named by `item`', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><p>before</p><article-pager .feed=${sample} item=${TITLE_ONLY_ID}></article-pager><p>after</p></div>`
    );
    const el = await rendered(wrapper.querySelector('article-pager')!);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(shadow(el).querySelector('*:not(style)')).to.equal(null);
    el.item = SEED_ARTICLE_ID;
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(links(el)).to.have.length(2);
    el.item = 'missing';
    await el.updateComplete;
    expect(text(el, '[part="empty"]')).to.equal('This article is not in the feed.');
  });

  it('stacks the links in a narrow column and sets them side by side in a wide one', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px"><article-pager .feed=${sample}></article-pager></div>`);
    const el = await rendered(wrapper.querySelector('article-pager')!);
    let [previous, next] = links(el).map((link) => link.getBoundingClientRect());
    expect(previous.top).to.equal(next.top);
    expect(next.left).to.be.greaterThan(previous.right);
    wrapper.style.width = '360px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    [previous, next] = links(el).map((link) => link.getBoundingClientRect());
    expect(next.top).to.be.greaterThan(previous.bottom - 1);
    expect(next.left).to.equal(previous.left);
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<ArticlePager>(html`<article-pager
      .feed=${sample}
      style="--news-article-pager-background: rgb(1, 2, 3); --news-article-pager-border: 3px dashed rgb(200, 0, 100); --news-article-pager-padding: 7px; --news-article-pager-gap: 9px"
    ></article-pager>`);
    const link = getComputedStyle(links(el)[0]);
    expect(link.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(link.borderTopStyle).to.equal('dashed');
    expect(link.borderTopColor).to.equal('rgb(200, 0, 100)');
    expect(link.paddingTop).to.equal('7px');
    expect(getComputedStyle($(el, '[part="base"]')!).columnGap).to.equal('9px');
  });

  it('renders hostile strings as inert text and drops javascript: links', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { _news: Record<string, unknown> }[] };
    hostile.items[0]._news.previous = { title: '<img src=x onerror=alert(20)>', url: 'javascript:alert(21)' };
    hostile.items[0]._news.next = { title: '<script>alert(22)</script>', url: 'https://example.com/"><svg onload=alert(23)>' };
    const el = await mount<ArticlePager>(html`<article-pager .feed=${hostile}></article-pager>`);
    expect(
      sides(el).map((side) => side.rel),
      'the javascript: side is dropped'
    ).to.deep.equal(['next']);
    expect(text(el, '[part="title"]')).to.equal('<script>alert(22)</script>');
    expect(text(el, '[part="label"]')).to.equal('Next <style>*{display:none}</style> Post');
    expect(links(el)[0].href).to.match(/^https:\/\/example\.com\//);
    expect($$(el, 'img, script, style, svg:not(.arrow)')).to.have.length(0);
  });
});
