import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { fetchJson, SAMPLE_URL, uniqueKey } from '../../helpers/fixtures.js';

const ARTICLE_ID = 'coale-lukashenko-minsk-2026-03-19';
/** An item of the sample feed that has no takeaways. */
const WITHOUT_TAKEAWAYS = 'at-least-eight-bodies-recovered-in-comoros';

const SAMPLE_SOURCES = [
  { name: 'theguardian.com', href: 'https://www.theguardian.com/' },
  { name: 'en.wikipedia.org', href: 'https://en.wikipedia.org/' },
  { name: 'reutersconnect.com', href: 'https://www.reutersconnect.com/' },
];

/** A small feed for the cases the sample does not have. */
const INLINE_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    {
      id: 'inline',
      title: 'An inline article',
      language: 'en-GB',
      _news: {
        key_takeaways: [
          { text: 'Named by its domain.', source: { url: 'https://www.example.org/some/page?x=1' } },
          { text: 'No source at all.' },
          { text: '', source: { title: 'Nothing to cite', url: 'https://example.net/' } },
          { text: 'Named by its title.', source: { title: 'The Example Times', url: 'https://news.example.com/a' } },
        ],
      },
    },
  ],
};

const root = (el: KeyTakeaways): ShadowRoot => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: KeyTakeaways, selector: string): E | null => root(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: KeyTakeaways, selector: string): E[] => [...root(el).querySelectorAll<E>(selector)];
const texts = (el: KeyTakeaways, selector: string): string[] => $$(el, selector).map((node) => node.textContent!.trim());
const toggleOf = (el: KeyTakeaways): HTMLButtonElement => $<HTMLButtonElement>(el, '[part="toggle"]')!;

/** Resolves once the widget shows its feed (or settles in another state), then after Lit rendered. */
async function settled<E extends KeyTakeaways>(el: E, ready = (e: E) => !!$(e, '[part="base"], [part="empty"], [part="error"]') || e.hasAttribute('empty')): Promise<E> {
  for (let i = 0; i < 200 && !ready(el); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

describe('key-takeaways', () => {
  let sample: unknown;
  let errors: unknown[][];
  const originalError = console.error;

  before(async () => {
    sample = await fetchJson(SAMPLE_URL);
  });

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args);
      originalError.apply(console, args);
    };
  });

  afterEach(() => {
    console.error = originalError;
    expect(errors, 'console errors').to.deep.equal([]);
  });

  it('is defined as its own class', async () => {
    expect(customElements.get('key-takeaways')).to.equal(KeyTakeaways);
    expect(KeyTakeaways.tagName).to.equal('key-takeaways');
    const el = await fixture(html`<key-takeaways></key-takeaways>`);
    expect(el).to.be.instanceOf(KeyTakeaways);
  });

  it('renders the takeaways of the sample feed from src, each with its source', async () => {
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways src=${SAMPLE_URL}></key-takeaways>`));
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Key Takeaways');
    expect($(el, 'section[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const takeaways = $$(el, '[part="takeaway"]');
    expect(takeaways).to.have.length(3);
    expect(texts(el, '[part="text"]')[0]).to.match(/^Coale’s visit continues a broader U\.S\. strategy/);
    expect(texts(el, '[part="text"]')[2]).to.match(/reopening a U\.S\. embassy in Minsk$/);
    const links = $$<HTMLAnchorElement>(el, 'a[part="source"]');
    expect(links.map((link) => ({ name: link.textContent!.trim(), href: link.href }))).to.deep.equal(SAMPLE_SOURCES);
    for (const link of links) {
      expect(link.hasAttribute('target'), 'same tab by default').to.equal(false);
      expect(link.rel).to.equal('noopener');
      expect(link.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      expect(link.querySelector('.visually-hidden')).to.equal(null);
    }
    // The citation follows its takeaway in parentheses, as in the seed article.
    expect(takeaways[0].textContent!.replace(/\s+/g, ' ').trim()).to.match(/high‑profile figures\. \(theguardian\.com\)$/);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, and every part', async () => {
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`));
    for (const part of ['base', 'heading', 'list', 'takeaway', 'text', 'source', 'toggle']) {
      expect($(el, `[part~="${part}"]`), part).to.exist;
    }
    expect(texts(el, 'a[part="source"]')).to.deep.equal(['theguardian.com']);
  });

  it('takes its feed from an inline script and from a <news-feed> ancestor', async () => {
    const inline = await settled(
      await fixture<KeyTakeaways>(html`<key-takeaways>
        <script type="application/feed+json">${JSON.stringify(INLINE_FEED)}</script>
      </key-takeaways>`)
    );
    expect($$(inline, '[part="takeaway"]')).to.have.length(3);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><key-takeaways item=${ARTICLE_ID}></key-takeaways></news-feed>`);
    const provided = await settled(wrapper.querySelector('key-takeaways')!);
    expect(texts(provided, 'a[part="source"]')).to.deep.equal(SAMPLE_SOURCES.map((source) => source.name));
  });

  it('names a source without a title by its domain, and skips takeaways without text', async () => {
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${INLINE_FEED}></key-takeaways>`));
    expect(texts(el, '[part="text"]')).to.deep.equal(['Named by its domain.', 'No source at all.', 'Named by its title.']);
    const takeaways = $$(el, '[part="takeaway"]');
    expect(takeaways[0].querySelector('a')!.textContent!.trim()).to.equal('example.org');
    expect(takeaways[0].querySelector('a')!.href).to.equal('https://www.example.org/some/page?x=1');
    expect(takeaways[1].querySelector('a'), 'no source, no link').to.equal(null);
    expect(takeaways[1].textContent!.trim()).to.equal('No source at all.');
    expect(takeaways[2].querySelector('a')!.textContent!.trim()).to.equal('The Example Times');
    expect($(el, '[part="list"]')!.getAttribute('lang'), "the item's language").to.equal('en-GB');
  });

  it('shows the item named by `item`, and reacts when it changes', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'a', title: 'A', _news: { key_takeaways: [{ text: 'First A.' }] } },
        { id: 'b', title: 'B', _news: { key_takeaways: [{ text: 'First B.' }, { text: 'Second B.' }] } },
      ],
    };
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${feed} item="b"></key-takeaways>`));
    expect(texts(el, '[part="text"]')).to.deep.equal(['First B.', 'Second B.']);
    el.item = 'a';
    await el.updateComplete;
    expect(texts(el, '[part="text"]')).to.deep.equal(['First A.']);
    el.item = 'missing';
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
  });

  describe('limit', () => {
    it('shows the first `limit` takeaways and a "Show all N" toggle that controls the list', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="2"></key-takeaways>`));
      expect($$(el, '[part="takeaway"]')).to.have.length(2);
      const toggle = toggleOf(el);
      expect(toggle.localName).to.equal('button');
      expect(toggle.type).to.equal('button');
      expect(toggle.textContent!.trim()).to.equal('Show all 3');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const list = $(el, '[part="list"]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
      expect(root(el).getElementById(list.id)).to.equal(list);

      toggle.click();
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(3);
      expect(toggleOf(el)).to.equal(toggle, 'the same button stays');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Show fewer');

      toggle.click();
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(2);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('toggles with Enter and Space and keeps the focus on the button', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`));
      const toggle = toggleOf(el);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '[part="takeaway"]')).to.have.length(3);
      expect(root(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($$(el, '[part="takeaway"]')).to.have.length(1);
      expect(root(el).activeElement).to.equal(toggle);
    });

    it('has no toggle when every takeaway fits, or without a positive limit', async () => {
      for (const limit of ['3', '10', '0', '-1', 'abc']) {
        const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit=${limit}></key-takeaways>`));
        expect($$(el, '[part="takeaway"]'), `limit=${limit}`).to.have.length(3);
        expect(toggleOf(el), `limit=${limit}`).to.equal(null);
      }
    });

    it('collapses again when another item is shown', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`));
      toggleOf(el).click();
      await el.updateComplete;
      el.item = WITHOUT_TAKEAWAYS;
      await el.updateComplete;
      el.item = ARTICLE_ID;
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(1);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
    });
  });

  it('opens sources in a new tab with target="_blank", with rel and a hidden notice', async () => {
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} target="_blank"></key-takeaways>`));
    const links = $$<HTMLAnchorElement>(el, 'a[part="source"]');
    expect(links).to.have.length(3);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      const notice = link.querySelector('.visually-hidden')!;
      expect(notice.textContent!.trim()).to.equal('(opens in a new tab)');
      expect(getComputedStyle(notice).position).to.equal('absolute');
      expect(notice.getBoundingClientRect().width).to.be.at.most(1);
    }
    el.target = '_self';
    await el.updateComplete;
    expect(links[0].target).to.equal('_self');
    expect(links[0].rel).to.equal('noopener');
    expect(links[0].querySelector('.visually-hidden')).to.equal(null);
  });

  describe('heading', () => {
    it('follows heading-level, clamped to 2..6', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} heading-level="4"></key-takeaways>`));
      expect($(el, '[part="heading"]')!.localName).to.equal('h4');
      for (const [level, tag] of [[9, 'h6'], [1, 'h2'], [3, 'h3'], [Number.NaN, 'h2']] as const) {
        el.headingLevel = level;
        await el.updateComplete;
        expect($(el, '[part="heading"]')!.localName, String(level)).to.equal(tag);
      }
    });

    it('shows the `heading` text, and no heading for heading=""', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} heading="In brief"></key-takeaways>`));
      expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('In brief');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect($(el, '[part="heading"]')).to.equal(null);
      expect($(el, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect($(el, '[part="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect($$(el, '[part="takeaway"]')).to.have.length(3);
    });
  });

  describe('an item without takeaways', () => {
    it('renders nothing at all and takes no space', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <p>before</p>
        <key-takeaways .feed=${sample} item=${WITHOUT_TAKEAWAYS} style="margin: 2rem; padding: 1rem"></key-takeaways>
        <p>after</p>
      </div>`);
      const el = await settled(wrapper.querySelector('key-takeaways')!);
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.getBoundingClientRect().width).to.equal(0);
      expect(root(el).querySelector('*:not(style)'), 'no rendered element').to.equal(null);
      expect(root(el).textContent!.trim()).to.equal('');

      // Another item with takeaways brings the box back.
      el.item = ARTICLE_ID;
      await el.updateComplete;
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    });

    it('still shows the loading state until the feed says so', async () => {
      const src = `/api/feed?key=${uniqueKey('kt-empty-loading')}&delay=300`;
      const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} item=${WITHOUT_TAKEAWAYS}></key-takeaways>`);
      expect($(el, '[part="skeleton"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
      await settled(el, (e) => e.hasAttribute('empty'));
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  it('says so when the feed has no items', async () => {
    const el = await settled(
      await fixture<KeyTakeaways>(html`<key-takeaways .feed=${{ version: 'https://jsonfeed.org/version/1.1', items: [] }}></key-takeaways>`)
    );
    expect($(el, '[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a skeleton while loading', async () => {
    const src = `/api/feed?key=${uniqueKey('kt-loading')}&delay=3000`;
    const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} limit="2"></key-takeaways>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.base .skeleton-heading')).to.exist;
    expect(skeleton.querySelectorAll('.skeleton-takeaway'), 'one placeholder per takeaway shown').to.have.length(2);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect(skeleton.querySelector('.skeleton-heading')).to.equal(null);
  });

  it('shows an error with a retry button', async () => {
    const src = `/api/feed?key=${uniqueKey('kt-error')}&status=500`;
    const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} .loader=${new FeedLoader({ retries: 0 })}></key-takeaways>`);
    await settled(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.querySelector('button[part="retry"]')!.textContent!.trim()).to.equal('Try again');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  describe('accessibility', () => {
    it('passes axe in the light theme, collapsed and expanded', async () => {
      const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} theme="light" limit="2" target="_blank"></key-takeaways>`));
      await expect(el).to.be.accessible();
      toggleOf(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <key-takeaways .feed=${sample} theme="dark" limit="2"></key-takeaways>
      </div>`);
      const el = await settled(wrapper.querySelector('key-takeaways')!);
      expect(getComputedStyle($(el, '[part="text"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });

  it('mirrors in RTL: the accent bar moves to the right', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><key-takeaways .feed=${sample}></key-takeaways></div>`);
    const el = await settled(wrapper.querySelector('key-takeaways')!);
    const base = $(el, '[part="base"]')!;
    const style = getComputedStyle(base);
    expect(style.direction).to.equal('rtl');
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    // Bullets sit on the right of their text.
    const takeaway = $(el, '[part="takeaway"]')!;
    expect(getComputedStyle(takeaway, '::before').right).to.equal('2px');
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('أبرز النقاط');

    const ltr = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample}></key-takeaways>`));
    expect(getComputedStyle($(ltr, '[part="base"]')!).borderLeftWidth).to.equal('4px');
  });

  it('follows lang, its own or inherited', async () => {
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${sample} lang="de" limit="2" target="_blank"></key-takeaways>`));
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('Das Wichtigste in Kürze');
    expect(toggleOf(el).textContent!.trim()).to.equal('Alle 3 anzeigen');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(öffnet in einem neuen Tab)');
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).textContent!.trim()).to.equal('Weniger anzeigen');

    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><key-takeaways .feed=${sample}></key-takeaways></div>`);
    const inherited = await settled(wrapper.querySelector('key-takeaways')!);
    expect($(inherited, '[part="heading"]')!.textContent!.trim()).to.equal('Points clés');
  });

  it('takes any string from `strings`', async () => {
    const el = await settled(
      await fixture<KeyTakeaways>(html`<key-takeaways
        .feed=${sample}
        limit="1"
        target="_blank"
        .strings=${{ heading: 'At a glance', showAll: 'All {count} points', showFewer: 'Fewer points', opensInNewTab: '(new tab)' }}
      ></key-takeaways>`)
    );
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('At a glance');
    expect(toggleOf(el).textContent!.trim()).to.equal('All 3 points');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(new tab)');
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).textContent!.trim()).to.equal('Fewer points');
  });

  it('applies its CSS custom properties', async () => {
    const el = await settled(
      await fixture<KeyTakeaways>(html`<key-takeaways
        .feed=${sample}
        style="--news-key-takeaways-accent: rgb(200, 0, 100); --news-key-takeaways-background: rgb(1, 2, 3); --news-key-takeaways-bar-width: 7px"
      ></key-takeaways>`)
    );
    const base = getComputedStyle($(el, '[part="base"]')!);
    expect(base.borderLeftColor).to.equal('rgb(200, 0, 100)');
    expect(base.borderLeftWidth).to.equal('7px');
    expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part="takeaway"]')!, '::before').backgroundColor).to.equal('rgb(200, 0, 100)');
  });

  it('renders hostile strings as inert text', async () => {
    const hostile = (await fetchJson('/test/fixtures/hostile.json')) as { items: { _news: { key_takeaways: unknown[] } }[] };
    hostile.items[0]._news.key_takeaways.push({
      text: '<script>alert(11)</script>',
      source: { title: '<img src=x onerror=alert(12)>', url: 'https://example.com/"><svg onload=alert(13)>' },
    });
    const el = await settled(await fixture<KeyTakeaways>(html`<key-takeaways .feed=${hostile} target="_blank"></key-takeaways>`));
    expect(texts(el, '[part="text"]')).to.deep.equal(['<iframe src=javascript:alert(9)>', '<script>alert(11)</script>']);
    const takeaways = $$(el, '[part="takeaway"]');
    expect(takeaways[0].querySelector('a'), 'the javascript: source was dropped').to.equal(null);
    const link = takeaways[1].querySelector('a')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('<img src=x onerror=alert(12)> (opens in a new tab)');
    expect(link.href).to.match(/^https:\/\/example\.com\//);
    expect($$(el, 'img, script, iframe, svg:not(.chevron)')).to.have.length(0);
    for (const anchor of $$<HTMLAnchorElement>(el, 'a')) expect(anchor.href).not.to.match(/^javascript:/i);
  });
});
