import { expect, html } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, texts } from '../../helpers/query.js';
import { frames, mount } from '../../helpers/settle.js';
import { itFollowsHeadingLevel } from '../../helpers/heading-behaviour.js';

const titles = (el: HeadlineList) => texts(el, '[part="title"]');
/** The ids of the items shown, read from their links. */
const ids = (el: HeadlineList) => $$(el, '[part="link"]').map((link) => link.getAttribute('href')!.split('/').pop()!);

describe('<headline-list>', () => {
  failOnConsoleErrors();

  it('is defined as its class', () => {
    expect(customElements.get('headline-list')).to.equal(HeadlineList);
    expect(document.createElement('headline-list')).to.be.instanceOf(HeadlineList);
  });

  it('renders the sample feed from src: every headline, linked, with deliberate meta', async () => {
    const el = await mount<HeadlineList>(html`<headline-list src=${SAMPLE_FEED_URL}></headline-list>`);
    expect($$(el, '[part="item"]')).to.have.length(13);
    expect(titles(el)[0]).to.equal("Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
    expect($(el, '[part="link"]')!.getAttribute('href')).to.equal(`https://news.example/headlines/${SEED_ARTICLE_ID}`);
    // Not the feed's long title ("Headlines — Global Banking & Finance Review®"), which wraps in a sidebar.
    expect($(el, '[part="heading"]')!.textContent).to.equal('Latest headlines');
    // The article has a date and a reading time; the related headlines have neither, and no empty meta row.
    const [article, related] = $$(el, '[part="item"]');
    expect(article.querySelector('[part="date"]')!.textContent).to.equal('March 19, 2026');
    expect(article.querySelector('[part="reading-time"]')!.textContent!.trim()).to.equal('3 min read');
    expect(related.querySelector('[part="meta"]')).to.equal(null);
    expect(related.querySelector('[part="category"]')!.textContent).to.equal('Headlines');
  });

  it('renders a feed given as the .feed property', async () => {
    const el = await mount<HeadlineList>(
      html`<headline-list .feed=${sample} exclude=${SEED_ARTICLE_ID} heading="More from Headlines"></headline-list>`
    );
    expect($$(el, '[part="item"]')).to.have.length(12);
    expect(ids(el)).not.to.include(SEED_ARTICLE_ID);
    expect($(el, '[part="heading"]')!.textContent).to.equal('More from Headlines');
  });

  describe('layout', () => {
    it('is list by default, with thumbnails beside the titles', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} style="width: 600px"></headline-list>`);
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('layout')).to.equal('list');
      const item = $$(el, '[part="item"]')[0];
      const thumb = item.querySelector('.thumb')!.getBoundingClientRect();
      const title = item.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(thumb.right).to.be.at.most(title.left);
    });

    it('grid shows cards in columns that follow the widget’s own width', async () => {
      const el = await mount<HeadlineList>(html`<headline-list layout="grid" .feed=${sample} style="width: 800px"></headline-list>`);
      const columns = () => getComputedStyle($(el, '[part="list"]')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(3);
      const item = $$(el, '[part="item"]')[0];
      expect(item.querySelector('.thumb')!.getBoundingClientRect().bottom).to.be.at.most(
        item.querySelector('[part="title"]')!.getBoundingClientRect().top
      );
      el.style.width = '300px';
      await frames();
      expect(columns()).to.equal(1);
    });

    it('compact shows no images', async () => {
      const el = await mount<HeadlineList>(html`<headline-list layout="compact" .feed=${sample}></headline-list>`);
      expect($$(el, '[part="item"]')).to.have.length(13);
      expect($$(el, 'img')).to.have.length(0);
    });

    it('changes when the attribute changes, and an unknown value falls back to list', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect($(el, '[part="base"]')!.classList.contains('layout-compact')).to.equal(true);
      el.setAttribute('layout', 'carousel');
      await el.updateComplete;
      expect($(el, '[part="base"]')!.classList.contains('layout-list')).to.equal(true);
    });
  });

  describe('images', () => {
    it('are lazy, decorative and sit in a box sized before they arrive', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} style="width: 600px"></headline-list>`);
      const image = $(el, '[part="image"]') as HTMLImageElement;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('alt')).to.equal('');
      const box = image.parentElement!.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
    });

    it('an item without an image gets no image box in the list, the feed icon on a tile in a multi-column grid', async () => {
      const items = [
        { id: 'a', url: 'https://news.example/a', title: 'With a picture', image: '/sample/images/coale-lukashenko-hero.svg' },
        { id: 'b', url: 'https://news.example/b', title: 'Without a picture' },
      ];
      const feed = feedOf(items, { icon: '/sample/images/publisher-logo.svg' });
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} style="width: 700px"></headline-list>`);
      expect($$(el, '[part="item"]')[1].querySelector('.thumb')).to.equal(null);
      el.layout = 'grid';
      await el.updateComplete;
      const placeholder = $$(el, '[part="item"]')[1].querySelector<HTMLElement>('[part="image-placeholder"]')!;
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo($(el, '.thumb')!.getBoundingClientRect().height, 1);
      const icon = placeholder.querySelector<HTMLImageElement>('[part="placeholder-icon"]')!;
      expect(icon.src).to.equal(new URL('/sample/images/publisher-logo.svg', location.href).href);
      expect(icon.getAttribute('alt')).to.equal('');
      // A tint of the accent, not the grey of an empty box.
      expect(getComputedStyle(placeholder).backgroundColor).to.match(/^color\(srgb/);

      // A feed without an icon: no box at all.
      el.feed = feedOf(items);
      await el.updateComplete;
      expect($(el, '[part="image-placeholder"]')).to.equal(null);
    });

    it('a grid in a narrow column shows compact rows, a small thumbnail beside each title; wide, a grid of cards', async () => {
      const el = await mount<HeadlineList>(html`<headline-list layout="grid" .feed=${sample} style="width: 390px"></headline-list>`);
      const [first, second] = $$(el, '[part="item"]');
      const thumb = first.querySelector('.thumb')!.getBoundingClientRect();
      const body = first.querySelector('.body')!.getBoundingClientRect();
      // Beside the title, small, and the next row right below.
      expect(thumb.right).to.be.at.most(body.left);
      expect(thumb.width).to.be.at.most(100);
      expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom - 1);
      expect(first.getBoundingClientRect().height).to.be.below(180);

      el.style.width = '1000px';
      await frames(2);
      const card = first.getBoundingClientRect();
      // Cards side by side, each image above its title.
      expect(second.getBoundingClientRect().top).to.be.closeTo(card.top, 1);
      expect(first.querySelector('.thumb')!.getBoundingClientRect().bottom).to.be.at.most(
        first.querySelector('.body')!.getBoundingClientRect().top
      );
    });
  });

  describe('heading', () => {
    it('is the category as the feed writes it, else "Latest headlines"; `heading` replaces it and `heading=""` hides it', async () => {
      const el = await mount<HeadlineList>(
        html`<headline-list .feed=${feedOf([{ id: 'a', title: 'A', _news: { category: 'World News' } }], { title: 'Headlines — A Long Site Name®' })}></headline-list>`
      );
      expect($(el, '[part="heading"]')!.textContent).to.equal('Latest headlines');
      el.category = 'world news';
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('World News');
      el.category = 'sport';
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('Latest headlines');
      el.heading = 'More from Headlines';
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('More from Headlines');
      expect($(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal('heading');
      el.heading = '';
      await el.updateComplete;
      expect($(el, '[part="heading"]')).to.equal(null);
    });

    itFollowsHeadingLevel('headline-list');
  });

  describe('"View all"', () => {
    it('links to the feed’s home_page_url, or to more-href', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      const viewAll = () => $(el, '[part="view-all"]') as HTMLAnchorElement | null;
      expect(viewAll()!.href).to.equal('https://www.globalbankingandfinance.com/');
      expect(viewAll()!.textContent!.trim()).to.equal('View all');
      el.setAttribute('more-href', 'https://news.example/headlines');
      await el.updateComplete;
      expect(viewAll()!.getAttribute('href')).to.equal('https://news.example/headlines');
    });

    it('is left out when there is nowhere to go', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feedOf([{ id: 'a', title: 'A' }])}></headline-list>`);
      expect($(el, '[part="view-all"]')).to.equal(null);
    });
  });

  describe('items', () => {
    it('without a title show a short excerpt of their text, cut at a word', async () => {
      const text =
        'Just landed in Frankfurt for the ECB press conference tomorrow. Expect questions on the balance sheet runoff and on the euro.';
      const feed = feedOf([{ id: 'note', url: 'https://news.example/note', content_text: text }]);
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed}></headline-list>`);
      const title = titles(el)[0];
      expect(title.endsWith('…')).to.equal(true);
      expect(title.length).to.be.at.most(111);
      const kept = title.slice(0, -1);
      expect(text.startsWith(kept)).to.equal(true);
      expect(text[kept.length]).to.match(/\s/);
    });

    it('that are sponsored carry a visible label', async () => {
      const feed = feedOf([
        { id: 'ad', url: 'https://news.example/ad', title: 'Paid', _news: { sponsored: true } },
        { id: 'news', url: 'https://news.example/news', title: 'Editorial' },
      ]);
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed}></headline-list>`);
      const [paid, editorial] = $$(el, '[part="item"]');
      const label = paid.querySelector('[part="sponsored"]') as HTMLElement;
      expect(label.textContent).to.equal('Sponsored');
      expect(label.offsetHeight).to.be.greaterThan(0);
      expect(editorial.querySelector('[part="sponsored"]')).to.equal(null);
    });

    it('render hostile strings as inert text', async () => {
      const hostile = await fetchJson(HOSTILE_FEED_URL);
      const el = await mount<HeadlineList>(html`<headline-list .feed=${hostile}></headline-list>`);
      expect($$(el, 'img, script, svg, iframe, style')).to.have.length(0);
      expect($$(el, '[href^="javascript:" i]')).to.have.length(0);
      expect(titles(el)[0]).to.equal('<script>alert(1)</script><img src=x onerror=alert(2)>');
      expect($(el, '[part="category"]')!.textContent).to.equal('<style>*{display:none}</style>');
      // The category named by the filter becomes the heading, as text.
      el.category = '<style>*{display:none}</style>';
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('<style>*{display:none}</style>');
      expect($$(el, 'img, script, svg, iframe, style')).to.have.length(0);
    });
  });
});
