import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/headline-list/headline-list.define.js';
import { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { RelativeDateClock } from '../../../src/controllers/relative-date-clock.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { fetchJson, hits, uniqueKey } from '../../helpers/fixtures.js';
import { SAMPLE_FEED_URL as SAMPLE_URL } from '../../../sample/sample-data.js';

const ARTICLE_ID = 'coale-lukashenko-minsk-2026-03-19';
const PAGE_1 = '/test/fixtures/headline-page-1.json';

interface JsonItem {
  id: string;
  url?: string;
  title?: string;
  [key: string]: unknown;
}
interface JsonFeed {
  version: string;
  title?: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  items: JsonItem[];
}

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const all = (el: HTMLElement, selector: string): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: HTMLElement, selector: string): HTMLElement | null => root(el).querySelector<HTMLElement>(selector);
const titles = (el: HTMLElement): string[] => all(el, '[part="title"]').map((title) => title.textContent!.trim());
const ids = (el: HTMLElement): string[] =>
  all(el, '[part="link"]').map((link) => link.getAttribute('href')!.split('/').pop()!);

/** Waits until the widget shows its feed (or its error) and has rendered it. */
async function ready(el: HeadlineList): Promise<HeadlineList> {
  await waitUntil(() => !one(el, '[part="skeleton"]'), 'the feed did not arrive', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function list(template: TemplateResult): Promise<HeadlineList> {
  return ready(await fixture<HeadlineList>(template));
}

/** A feed object made for one test, from plain JSON Feed items. */
function feedOf(items: JsonItem[], extra: Partial<JsonFeed> = {}): JsonFeed {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', items, ...extra };
}

async function clickLoadMore(el: HeadlineList): Promise<void> {
  one(el, '[part="load-more"]')!.click();
  await el.updateComplete;
}

describe('<headline-list>', () => {
  let sample: JsonFeed;
  let errors: unknown[][];
  const consoleError = console.error;

  before(async () => {
    sample = (await fetchJson(SAMPLE_URL)) as JsonFeed;
    // Where the file lives, as loading it from `src` would tell: its relative image paths resolve against it.
    sample.feed_url = new URL(SAMPLE_URL, location.href).href;
  });
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError(...args);
    };
  });
  afterEach(() => {
    console.error = consoleError;
    expect(errors, 'console errors').to.deep.equal([]);
  });

  it('is defined as its class', () => {
    expect(customElements.get('headline-list')).to.equal(HeadlineList);
    expect(document.createElement('headline-list')).to.be.instanceOf(HeadlineList);
  });

  it('renders the sample feed from src: every headline, linked, with deliberate meta', async () => {
    const el = await list(html`<headline-list src=${SAMPLE_URL}></headline-list>`);
    expect(all(el, '[part="item"]')).to.have.length(13);
    expect(titles(el)[0]).to.equal("Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
    expect(one(el, '[part="link"]')!.getAttribute('href')).to.equal(`https://news.example/headlines/${ARTICLE_ID}`);
    expect(one(el, '[part="heading"]')!.textContent).to.equal('Headlines — Global Banking & Finance Review®');
    // The article has a date and a reading time; the related headlines have neither, and no empty meta row.
    const [article, related] = all(el, '[part="item"]');
    expect(article.querySelector('[part="date"]')!.textContent).to.equal('March 19, 2026');
    expect(article.querySelector('[part="reading-time"]')!.textContent!.trim()).to.equal('3 min read');
    expect(related.querySelector('[part="meta"]')).to.equal(null);
    expect(related.querySelector('[part="category"]')!.textContent).to.equal('Headlines');
  });

  it('renders a feed given as the .feed property', async () => {
    const el = await list(html`<headline-list .feed=${sample} exclude=${ARTICLE_ID} heading="More from Headlines"></headline-list>`);
    expect(all(el, '[part="item"]')).to.have.length(12);
    expect(ids(el)).not.to.include(ARTICLE_ID);
    expect(one(el, '[part="heading"]')!.textContent).to.equal('More from Headlines');
  });

  describe('layout', () => {
    it('is list by default, with thumbnails beside the titles', async () => {
      const el = await list(html`<headline-list .feed=${sample} style="width: 600px"></headline-list>`);
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('layout')).to.equal('list');
      const item = all(el, '[part="item"]')[0];
      const thumb = item.querySelector('.thumb')!.getBoundingClientRect();
      const title = item.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(thumb.right).to.be.at.most(title.left);
    });

    it('grid shows cards in columns that follow the widget’s own width', async () => {
      const el = await list(html`<headline-list layout="grid" .feed=${sample} style="width: 800px"></headline-list>`);
      const columns = () => getComputedStyle(one(el, '[part="list"]')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(3);
      const item = all(el, '[part="item"]')[0];
      expect(item.querySelector('.thumb')!.getBoundingClientRect().bottom).to.be.at.most(item.querySelector('[part="title"]')!.getBoundingClientRect().top);
      el.style.width = '300px';
      await nextFrame();
      expect(columns()).to.equal(1);
    });

    it('compact shows no images', async () => {
      const el = await list(html`<headline-list layout="compact" .feed=${sample}></headline-list>`);
      expect(all(el, '[part="item"]')).to.have.length(13);
      expect(all(el, 'img')).to.have.length(0);
    });

    it('changes when the attribute changes, and an unknown value falls back to list', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect(one(el, '[part="base"]')!.classList.contains('layout-compact')).to.equal(true);
      el.setAttribute('layout', 'carousel');
      await el.updateComplete;
      expect(one(el, '[part="base"]')!.classList.contains('layout-list')).to.equal(true);
    });
  });

  describe('images', () => {
    it('are lazy, decorative and sit in a box sized before they arrive', async () => {
      const el = await list(html`<headline-list .feed=${sample} style="width: 600px"></headline-list>`);
      const image = one(el, '[part="image"]') as HTMLImageElement;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('alt')).to.equal('');
      const box = image.parentElement!.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
    });

    it('an item without an image gets no image box in the list, a placeholder in a multi-column grid', async () => {
      const feed = feedOf([
        { id: 'a', url: 'https://news.example/a', title: 'With a picture', image: '/sample/images/coale-lukashenko-hero.svg' },
        { id: 'b', url: 'https://news.example/b', title: 'Without a picture' },
      ]);
      const el = await list(html`<headline-list .feed=${feed} style="width: 700px"></headline-list>`);
      expect(all(el, '[part="item"]')[1].querySelector('.thumb')).to.equal(null);
      el.layout = 'grid';
      await el.updateComplete;
      const placeholder = all(el, '[part="item"]')[1].querySelector('[part="image-placeholder"]')!;
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo(one(el, '.thumb')!.getBoundingClientRect().height, 1);
    });
  });

  describe('limit and filters', () => {
    it('limit caps the items shown', async () => {
      const el = await list(html`<headline-list .feed=${sample} limit="4"></headline-list>`);
      expect(all(el, '[part="item"]')).to.have.length(4);
      el.limit = 2;
      await el.updateComplete;
      expect(all(el, '[part="item"]')).to.have.length(2);
    });

    it('category keeps items of that category, ignoring case', async () => {
      const feed = feedOf([
        { id: 'a', url: 'https://news.example/a', title: 'A', _news: { category: 'Markets' } },
        { id: 'b', url: 'https://news.example/b', title: 'B', _news: { category: 'Politics' } },
        { id: 'c', url: 'https://news.example/c', title: 'C', _news: { category: 'markets' } },
      ]);
      const el = await list(html`<headline-list .feed=${feed} category="MARKETS"></headline-list>`);
      expect(titles(el)).to.deep.equal(['A', 'C']);
      el.category = 'Politics';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['B']);
    });

    it('tag keeps items with that tag, ignoring case', async () => {
      const el = await list(html`<headline-list .feed=${sample} tag="world news"></headline-list>`);
      expect(ids(el)).to.deep.equal([ARTICLE_ID]);
    });

    it('exclude leaves out the ids it names, separated by commas or spaces', async () => {
      const el = await list(html`<headline-list .feed=${sample} exclude="${ARTICLE_ID}, israel-reopens-key-gaza-crossing  italy-justice-referendum-meloni"></headline-list>`);
      expect(all(el, '[part="item"]')).to.have.length(10);
      expect(ids(el)).to.include.members(['at-least-eight-bodies-recovered-in-comoros']);
      expect(ids(el)).not.to.include.members([ARTICLE_ID]);
      expect(ids(el)).not.to.include('israel-reopens-key-gaza-crossing');
      expect(ids(el)).not.to.include('italy-justice-referendum-meloni');
    });

    it('says the filters hide everything when they do', async () => {
      const el = await list(html`<headline-list .feed=${sample} category="Sport"></headline-list>`);
      expect(one(el, '[part="list"]')).to.equal(null);
      expect(one(el, '[part="empty"]')!.textContent).to.match(/filters/);
      // The heading stays, so the reader knows which list is empty.
      expect(one(el, '[part="heading"]')).not.to.equal(null);
    });
  });

  describe('heading', () => {
    it('is the feed title, else "Latest headlines"; `heading` replaces it and `heading=""` hides it', async () => {
      const el = await list(html`<headline-list .feed=${feedOf([{ id: 'a', title: 'A' }], { title: undefined })}></headline-list>`);
      expect(one(el, '[part="heading"]')!.textContent).to.equal('Latest headlines');
      el.heading = 'More from Headlines';
      await el.updateComplete;
      expect(one(el, '[part="heading"]')!.textContent).to.equal('More from Headlines');
      expect(one(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal('heading');
      el.heading = '';
      await el.updateComplete;
      expect(one(el, '[part="heading"]')).to.equal(null);
    });

    it('is an h2 by default and follows heading-level, clamped to 2..6', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      expect(one(el, '[part="heading"]')!.tagName).to.equal('H2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(one(el, '[part="heading"]')!.tagName).to.equal('H4');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(one(el, '[part="heading"]')!.tagName).to.equal('H6');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(one(el, '[part="heading"]')!.tagName).to.equal('H2');
    });
  });

  describe('"View all"', () => {
    it('links to the feed’s home_page_url, or to more-href', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      const viewAll = () => one(el, '[part="view-all"]') as HTMLAnchorElement | null;
      expect(viewAll()!.href).to.equal('https://www.globalbankingandfinance.com/');
      expect(viewAll()!.textContent!.trim()).to.equal('View all');
      el.setAttribute('more-href', 'https://news.example/headlines');
      await el.updateComplete;
      expect(viewAll()!.getAttribute('href')).to.equal('https://news.example/headlines');
    });

    it('is left out when there is nowhere to go', async () => {
      const el = await list(html`<headline-list .feed=${feedOf([{ id: 'a', title: 'A' }])}></headline-list>`);
      expect(one(el, '[part="view-all"]')).to.equal(null);
    });
  });

  describe('"Load more"', () => {
    it('follows next_url, appends the next page without duplicates, and goes away on the last page', async () => {
      const el = await list(html`<headline-list src=${PAGE_1}></headline-list>`);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      await clickLoadMore(el);
      await waitUntil(() => all(el, '[part="item"]').length === 5, 'the second page did not arrive');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c', 'page-2-a', 'page-2-b']);
      expect(titles(el)[2]).to.equal('First page, third headline');
      expect(one(el, '[part="load-more"]')).to.equal(null);
    });

    it('shows a busy button while the next page is on its way', async () => {
      const key = uniqueKey('next-slow');
      const feed = (await fetchJson(PAGE_1)) as JsonFeed;
      feed.next_url = `/api/feed?key=${key}&delay=400&body=test/fixtures/headline-page-2.json`;
      const el = await list(html`<headline-list .feed=${feed}></headline-list>`);
      await clickLoadMore(el);
      const button = one(el, '[part="load-more"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Loading more…');
      button.click(); // ignored while busy: one request only
      await waitUntil(() => all(el, '[part="item"]').length === 5, 'the second page did not arrive');
      expect((await hits(key)).hits).to.equal(1);
    });

    it('with a limit, first reveals the items already loaded, then fetches the next page', async () => {
      const key = uniqueKey('next-after-reveal');
      const feed = (await fetchJson(PAGE_1)) as JsonFeed;
      feed.next_url = `/api/feed?key=${key}&body=test/fixtures/headline-page-2.json`;
      const el = await list(html`<headline-list .feed=${feed} limit="2"></headline-list>`);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b']);
      await clickLoadMore(el);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      expect((await hits(key)).hits).to.equal(0);
      await clickLoadMore(el);
      await waitUntil(() => all(el, '[part="item"]').length === 5, 'the second page did not arrive');
      expect((await hits(key)).hits).to.equal(1);
      expect(ids(el).slice(3)).to.deep.equal(['page-2-a', 'page-2-b']);
      // A new limit starts over from it; the pages already loaded stay.
      el.limit = 1;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['page-1-a']);
      await clickLoadMore(el);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b']);
    });

    it('keeps the items shown and says so when the next page fails', async () => {
      const feed = (await fetchJson(PAGE_1)) as JsonFeed;
      feed.next_url = `/api/feed?key=${uniqueKey('next-500')}&status=500`;
      const el = await list(html`<headline-list .feed=${feed} .loader=${new FeedLoader({ retries: 0 })}></headline-list>`);
      await clickLoadMore(el);
      await waitUntil(() => one(el, '[part="load-more-error"]'), 'no error message');
      expect(one(el, '[part="load-more-error"]')!.getAttribute('role')).to.equal('alert');
      expect(one(el, '[part="load-more-error"]')!.textContent).to.equal('More headlines could not be loaded.');
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      const button = one(el, '[part="load-more"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(button.textContent!.trim()).to.equal('Load more');
    });

    it('works from the keyboard and moves focus to the first new item when the button goes away', async () => {
      const el = await list(html`<headline-list .feed=${sample} limit="10"></headline-list>`);
      one(el, '[part="load-more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => all(el, '[part="item"]').length === 13, 'Enter did not load more');
      await el.updateComplete;
      expect(one(el, '[part="load-more"]')).to.equal(null);
      expect(root(el).activeElement).to.equal(all(el, '[part="link"]')[10]);
      expect(one(el, '[role="status"]')!.textContent).to.equal('More headlines shown.');
    });
  });

  describe('dates', () => {
    it('are absolute by default, in a <time> with an ISO datetime', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      const time = one(el, 'time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2026-03-19T00:00:00.000Z');
      expect(time.textContent).to.equal('March 19, 2026');
    });

    it('are relative with date-format="relative", the exact date in the tooltip', async () => {
      const iso = new Date(Date.now() - 3 * 3600_000).toISOString();
      const feed = feedOf([{ id: 'a', url: 'https://news.example/a', title: 'A', date_published: iso }]);
      const el = await list(html`<headline-list .feed=${feed} date-format="relative"></headline-list>`);
      const time = one(el, 'time[part="date"]')!;
      expect(time.textContent).to.equal('3 hours ago');
      expect(new Date(time.getAttribute('datetime')!).toISOString()).to.equal(iso);
      expect(time.getAttribute('title')).to.match(/\d{4}/);
      el.dateFormat = 'absolute';
      await el.updateComplete;
      expect(one(el, 'time[part="date"]')!.textContent).not.to.equal('3 hours ago');
    });

    it('that are relative move on while the list stays on the page, and only then', async () => {
      const period = RelativeDateClock.period;
      RelativeDateClock.period = 50; // a minute, in this test
      try {
        const iso = new Date(Date.now() - 59_400).toISOString();
        const feed = feedOf([{ id: 'a', url: 'https://news.example/a', title: 'A', date_published: iso }]);
        const el = await list(html`<headline-list .feed=${feed} date-format="relative"></headline-list>`);
        const date = () => one(el, 'time[part="date"]')!.textContent;
        expect(date()).to.equal('59 seconds ago');
        await waitUntil(() => date() === '1 minute ago', 'the relative date stayed as it was');

        let renders = 0;
        const requestUpdate = el.requestUpdate.bind(el);
        el.requestUpdate = (...args: Parameters<HeadlineList['requestUpdate']>) => {
          renders++;
          requestUpdate(...args);
        };
        const parent = el.parentElement!;
        el.remove();
        await aTimeout(200);
        expect(renders, 'renders while off the page').to.equal(0);
        parent.append(el);
        await waitUntil(() => renders > 0, 'no renders once back on the page');
        el.dateFormat = 'absolute';
        await el.updateComplete;
        renders = 0;
        await aTimeout(200);
        expect(renders, 'renders with absolute dates').to.equal(0);
      } finally {
        RelativeDateClock.period = period;
      }
    });
  });

  describe('items', () => {
    it('without a title show a short excerpt of their text, cut at a word', async () => {
      const text = 'Just landed in Frankfurt for the ECB press conference tomorrow. Expect questions on the balance sheet runoff and on the euro.';
      const feed = feedOf([{ id: 'note', url: 'https://news.example/note', content_text: text }]);
      const el = await list(html`<headline-list .feed=${feed}></headline-list>`);
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
      const el = await list(html`<headline-list .feed=${feed}></headline-list>`);
      const [paid, editorial] = all(el, '[part="item"]');
      const label = paid.querySelector('[part="sponsored"]') as HTMLElement;
      expect(label.textContent).to.equal('Sponsored');
      expect(label.offsetHeight).to.be.greaterThan(0);
      expect(editorial.querySelector('[part="sponsored"]')).to.equal(null);
    });

    it('render hostile strings as inert text', async () => {
      const hostile = await fetchJson('/test/fixtures/hostile.json');
      const el = await list(html`<headline-list .feed=${hostile}></headline-list>`);
      expect(all(el, 'img, script, svg, iframe, style')).to.have.length(0);
      expect(all(el, '[href^="javascript:" i]')).to.have.length(0);
      expect(titles(el)[0]).to.equal('<script>alert(1)</script><img src=x onerror=alert(2)>');
      expect(one(el, '[part="heading"]')!.textContent).to.equal('<img src=x onerror=alert(1)>Hostile');
      expect(one(el, '[part="category"]')!.textContent).to.equal('<style>*{display:none}</style>');
    });
  });

  describe('news-select', () => {
    it('fires on a click with the item, the url and the click; cancelling it keeps the page where it is', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      const before = location.href;
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      const link = all(el, '[part="link"]')[1];
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'news-select')) as NewsEvent<'news-select'>;
      expect(event.detail.item.id).to.equal('at-least-eight-bodies-recovered-in-comoros');
      expect(event.detail.url).to.equal('https://news.example/headlines/at-least-eight-bodies-recovered-in-comoros');
      expect(event.detail.originalEvent).to.be.instanceOf(MouseEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect((event.detail.originalEvent as MouseEvent).defaultPrevented).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });

    it('leaves the navigation alone when not cancelled', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      let prevented: boolean | undefined;
      // The test stops the navigation itself after reading whether the widget did.
      const stop = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', stop, { once: true });
      setTimeout(() => all(el, '[part="link"]')[0].click());
      const event = (await oneEvent(el, 'news-select')) as NewsEvent<'news-select'>;
      expect(event.detail.item.id).to.equal(ARTICLE_ID);
      await waitUntil(() => prevented !== undefined);
      expect(prevented).to.equal(false);
    });

    it('fires when a link is activated with Enter', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      all(el, '[part="link"]')[2].focus();
      const selected = oneEvent(el, 'news-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as NewsEvent<'news-select'>).detail.item.id).to.equal('israel-reopens-key-gaza-crossing');
    });

    it('does not fire for a click with a modifier key (open in a new tab)', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      let fired = false;
      el.addEventListener('news-select', () => (fired = true));
      const link = all(el, '[part="link"]')[0];
      link.addEventListener('click', (event) => event.preventDefault());
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(fired).to.equal(false);
    });
  });

  describe('news-impression', () => {
    it('fires once per item when half of it is visible', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <headline-list .feed=${sample} limit="3"></headline-list>
        <div style="height: 3000px"></div>
      </div>`);
      const el = await ready(wrapper.querySelector('headline-list')!);
      const seen: NewsEvent<'news-impression'>['detail'][] = [];
      el.addEventListener('news-impression', (event) => seen.push(event.detail));
      await nextFrame();
      await nextFrame();
      expect(seen, 'nothing is visible yet').to.deep.equal([]);
      el.scrollIntoView({ block: 'center' });
      await waitUntil(() => seen.length === 3, 'impressions did not arrive');
      expect(seen.map(({ item, index }) => [item.id, index])).to.deep.equal([
        [ARTICLE_ID, 0],
        ['at-least-eight-bodies-recovered-in-comoros', 1],
        ['israel-reopens-key-gaza-crossing', 2],
      ]);
      // Scrolling away and back, or re-rendering, reports nothing again.
      window.scrollTo(0, 0);
      await nextFrame();
      el.scrollIntoView({ block: 'center' });
      el.layout = 'compact';
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(seen).to.have.length(3);
      // Items shown later are observed too.
      el.limit = 4;
      await waitUntil(() => seen.length === 4, 'the new item was not observed');
      expect(seen[3].index).to.equal(3);
      window.scrollTo(0, 0);
    });
  });

  describe('states', () => {
    it('shows a skeleton of the list while loading', async () => {
      const el = await fixture<HeadlineList>(
        html`<headline-list src=${`/api/feed?key=${uniqueKey('slow')}&delay=3000`} limit="3"></headline-list>`
      );
      const skeleton = one(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.item')).to.have.length(3);
      expect(skeleton.querySelectorAll('.thumb').length).to.equal(3);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
    });

    it('says when the feed has no items', async () => {
      const el = await list(html`<headline-list .feed=${feedOf([])}></headline-list>`);
      expect(one(el, '[part="empty"]')!.textContent).to.equal('No headlines yet.');
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const el = await list(
        html`<headline-list src=${`/api/feed?key=${uniqueKey('broken')}&status=500`} .loader=${new FeedLoader({ retries: 0 })}></headline-list>`
      );
      const error = one(el, '[role="alert"]')!;
      expect(error.getAttribute('part')).to.equal('error');
      expect(error.querySelector('button[part="retry"]')).not.to.equal(null);
    });
  });

  describe('language and strings', () => {
    it('mirrors in a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 600px">
        <headline-list .feed=${sample}></headline-list>
      </div>`);
      const el = await ready(wrapper.querySelector('headline-list')!);
      const item = all(el, '[part="item"]')[0];
      expect(getComputedStyle(item).direction).to.equal('rtl');
      const thumb = item.querySelector('.thumb')!.getBoundingClientRect();
      const title = item.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(thumb.left).to.be.at.least(title.right);
      expect(one(el, '[part="view-all"]')!.textContent!.trim()).to.equal('عرض الكل');
    });

    it('follows lang="de" for strings, dates and reading time', async () => {
      const el = await list(html`<headline-list lang="de" .feed=${sample} limit="2"></headline-list>`);
      expect(one(el, '[part="view-all"]')!.textContent!.trim()).to.equal('Alle anzeigen');
      expect(one(el, '[part="load-more"]')!.textContent!.trim()).to.equal('Mehr laden');
      expect(one(el, '[part="date"]')!.textContent).to.equal('19. März 2026');
      expect(one(el, '[part="reading-time"]')!.textContent!.trim()).to.match(/^3\sMin\.\sLesezeit$/);
    });

    it('lets `strings` replace any visible string', async () => {
      const el = await list(html`<headline-list
        .feed=${feedOf([{ id: 'a', title: 'A', content_text: 'word '.repeat(500) }], { title: undefined, home_page_url: 'https://news.example/' })}
        .strings=${{ heading: 'Top stories', viewAll: 'See everything', readingTime: 'Reading time: {duration}' }}
      ></headline-list>`);
      expect(one(el, '[part="heading"]')!.textContent).to.equal('Top stories');
      expect(one(el, '[part="view-all"]')!.textContent!.trim()).to.equal('See everything');
      expect(one(el, '[part="reading-time"]')!.textContent!.trim()).to.match(/^Reading time: \d+ min$/);
    });
  });

  describe('accessibility', () => {
    it('passes axe in the light theme', async () => {
      const el = await list(html`<headline-list .feed=${sample} theme="light" limit="4"></headline-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme, with dark colours', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #15171c">
        <headline-list .feed=${sample} theme="dark" limit="4"></headline-list>
      </div>`);
      const el = await ready(wrapper.querySelector('headline-list')!);
      expect(getComputedStyle(one(el, '[part="title"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });

    it('names each link by its headline only', async () => {
      const el = await list(html`<headline-list .feed=${sample}></headline-list>`);
      const link = one(el, '[part="link"]')!;
      expect(link.textContent!.trim()).to.equal(titles(el)[0]);
      expect(link.querySelector('img')).to.equal(null);
    });
  });
});
