import { expect, fixture, html } from '@open-wc/testing';
import { EditorialDisclosure } from '../../../src/components/editorial-disclosure/editorial-disclosure.js';
import '../../../src/components/editorial-disclosure/editorial-disclosure.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { EMPTY_FEED, feedOf, MIXED_FEED, SAMPLE_FEED as sample, SAMPLE_FEED_URL } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, shadow, text, texts } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itFollowsHeadingLevel, itTakesTheHeadingText } from '../../helpers/heading-behaviour.js';

const DISCLOSURE_START = 'Global Banking & Finance Review® is an online platform offering news, analysis, and opinion';
const DISCLOSURE_END = 'We will not be responsible for any loss you may suffer as a result of any omission or inaccuracy on the website.';

describe('editorial-disclosure', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('editorial-disclosure')).to.equal(EditorialDisclosure);
    expect(EditorialDisclosure.tagName).to.equal('editorial-disclosure');
    expect(await fixture(html`<editorial-disclosure></editorial-disclosure>`)).to.be.instanceOf(EditorialDisclosure);
  });

  it('renders the feed’s disclosure from src under its heading, the whole text in the DOM', async () => {
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure src=${SAMPLE_FEED_URL}></editorial-disclosure>`);
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Editorial & advertiser disclosure');
    expect($(el, 'section[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const textBox = $(el, '[part="text"]')!;
    expect(textBox.textContent!.trim()).to.match(new RegExp(`^${DISCLOSURE_START.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(textBox.textContent!.trim().endsWith(DISCLOSURE_END), 'the whole text is there, collapsed').to.equal(true);
    expect(textBox.getAttribute('dir')).to.equal('auto');
    expect(textBox.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="sponsored"]'), 'the seed article is not sponsored').to.equal(null);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor’s feed, with every part', async () => {
    const sponsoredSample = { ...sample, items: [{ ...sample.items[0], _news: { ...sample.items[0]._news, sponsored: true } }] };
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sponsoredSample}></editorial-disclosure>`);
    for (const part of ['base', 'heading', 'sponsored', 'text', 'toggle']) expect($(el, `[part~="${part}"]`), part).to.exist;
    const inline = await mount<EditorialDisclosure>(html`<editorial-disclosure>
      <script type="application/feed+json">${JSON.stringify(sample)}</script>
    </editorial-disclosure>`);
    expect(text(inline, '[part="text"]')).to.have.length.greaterThan(1000);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><editorial-disclosure></editorial-disclosure></news-feed>`);
    const provided = await rendered(wrapper.querySelector('editorial-disclosure')!);
    expect(text(provided, '[part="text"]')).to.have.length.greaterThan(1000);
  });

  it('shows the Sponsored label for a sponsored article (item, else the first), also without a disclosure', async () => {
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${MIXED_FEED} item="payments"></editorial-disclosure>`);
    expect(text(el, '[part="sponsored"]')).to.equal('Sponsored');
    expect($(el, '[part="text"]'), 'this feed has no disclosure').to.equal(null);
    expect($(el, '[part="toggle"]')).to.equal(null);
    expect(el.hasAttribute('empty')).to.equal(false);
    el.item = 'rates';
    await el.updateComplete;
    expect(el.hasAttribute('empty'), 'neither a disclosure nor a sponsored article').to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(shadow(el).querySelector('*:not(style)')).to.equal(null);
    // The disclosure is the feed's: an article that is not in the feed does not hide it.
    const missing = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample} item="missing"></editorial-disclosure>`);
    expect($(missing, '[part="text"]')).to.exist;
    expect($(missing, '[part="empty"]')).to.equal(null);
  });

  it('keeps the paragraphs of the disclosure', async () => {
    const feed = feedOf([{ id: 'a', title: 'A' }], { _news: { disclosure: 'First paragraph.\n\nSecond paragraph.' } });
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${feed}></editorial-disclosure>`);
    expect(texts(el, '[part="text"] p')).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    // Measured once laid out: a short text needs no button.
    await until(() => !$(el, '[part="toggle"]'), 'a short text still offers "Read more"');
  });

  it('renders nothing without a disclosure or a sponsored article', async () => {
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${EMPTY_FEED}></editorial-disclosure>`);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  describe('heading', () => {
    itFollowsHeadingLevel('editorial-disclosure');

    itTakesTheHeadingText('editorial-disclosure', { content: '[part="text"]' });
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure
      .feed=${sample}
      style="--news-editorial-disclosure-background: rgb(1, 2, 3); --news-editorial-disclosure-padding: 9px; --news-editorial-disclosure-font-size: 15px; --news-editorial-disclosure-lines: 2"
    ></editorial-disclosure>`);
    const base = getComputedStyle($(el, '[part="base"]')!);
    expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(base.paddingTop).to.equal('9px');
    const textBox = $(el, '[part="text"]')!;
    expect(getComputedStyle(textBox).fontSize).to.equal('15px');
    expect(textBox.clientHeight).to.be.closeTo(2 * parseFloat(getComputedStyle(textBox).lineHeight), 1);
  });

  it('renders hostile strings as inert text', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { _news?: Record<string, unknown> };
    hostile._news = { disclosure: '<img src=x onerror=alert(50)><script>alert(51)</script>' };
    const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${hostile}></editorial-disclosure>`);
    expect(text(el, '[part="text"]')).to.equal('<img src=x onerror=alert(50)><script>alert(51)</script>');
    expect($$(el, 'img, script, iframe, svg:not(.chevron)')).to.have.length(0);
  });
});
