import { expect, fixture, html } from '@open-wc/testing';
import { ArticleBreadcrumbs } from '../../../src/components/article-breadcrumbs/article-breadcrumbs.js';
import '../../../src/components/article-breadcrumbs/article-breadcrumbs.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, shadow, text, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const SEED_TITLE = "Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases";

/** The trail as a reader meets it: each entry's text, its link if any, and whether it is the current page. */
const trail = (el: Element) =>
  $$(el, '[part="crumb"]').map((crumb) => {
    const link = crumb.querySelector('a');
    const current = crumb.querySelector('[aria-current="page"]');
    return { text: crumb.textContent!.trim(), href: link?.href, current: !!current };
  });

describe('article-breadcrumbs', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('article-breadcrumbs')).to.equal(ArticleBreadcrumbs);
    expect(ArticleBreadcrumbs.tagName).to.equal('article-breadcrumbs');
    expect(await fixture(html`<article-breadcrumbs></article-breadcrumbs>`)).to.be.instanceOf(ArticleBreadcrumbs);
  });

  it('renders the seed trail from src: a nav named Breadcrumb, an ordered list, the article last and not repeated', async () => {
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs src=${SAMPLE_FEED_URL}></article-breadcrumbs>`);
    const nav = $(el, 'nav[part="base"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
    const list = $(el, 'ol[part="list"]')!;
    expect(list.parentElement).to.equal(nav);
    expect(list.getAttribute('lang')).to.equal('en');
    expect(trail(el)).to.deep.equal([
      { text: 'Home', href: 'https://www.globalbankingandfinance.com/', current: false },
      { text: 'Headlines', href: undefined, current: false },
      { text: SEED_TITLE, href: undefined, current: true },
    ]);
    expect($$(el, '[aria-current]')).to.have.length(1);
    expect($(el, '[aria-current="page"]')!.getAttribute('part')).to.equal('current');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor’s feed, with every part', async () => {
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${sample}></article-breadcrumbs>`);
    for (const part of ['base', 'list', 'crumb', 'link', 'current']) expect($(el, `[part~="${part}"]`), part).to.exist;
    const inline = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs>
      <script type="application/feed+json">${JSON.stringify(sample)}</script>
    </article-breadcrumbs>`);
    expect(trail(inline)).to.have.length(3);
    const wrapper = await fixture(
      html`<news-feed .feed=${sample}><article-breadcrumbs item=${SEED_ARTICLE_ID}></article-breadcrumbs></news-feed>`
    );
    const provided = await rendered(wrapper.querySelector('article-breadcrumbs')!);
    expect(texts(provided, '[part="crumb"]').at(-1)).to.equal(SEED_TITLE);
  });

  it('adds the article after crumbs that do not end with it, and recognises it by URL too', async () => {
    const feed = feedOf([
      {
        id: 'a',
        title: 'Rates rise again',
        url: 'https://news.example/a',
        _news: {
          breadcrumbs: [
            { title: 'Home', url: 'https://news.example/' },
            { title: 'Markets', url: 'https://news.example/markets' },
          ],
        },
      },
      {
        id: 'b',
        title: 'Rates   RISE again',
        _news: { breadcrumbs: [{ title: 'Home', url: 'https://news.example/' }, { title: 'rates rise again' }] },
      },
      {
        id: 'c',
        title: 'A longer headline',
        url: 'https://news.example/c',
        _news: { breadcrumbs: [{ title: 'Home' }, { title: 'Short name', url: 'https://news.example/c' }] },
      },
      { id: 'd', title: 'No trail' },
      { id: 'e', content_text: 'A post without a title.', _news: { breadcrumbs: [{ title: 'Home', url: 'https://news.example/' }] } },
    ]);
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${feed}></article-breadcrumbs>`);
    expect(trail(el)).to.deep.equal([
      { text: 'Home', href: 'https://news.example/', current: false },
      { text: 'Markets', href: 'https://news.example/markets', current: false },
      { text: 'Rates rise again', href: undefined, current: true },
    ]);
    el.item = 'b';
    await el.updateComplete;
    expect(
      trail(el).map((crumb) => crumb.text),
      'same title, case and spaces aside'
    ).to.deep.equal(['Home', 'rates rise again']);
    el.item = 'c';
    await el.updateComplete;
    expect(trail(el), 'same URL: the feed’s wording, as text').to.deep.equal([
      { text: 'Home', href: undefined, current: false },
      { text: 'Short name', href: undefined, current: true },
    ]);
    el.item = 'd';
    await el.updateComplete;
    expect(trail(el), 'a title alone').to.deep.equal([{ text: 'No trail', href: undefined, current: true }]);
    el.item = 'e';
    await el.updateComplete;
    expect(trail(el), 'no title: no current entry').to.deep.equal([{ text: 'Home', href: 'https://news.example/', current: false }]);
  });

  it('renders nothing and takes no room without crumbs or title; says so for a missing item', async () => {
    const feed = feedOf([{ id: 'x', url: 'https://news.example/x' }, ...sample.items]);
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${feed}></article-breadcrumbs>`);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(shadow(el).querySelector('*:not(style)')).to.equal(null);
    el.item = TITLE_ONLY_ID;
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(trail(el)).to.have.length(1);
    el.item = 'missing';
    await el.updateComplete;
    expect(text(el, '[part="empty"]')).to.equal('This article is not in the feed.');
  });

  it('draws the separators in CSS with empty alternative text, so they are not read', async () => {
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${sample}></article-breadcrumbs>`);
    const crumbs = $$(el, '[part="crumb"]');
    expect(getComputedStyle(crumbs[0], '::before').content).to.equal('none');
    expect(getComputedStyle(crumbs[1], '::before').content).to.equal('"›" / ""');
    expect(shadow(el).textContent).not.to.include('›');
    el.style.setProperty('--news-article-breadcrumbs-separator', "'/'");
    expect(getComputedStyle(crumbs[2], '::before').content).to.equal('"/" / ""');
  });

  it('cuts the middle crumbs with an ellipsis in a narrow widget and lets the title wrap', async () => {
    const long = feedOf([
      {
        id: 'long',
        title: 'A headline long enough to wrap over several lines in a phone-sized column of the page',
        _news: {
          breadcrumbs: [
            { title: 'Home', url: 'https://news.example/' },
            { title: 'International business and finance news', url: 'https://news.example/international' },
            { title: 'Banking and capital markets analysis', url: 'https://news.example/international/banking' },
          ],
        },
      },
    ]);
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 358px"><article-breadcrumbs .feed=${long}></article-breadcrumbs></div>`);
    const el = await rendered(wrapper.querySelector('article-breadcrumbs')!);
    const [home, middle] = $$(el, '[part="link"]');
    expect(getComputedStyle(middle).textOverflow).to.equal('ellipsis');
    expect(middle.scrollWidth, 'the middle crumb is cut').to.be.greaterThan(middle.clientWidth);
    expect(middle.getAttribute('title')).to.equal('International business and finance news');
    expect(getComputedStyle(home).textOverflow, 'the first is whole').to.equal('clip');
    const current = $(el, '[part="current"]')!;
    expect(current.getClientRects().length, 'the title wraps').to.be.greaterThan(1);
    expect(el.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    wrapper.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(middle.scrollWidth, 'wide: whole again').to.equal(middle.clientWidth);
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs
      .feed=${sample}
      style="--news-article-breadcrumbs-gap: 11px; --news-article-breadcrumbs-font-size: 13px"
    ></article-breadcrumbs>`);
    const separator = getComputedStyle($$(el, '[part="crumb"]')[1], '::before');
    expect(separator.marginLeft).to.equal('11px');
    expect(getComputedStyle($(el, '[part="list"]')!).fontSize).to.equal('13px');
  });

  it('renders hostile strings as inert text and drops javascript: links', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { _news: Record<string, unknown> }[] };
    hostile.items[0]._news.breadcrumbs = [
      { title: '<img src=x onerror=alert(30)>', url: 'javascript:alert(31)' },
      { title: '<svg onload=alert(32)>', url: 'https://example.com/"><script>alert(33)</script>' },
    ];
    const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${hostile}></article-breadcrumbs>`);
    expect(trail(el).map((crumb) => crumb.text)).to.deep.equal([
      '<img src=x onerror=alert(30)>',
      '<svg onload=alert(32)>',
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
    ]);
    expect(trail(el)[0].href, 'the javascript: URL was dropped').to.equal(undefined);
    expect(trail(el)[1].href).to.match(/^https:\/\/example\.com\//);
    expect($$(el, 'img, script, svg, iframe')).to.have.length(0);
  });
});
