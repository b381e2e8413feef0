import { expect, fixture, html } from '@open-wc/testing';
import { QuickSummary } from '../../../src/components/quick-summary/quick-summary.js';
import '../../../src/components/quick-summary/quick-summary.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, shadow, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itFollowsHeadingLevel, itTakesTheHeadingText } from '../../helpers/heading-behaviour.js';

const SEED_SUMMARY = sample.items[0].summary;

const twoSummaries = feedOf([
  { id: 'a', title: 'A', summary: 'Summary of A.', language: 'fr' },
  { id: 'b', title: 'B', summary: '  Summary of B,\nin two lines.  ' },
]);

describe('quick-summary', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('quick-summary')).to.equal(QuickSummary);
    expect(QuickSummary.tagName).to.equal('quick-summary');
    expect(await fixture(html`<quick-summary></quick-summary>`)).to.be.instanceOf(QuickSummary);
  });

  it("renders the sample article's summary from src, under a heading that names the section", async () => {
    const el = await mount<QuickSummary>(html`<quick-summary src=${SAMPLE_FEED_URL}></quick-summary>`);
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Quick Summary');
    const base = $(el, 'section[part="base"]')!;
    expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
    const summary = $(el, 'p[part="text"]')!;
    expect(summary.textContent).to.equal(SEED_SUMMARY);
    expect(summary.getAttribute('dir')).to.equal('auto');
    expect(summary.getAttribute('lang'), "the item's language").to.equal('en');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor', async () => {
    const fromProperty = await mount<QuickSummary>(html`<quick-summary .feed=${sample}></quick-summary>`);
    expect(text(fromProperty, '[part="text"]')).to.equal(SEED_SUMMARY);
    const inline = await mount<QuickSummary>(html`<quick-summary item="b">
      <script type="application/feed+json">${JSON.stringify(twoSummaries)}</script>
    </quick-summary>`);
    expect($(inline, '[part="text"]')!.textContent, 'trimmed').to.equal('Summary of B, in two lines.');
    expect($(inline, '[part="text"]')!.hasAttribute('lang'), 'no language, no lang').to.equal(false);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><quick-summary item=${SEED_ARTICLE_ID}></quick-summary></news-feed>`);
    const provided = await rendered(wrapper.querySelector('quick-summary')!);
    expect(text(provided, '[part="text"]')).to.equal(SEED_SUMMARY);
  });

  it('shows the item named by `item`, and reacts when it changes', async () => {
    const el = await mount<QuickSummary>(html`<quick-summary .feed=${twoSummaries} item="a"></quick-summary>`);
    expect(text(el, '[part="text"]')).to.equal('Summary of A.');
    expect($(el, '[part="text"]')!.getAttribute('lang')).to.equal('fr');
    el.item = 'b';
    await el.updateComplete;
    expect(text(el, '[part="text"]')).to.equal('Summary of B, in two lines.');
    el.item = 'missing';
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
  });

  describe('heading', () => {
    itFollowsHeadingLevel('quick-summary');

    itTakesTheHeadingText('quick-summary', { content: '[part="text"]' });
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<QuickSummary>(html`<quick-summary
      .feed=${sample}
      style="--news-quick-summary-accent: rgb(180, 83, 26); --news-quick-summary-background: rgb(251, 243, 236); --news-quick-summary-bar-width: 6px; --news-quick-summary-border: rgb(1, 2, 3); --news-quick-summary-padding: 3px"
    ></quick-summary>`);
    const style = getComputedStyle($(el, '[part="base"]')!);
    expect(style.borderLeftColor).to.equal('rgb(180, 83, 26)');
    expect(style.borderLeftWidth).to.equal('6px');
    expect(style.borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(style.backgroundColor).to.equal('rgb(251, 243, 236)');
    expect(style.paddingTop).to.equal('3px');
    expect(getComputedStyle($(el, '[part="heading"]')!).color).to.equal('rgb(180, 83, 26)');
  });

  it('keeps hostile feed text inert', async () => {
    const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { summary?: string }[] };
    const summary = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await mount<QuickSummary>(
      html`<quick-summary .feed=${{ ...hostile, items: [{ ...hostile.items[0], summary }] }}></quick-summary>`
    );
    expect($$(el, 'img, script')).to.have.length(0);
    expect(shadow(el).textContent).to.include('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
