import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ArticleCard } from '../../../src/components/article-card/article-card.js';
import '../../../src/components/article-card/article-card.define.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { fetchJson, uniqueKey } from '../../helpers/fixtures.js';
import { SAMPLE_FEED_URL as SAMPLE_URL } from '../../../sample/sample-data.js';

const SEED_ID = 'coale-lukashenko-minsk-2026-03-19';
const TITLE_ONLY_ID = 'israel-reopens-key-gaza-crossing';
const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]';

type RawFeed = { items: Record<string, unknown>[] } & Record<string, unknown>;

/** The card once its feed is rendered (or it shows a state message). */
async function ready(el: ArticleCard): Promise<ArticleCard> {
  await waitUntil(() => el.shadowRoot?.querySelector('article, [part="empty"], [role="alert"]'), 'card did not render', { timeout: 4000 });
  return el;
}

const $ = (el: ArticleCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ArticleCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: ArticleCard, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('article-card', () => {
  /** The sample feed as parsed JSON, with its own URL declared so relative image paths resolve. */
  let sample: RawFeed;
  let hostile: unknown;
  const consoleErrors: unknown[][] = [];
  const originalError = console.error;

  /** A one-item feed built on the sample's first item. */
  const feedWith = (item: Record<string, unknown>): RawFeed => ({ ...sample, items: [{ ...sample.items[0], ...item }] });

  before(async () => {
    const raw = (await fetchJson(SAMPLE_URL)) as RawFeed;
    sample = { ...raw, feed_url: new URL(SAMPLE_URL, location.href).href };
    hostile = await fetchJson('/test/fixtures/hostile.json');
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError.apply(console, args);
    };
  });

  after(() => {
    console.error = originalError;
  });

  it('is defined as ArticleCard', () => {
    expect(customElements.get('article-card')).to.equal(ArticleCard);
    expect(document.createElement('article-card')).to.be.instanceOf(ArticleCard);
  });

  it('renders the seed article from src', async () => {
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" src=${SAMPLE_URL}></article-card>`));
    const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(`https://news.example/headlines/${SEED_ID}`);
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
    const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
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
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${sample}></article-card>`));
    const list = $(el, 'ul[part="tags"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Tags');
    expect($$(el, 'li[part="tag"]').map((tag) => tag.textContent)).to.deep.equal(['Finance', 'World News', 'Politics']);
    expect(list.querySelector('a, button')).to.equal(null);
  });

  it('shows the item named by `item`, without empty parts', async () => {
    const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample} item=${TITLE_ONLY_ID}></article-card>`));
    expect(text(el, '[part="title"]')).to.equal('Israel reopens key Gaza crossing amid new truce push');
    expect(($(el, 'img') as HTMLImageElement).alt).to.equal('Image for Israel reopens key Gaza crossing amid new truce push');
    // No caption: no figure, just the image box.
    expect($(el, 'figure')).to.equal(null);
    for (const part of ['summary', 'meta', 'tags', 'caption']) expect($(el, `[part="${part}"]`), part).to.equal(null);

    el.item = SEED_ID;
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.match(/^Trump's envoy Coale/);
  });

  it('says so when the item is not in the feed, or the feed is empty', async () => {
    const missing = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${sample} item="no-such-id"></article-card>`));
    expect(text(missing, '[part="empty"]')).to.equal('This article is not in the feed.');
    expect($(missing, 'article')).to.equal(null);

    const empty = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${{ ...sample, items: [] }}></article-card>`));
    expect(text(empty, '[part="empty"]')).to.equal('Nothing to show yet.');
  });

  describe('layouts', () => {
    it('vertical (the default) puts the image above the text', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
      expect(el.layout).to.equal('vertical');
      expect(el.getAttribute('layout')).to.equal('vertical');
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(body.top).to.be.at.least(image.bottom);
    });

    it('horizontal puts the image beside the text, and falls back to vertical when narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
        <article-card layout="horizontal" .feed=${sample}></article-card>
      </div>`);
      const el = await ready(wrapper.querySelector('article-card')!);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).flexDirection).to.equal('row');
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(image.right).to.be.at.most(body.left);
      expect(image.top).to.be.below(body.bottom);

      wrapper.style.width = '400px';
      await waitUntil(() => getComputedStyle(card).flexDirection === 'column', 'no vertical fallback at 400px');
      expect($(el, '[part="body"]')!.getBoundingClientRect().top).to.be.at.least($(el, '.frame')!.getBoundingClientRect().bottom);
    });

    it('compact has no image', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card layout="compact" .feed=${sample}></article-card>`));
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'figure, [part="caption"]')).to.equal(null);
      expect($(el, '[part="title"]')).to.exist;
      expect($(el, '[part="summary"]')).to.exist;
    });

    it('hero sets white text on a scrim over the image', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
        <article-card layout="hero" .feed=${sample} item=${TITLE_ONLY_ID}></article-card>
      </div>`);
      const el = await ready(wrapper.querySelector('article-card')!);
      const image = $(el, 'img')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!;
      const box = body.getBoundingClientRect();
      // The text block lies inside the image, at its bottom.
      expect(box.top).to.be.above(image.top);
      expect(box.bottom).to.be.closeTo(image.bottom, 1);
      expect(box.left).to.be.closeTo(image.left, 1);
      expect(getComputedStyle(body).backgroundImage).to.contain('linear-gradient');
      for (const theme of ['light', 'dark'] as const) {
        el.theme = theme;
        await el.updateComplete;
        expect(getComputedStyle($(el, '[part="title"]')!).color, theme).to.equal('rgb(255, 255, 255)');
      }
      // The card keeps at least the image's 16:9 shape.
      expect(image.height).to.be.at.least((image.width * 9) / 16 - 1);
    });

    it('hero without an image has a solid accent-tinted background instead', async () => {
      const feed = feedWith({ image: undefined });
      const el = await ready(await fixture<ArticleCard>(html`<article-card layout="hero" theme="light" .feed=${feed}></article-card>`));
      expect($(el, 'img')).to.equal(null);
      const card = $(el, '[part="base"]')!;
      // 20% of the accent #0b5cad over the white background.
      const channels = getComputedStyle(card).backgroundColor.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)\)$/)!.slice(1);
      expect(channels.map((c) => Math.round(Number(c) * 255))).to.deep.equal([206, 222, 239]);
      expect(getComputedStyle($(el, '[part="title"]')!).color).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle($(el, '[part="body"]')!).backgroundImage).to.equal('none');
    });

    it('an unknown layout renders as vertical', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card layout="sideways" .feed=${sample}></article-card>`));
      expect($(el, '[part="base"]')!.classList.contains('vertical')).to.equal(true);
      expect($(el, 'img')).to.exist;
    });
  });

  it('draws the card without the image when the image fails to load', async () => {
    // A file that is there but is no image: the error event without a 404 in the logs.
    const feed = feedWith({ image: '/sample/README.md' });
    const el = await ready(await fixture<ArticleCard>(html`<article-card layout="hero" .feed=${feed}></article-card>`));
    await waitUntil(() => !$(el, 'img'), 'the broken image stayed');
    expect($(el, '[part="base"]')!.classList.contains('no-image')).to.equal(true);
  });

  it('heading-level sets the title heading, clamped to 2..6', async () => {
    const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
    expect($(el, '[part="title"]')!.localName).to.equal('h3');
    for (const [level, tag] of [[2, 'h2'], [5, 'h5'], [9, 'h6'], [1, 'h2']] as const) {
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
    const feed = feedWith({ date_published: twoDaysAgo });
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" date-format="relative" .feed=${feed}></article-card>`));
    expect(text(el, '[part="date"]')).to.equal('2 days ago');
    expect(new Date($(el, 'time')!.getAttribute('datetime')!).getTime()).to.be.closeTo(new Date(twoDaysAgo).getTime(), 1000);
    expect($(el, 'time')!.title, 'the exact date as tooltip').to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(twoDaysAgo)));
    el.dateFormat = 'absolute';
    await el.updateComplete;
    expect(text(el, '[part="date"]')).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(twoDaysAgo)));
  });

  it('joins several authors in the reader’s language', async () => {
    const feed = feedWith({ authors: [{ name: 'Ana Ruiz' }, { name: 'Tom Berg' }, { name: 'Li Wei' }] });
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${feed}></article-card>`));
    expect(text(el, '[part="author"]')).to.equal('By Ana Ruiz, Tom Berg, and Li Wei');
  });

  it('labels a sponsored item', async () => {
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${feedWith({ _news: { sponsored: true, category: 'Markets' } })}></article-card>`));
    expect(text(el, '[part="sponsored"]')).to.equal('Sponsored');
    expect(text(el, '[part="category"]')).to.equal('Markets');
  });

  it('falls back to an excerpt of the text when the item has no title', async () => {
    const summary =
      'Central banks across Europe signalled on Thursday that interest rates will stay higher for longer, as inflation in services proves sticky.';
    const el = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${feedWith({ title: undefined, summary })}></article-card>`));
    const title = text(el, '[part="title"]')!;
    expect(title).to.match(/^Central banks across Europe signalled on Thursday that interest rates will stay.*…$/);
    expect(title.length).to.be.at.most(92);
    expect(summary.startsWith(title.slice(0, -1))).to.equal(true);
    // The summary is not repeated under its own excerpt.
    expect($(el, '[part="summary"]')).to.equal(null);

    const bare = feedWith({ title: undefined, summary: undefined, content_html: undefined, content_text: undefined });
    const untitled = await ready(await fixture<ArticleCard>(html`<article-card lang="en" .feed=${bare}></article-card>`));
    expect(text(untitled, '[part="title"]')).to.equal('Untitled article');
  });

  describe('news-select and the link', () => {
    it('is cancelable: preventDefault() keeps the page where it is, and the detail names the item', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
      const before = location.href;
      const listener = (event: NewsEvent<'news-select'>) => event.preventDefault();
      document.addEventListener('news-select', listener);
      try {
        const link = $(el, 'a') as HTMLAnchorElement;
        setTimeout(() => link.click());
        const event = await oneEvent(document, 'news-select');
        expect(event.detail.item.id).to.equal(SEED_ID);
        expect(event.detail.url).to.equal(link.href);
        expect(event.detail.originalEvent).to.be.instanceOf(MouseEvent);
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        expect(event.defaultPrevented).to.equal(true);
        expect((event.detail.originalEvent as MouseEvent).defaultPrevented).to.equal(true);
      } finally {
        document.removeEventListener('news-select', listener);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });

    it('leaves the click alone when nobody cancels it, and ignores modified clicks', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
      const link = $(el, 'a') as HTMLAnchorElement;
      const selected: Event[] = [];
      const clicks: boolean[] = [];
      const onSelect = (event: Event) => selected.push(event);
      // The card has had its say by the time the click reaches window; stop the navigation there.
      const onClick = (event: MouseEvent) => {
        clicks.push(event.defaultPrevented);
        event.preventDefault();
      };
      el.addEventListener('news-select', onSelect);
      window.addEventListener('click', onClick);
      try {
        link.click();
        expect(selected).to.have.length(1);
        expect(clicks).to.deep.equal([false]);
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 1 }));
        expect(selected).to.have.length(1);
      } finally {
        el.removeEventListener('news-select', onSelect);
        window.removeEventListener('click', onClick);
      }
    });

    it('is the one focusable element: Tab reaches it, the card shows the ring, Enter selects', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <article-card .feed=${sample}></article-card>
      </div>`);
      const el = await ready(wrapper.querySelector('article-card')!);
      expect($$(el, FOCUSABLE)).to.have.length(1);
      const link = $(el, 'a')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
      expect(getComputedStyle(link).outlineStyle).to.equal('none');

      const listener = (event: Event) => event.preventDefault();
      el.addEventListener('news-select', listener);
      const before = location.href;
      try {
        setTimeout(() => sendKeys({ press: 'Enter' }));
        const event = await oneEvent(el, 'news-select');
        expect(event.detail.item.id).to.equal(SEED_ID);
      } finally {
        el.removeEventListener('news-select', listener);
      }
      expect(location.href).to.equal(before);
    });

    it('stretches the link over the whole card', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${sample}></article-card>`));
      const card = $(el, '[part="base"]')!.getBoundingClientRect();
      // The point over the image is not inside the link's text, yet the click lands on the link.
      const hit = el.shadowRoot!.elementFromPoint(card.left + 20, card.top + 20);
      expect(hit).to.equal($(el, 'a'));
    });

    it('renders the title as text when the item has no URL', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${feedWith({ url: undefined })}></article-card>`));
      expect($(el, 'a')).to.equal(null);
      expect($$(el, FOCUSABLE)).to.have.length(0);
      expect(text(el, '[part="title"]')).to.match(/^Trump's envoy Coale/);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the vertical layout, ${theme} theme`, async () => {
        const el = await ready(await fixture<ArticleCard>(html`<article-card theme=${theme} .feed=${sample}></article-card>`));
        await expect(el).to.be.accessible();
      });

      it(`passes axe (contrast included) in hero with and without an image, ${theme} theme`, async () => {
        const withImage = await ready(await fixture<ArticleCard>(html`<article-card layout="hero" theme=${theme} .feed=${sample}></article-card>`));
        await expect(withImage).to.be.accessible();
        const solid = await ready(
          await fixture<ArticleCard>(html`<article-card layout="hero" theme=${theme} .feed=${feedWith({ image: undefined, _news: { category: 'Markets', sponsored: true } })}></article-card>`)
        );
        await expect(solid).to.be.accessible();
      });
    }

    it('passes axe in the compact and horizontal layouts', async () => {
      for (const layout of ['compact', 'horizontal']) {
        const el = await ready(await fixture<ArticleCard>(html`<article-card layout=${layout} .feed=${sample}></article-card>`));
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('states', () => {
    it('shows a skeleton with the card’s footprint while loading', async () => {
      const src = `/api/feed?key=${uniqueKey('article-card-loading')}&delay=3000`;
      const el = await fixture<ArticleCard>(html`<article-card lang="en" layout="horizontal" src=${src}></article-card>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(el, '[role="status"]')).to.equal('Loading…');
      expect(skeleton.querySelector('.card.horizontal .frame')).to.exist;
      expect(skeleton.querySelectorAll('.skeleton-line').length).to.be.at.least(3);

      el.layout = 'compact';
      await el.updateComplete;
      expect($(el, '[part="skeleton"] .card.compact')).to.exist;
      expect($(el, '[part="skeleton"] .frame')).to.equal(null);
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const src = `/api/feed?key=${uniqueKey('article-card-error')}&status=500`;
      const el = await fixture<ArticleCard>(html`<article-card lang="en" src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-card>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', { timeout: 4000 });
      expect(text(el, '[role="alert"] .error-title')).to.equal('This content could not be loaded.');
      expect($(el, 'button[part="retry"]')!.textContent).to.equal('Try again');
    });
  });

  describe('language and direction', () => {
    it('mirrors in RTL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 700px">
        <article-card layout="horizontal" .feed=${sample}></article-card>
      </div>`);
      const el = await ready(wrapper.querySelector('article-card')!);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // The thumbnail sits at the inline start: on the right.
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(image.left).to.be.at.least(body.right);
      expect(getComputedStyle($(el, '.media')!).paddingRight).to.equal('20px');
      expect(getComputedStyle($(el, '.media')!).paddingLeft).to.equal('0px');
    });

    it('follows lang="de" for strings and dates', async () => {
      const el = await ready(await fixture<ArticleCard>(html`<article-card lang="de" .feed=${sample}></article-card>`));
      expect(text(el, '[part="author"]')).to.equal('Von Mark Trevelyan');
      expect(text(el, '[part="date"]')).to.equal('19. März 2026');
      expect(text(el, '[part="reading-time"]')).to.equal('3 Min. Lesezeit');
      expect($(el, '[part="tags"]')!.getAttribute('aria-label')).to.equal('Schlagwörter');
    });

    it('inherits the language of the page around it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><article-card .feed=${sample}></article-card></div>`);
      const el = await ready(wrapper.querySelector('article-card')!);
      expect(text(el, '[part="author"]')).to.equal('Par Mark Trevelyan');
      expect(text(el, '[part="reading-time"]')).to.equal('3 min de lecture');
    });

    it('takes string overrides', async () => {
      const el = await ready(
        await fixture<ArticleCard>(html`<article-card lang="en" .strings=${{ readingTime: '{duration} to read', byline: 'Written by {authors}' }} .feed=${sample}></article-card>`)
      );
      expect(text(el, '[part="reading-time"]')).to.equal('3 min to read');
      expect(text(el, '[part="author"]')).to.equal('Written by Mark Trevelyan');
    });
  });

  it('renders hostile strings as inert text', async () => {
    const el = await ready(await fixture<ArticleCard>(html`<article-card .feed=${hostile}></article-card>`));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img, svg, iframe, b')).to.have.length(0);
    const urls = [...root.querySelectorAll('[href], [src]')].map((node) => node.getAttribute('href') ?? node.getAttribute('src')!);
    expect(urls.filter((url) => /^\s*javascript:/i.test(url))).to.deep.equal([]);
    expect(text(el, '[part="title"]')).to.equal('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(text(el, '[part="category"]')).to.equal('<style>*{display:none}</style>');
    expect(text(el, '[part="tag"]')).to.equal('<b>bold</b>');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).to.deep.equal([]);
  });
});
