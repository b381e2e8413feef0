import { expect, fixture, html } from '@open-wc/testing';
import { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, UNTITLED_SOURCES_FEED } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itFollowsHeadingLevel, itTakesTheHeadingText } from '../../helpers/heading-behaviour.js';

const SAMPLE_SOURCES = [
  { name: 'theguardian.com', href: 'https://www.theguardian.com/' },
  { name: 'en.wikipedia.org', href: 'https://en.wikipedia.org/' },
  { name: 'reutersconnect.com', href: 'https://www.reutersconnect.com/' },
];

describe('key-takeaways', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('key-takeaways')).to.equal(KeyTakeaways);
    expect(KeyTakeaways.tagName).to.equal('key-takeaways');
    const el = await fixture(html`<key-takeaways></key-takeaways>`);
    expect(el).to.be.instanceOf(KeyTakeaways);
  });

  it('renders the takeaways of the sample feed from src, each with its source', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways src=${SAMPLE_FEED_URL}></key-takeaways>`);
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
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
    for (const part of ['base', 'heading', 'list', 'takeaway', 'text', 'source', 'toggle']) {
      expect($(el, `[part~="${part}"]`), part).to.exist;
    }
    expect(texts(el, 'a[part="source"]')).to.deep.equal(['theguardian.com']);
  });

  it('takes its feed from an inline script and from a <news-feed> ancestor', async () => {
    const inline = await mount<KeyTakeaways>(html`<key-takeaways>
        <script type="application/feed+json">${JSON.stringify(UNTITLED_SOURCES_FEED)}</script>
      </key-takeaways>`);
    expect($$(inline, '[part="takeaway"]')).to.have.length(3);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><key-takeaways item=${SEED_ARTICLE_ID}></key-takeaways></news-feed>`);
    const provided = await rendered(wrapper.querySelector('key-takeaways')!);
    expect(texts(provided, 'a[part="source"]')).to.deep.equal(SAMPLE_SOURCES.map((source) => source.name));
  });

  it('names a source without a title by its domain, and skips takeaways without text', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${UNTITLED_SOURCES_FEED}></key-takeaways>`);
    expect(texts(el, '[part="text"]')).to.deep.equal([
      'A source without a title is named by its domain, without "www.".',
      'A takeaway may also have no source at all.',
      'Titled sources keep their title.',
    ]);
    const takeaways = $$(el, '[part="takeaway"]');
    expect(takeaways[0].querySelector('a')!.textContent!.trim()).to.equal('example.org');
    expect(takeaways[0].querySelector('a')!.href).to.equal('https://www.example.org/reports/2026?x=1');
    expect(takeaways[1].querySelector('a'), 'no source, no link').to.equal(null);
    expect(takeaways[1].textContent!.trim()).to.equal('A takeaway may also have no source at all.');
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
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${feed} item="b"></key-takeaways>`);
    expect(texts(el, '[part="text"]')).to.deep.equal(['First B.', 'Second B.']);
    el.item = 'a';
    await el.updateComplete;
    expect(texts(el, '[part="text"]')).to.deep.equal(['First A.']);
    el.item = 'missing';
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
  });

  it('opens sources in a new tab with target="_blank", with rel and a hidden notice', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} target="_blank"></key-takeaways>`);
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
    itFollowsHeadingLevel('key-takeaways');

    itTakesTheHeadingText('key-takeaways', { content: '[part="takeaway"]' });
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways
        .feed=${sample}
        style="--news-key-takeaways-accent: rgb(200, 0, 100); --news-key-takeaways-background: rgb(1, 2, 3); --news-key-takeaways-bar-width: 7px"
      ></key-takeaways>`);
    const base = getComputedStyle($(el, '[part="base"]')!);
    expect(base.borderLeftColor).to.equal('rgb(200, 0, 100)');
    expect(base.borderLeftWidth).to.equal('7px');
    expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part="takeaway"]')!, '::before').backgroundColor).to.equal('rgb(200, 0, 100)');
  });

  it('renders hostile strings as inert text', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { _news: { key_takeaways: unknown[] } }[] };
    hostile.items[0]._news.key_takeaways.push({
      text: '<script>alert(11)</script>',
      source: { title: '<img src=x onerror=alert(12)>', url: 'https://example.com/"><svg onload=alert(13)>' },
    });
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${hostile} target="_blank"></key-takeaways>`);
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
