import { expect, fixture, html } from '@open-wc/testing';
import { ReferenceList } from '../../../src/components/reference-list/reference-list.js';
import '../../../src/components/reference-list/reference-list.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, text, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itFollowsHeadingLevel, itTakesTheHeadingText } from '../../helpers/heading-behaviour.js';
import { LINKED_REFERENCES_FEED } from './reference-list.helpers.js';

const SEED_TITLES = [
  'Belarus frees 52 political prisoners, including foreigners, after visit by US delegation | Belarus | The Guardian',
  'Human rights in Belarus',
  'Prisoner releases show Belarus wants to normalise relations with the West, says U.S. envoy | Reuters Connect',
];

describe('reference-list', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('reference-list')).to.equal(ReferenceList);
    expect(ReferenceList.tagName).to.equal('reference-list');
    expect(await fixture(html`<reference-list></reference-list>`)).to.be.instanceOf(ReferenceList);
  });

  it('renders the seed article’s references from src under a "References" heading', async () => {
    const el = await mount<ReferenceList>(html`<reference-list src=${SAMPLE_FEED_URL}></reference-list>`);
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('References');
    expect($(el, 'section[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect($(el, '[part="list"]')!.localName).to.equal('ol');
    expect(texts(el, '[part~="title"]')).to.deep.equal(SEED_TITLES);
    // The sample gives no URLs; titles that end with their publisher do not repeat it.
    expect($(el, 'a')).to.equal(null);
    expect($$(el, '[part="publisher"]')).to.have.length(0);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor alike', async () => {
    expect(texts(await mount<ReferenceList>(html`<reference-list .feed=${sample}></reference-list>`), '[part~="title"]')).to.deep.equal(
      SEED_TITLES
    );
    const inline = await mount<ReferenceList>(html`<reference-list>
      <script type="application/feed+json">${JSON.stringify(LINKED_REFERENCES_FEED)}</script>
    </reference-list>`);
    expect($$(inline, '[part="reference"]')).to.have.length(3);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><reference-list item=${SEED_ARTICLE_ID}></reference-list></news-feed>`);
    expect(texts(await rendered(wrapper.querySelector('reference-list')!), '[part~="title"]')).to.deep.equal(SEED_TITLES);
  });

  it('links titles that have a URL and names their publisher', async () => {
    const el = await mount<ReferenceList>(html`<reference-list .feed=${LINKED_REFERENCES_FEED}></reference-list>`);
    const references = $$(el, '[part="reference"]');
    const first = references[0].querySelector<HTMLAnchorElement>('a[part="title link"]')!;
    expect(first.href).to.equal('https://en.wikipedia.org/wiki/Human_rights_in_Belarus');
    expect(first.rel).to.equal('noopener');
    expect(first.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    expect(first.hasAttribute('target')).to.equal(false);
    expect(references[0].querySelector('[part="publisher"]')!.textContent).to.equal('Wikipedia');
    expect(references[1].querySelector('a')).to.equal(null);
    expect(references[1].querySelector('span[part="title"]')!.textContent).to.equal('A reference without a link');
    expect(references[1].querySelector('[part="publisher"]')!.textContent).to.equal('Example Press');
    expect(references[2].querySelector('[part="publisher"]'), 'the title already names it').to.equal(null);
    expect($(el, '[part="list"]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('opens links in a new tab with target="_blank", with rel and a hidden notice', async () => {
    const el = await mount<ReferenceList>(html`<reference-list .feed=${LINKED_REFERENCES_FEED} target="_blank"></reference-list>`);
    const links = $$<HTMLAnchorElement>(el, 'a');
    expect(links).to.have.length(2);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
    }
    el.target = '_self';
    await el.updateComplete;
    expect(links[0].rel).to.equal('noopener');
    expect(links[0].querySelector('.visually-hidden')).to.equal(null);
  });

  describe('heading', () => {
    itFollowsHeadingLevel('reference-list');

    itTakesTheHeadingText('reference-list', { content: '[part="reference"]' });
  });

  it('shows the article named by `item`, and reacts when it changes', async () => {
    const feed = feedOf([
      { id: 'a', title: 'A', _news: { references: [{ title: 'Ref A' }] } },
      { id: 'b', title: 'B', _news: { references: [{ title: 'Ref B1' }, { title: 'Ref B2' }] } },
    ]);
    const el = await mount<ReferenceList>(html`<reference-list .feed=${feed} item="b"></reference-list>`);
    expect(texts(el, '[part~="title"]')).to.deep.equal(['Ref B1', 'Ref B2']);
    el.item = 'a';
    await el.updateComplete;
    expect(texts(el, '[part~="title"]')).to.deep.equal(['Ref A']);
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<ReferenceList>(html`<reference-list
      .feed=${sample}
      style="--news-reference-list-gap: 13px; --news-reference-list-marker-color: rgb(200, 0, 100)"
    ></reference-list>`);
    expect(getComputedStyle($(el, '[part="list"]')!).rowGap).to.equal('13px');
    expect(getComputedStyle($(el, '[part="reference"]')!, '::marker').color).to.equal('rgb(200, 0, 100)');
  });

  it('renders hostile strings as inert text and drops unsafe links', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { _news: Record<string, unknown> }[] };
    hostile.items[0]._news.references = [
      { title: '<img src=x onerror=alert(30)>', url: 'javascript:alert(31)', publisher: '<script>alert(32)</script>' },
      { title: '"><svg onload=alert(33)>', url: 'https://example.com/"><svg onload=alert(34)>' },
      { title: 'data', url: 'data:text/html,<script>alert(35)</script>' },
    ];
    const el = await mount<ReferenceList>(html`<reference-list .feed=${hostile}></reference-list>`);
    expect(texts(el, '[part~="title"]')).to.deep.equal(['<img src=x onerror=alert(30)>', '"><svg onload=alert(33)>', 'data']);
    expect(text(el, '[part="publisher"]')).to.equal('<script>alert(32)</script>');
    const links = $$<HTMLAnchorElement>(el, 'a');
    expect(links).to.have.length(1);
    expect(links[0].href).to.match(/^https:\/\/example\.com\//);
    expect($$(el, 'img, script, svg')).to.have.length(0);
  });
});
