import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { SAMPLE_FEED as sample, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

/** The public expand/collapse API every widget that can expand shares: `expanded`, `toggle(force?)`, `news-toggle`. */
describe('key-takeaways: expanded, toggle() and news-toggle', () => {
  failOnConsoleErrors();

  const toggleButton = (el: KeyTakeaways) => $<HTMLButtonElement>(el, '[part="toggle"]')!;
  const shownCount = (el: KeyTakeaways) => $$(el, '[part="takeaway"]').length;

  /** Every news-toggle `el` fires from now on, as heard on the document (so it bubbled out of the element). */
  let stopRecording: (() => void) | undefined;
  function recordToggles(el: KeyTakeaways): CustomEvent[] {
    const events: CustomEvent[] = [];
    const listener = (event: Event) => event.composedPath()[0] === el && events.push(event as CustomEvent);
    document.addEventListener('news-toggle', listener);
    stopRecording = () => document.removeEventListener('news-toggle', listener);
    return events;
  }
  afterEach(() => stopRecording?.());

  it('starts collapsed; the expanded attribute opens it, reflected both ways, without an event', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
    expect(el.expanded).to.equal(false);
    expect(el.hasAttribute('expanded')).to.equal(false);
    const events = recordToggles(el);

    el.expanded = true;
    await el.updateComplete;
    expect(el.hasAttribute('expanded'), 'reflected').to.equal(true);
    expect(shownCount(el)).to.equal(3);
    expect(toggleButton(el).getAttribute('aria-expanded')).to.equal('true');
    expect(toggleButton(el).textContent!.trim()).to.equal('Show fewer');

    el.removeAttribute('expanded');
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(shownCount(el)).to.equal(1);
    expect(events, 'setting the state is not a toggle').to.have.length(0);

    const opened = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1" expanded></key-takeaways>`);
    expect(opened.expanded).to.equal(true);
    expect(shownCount(opened)).to.equal(3);
  });

  it('toggle() flips the state, returns it, and fires news-toggle with { open }, bubbling, composed and cancelable', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
    const heard = oneEvent(document, 'news-toggle');
    expect(el.toggle()).to.equal(true);
    const event = await heard;
    expect(event.detail).to.deep.equal({ open: true });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(el.hasAttribute('expanded')).to.equal(true);
    expect(shownCount(el)).to.equal(3);

    expect(el.toggle()).to.equal(false);
    await el.updateComplete;
    expect(shownCount(el)).to.equal(1);
  });

  it('toggle(force) sets a state, like toggleAttribute, and fires only when something changes', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
    const events = recordToggles(el);
    expect(el.toggle(false)).to.equal(false);
    expect(events).to.have.length(0);
    expect(el.toggle(true)).to.equal(true);
    expect(el.toggle(true)).to.equal(true);
    expect(events.map((event) => event.detail)).to.deep.equal([{ open: true }]);
    expect(el.toggle(false)).to.equal(false);
    expect(events.map((event) => event.detail)).to.deep.equal([{ open: true }, { open: false }]);
  });

  it('a click on "Show all" fires news-toggle; preventDefault() keeps the list as it is', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
    const events = recordToggles(el);
    toggleButton(el).click();
    await el.updateComplete;
    expect(events.map((event) => event.detail)).to.deep.equal([{ open: true }]);
    expect(el.expanded).to.equal(true);

    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('news-toggle', veto);
    toggleButton(el).click();
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(el.expanded, 'vetoed').to.equal(true);
    expect(shownCount(el)).to.equal(3);
    expect(toggleButton(el).getAttribute('aria-expanded')).to.equal('true');
    expect(el.toggle(), 'toggle() returns the state kept').to.equal(true);
    el.removeEventListener('news-toggle', veto);
  });

  it('collapses for another article, but keeps expanded when it is set with the article', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1" expanded></key-takeaways>`);
    el.item = TITLE_ONLY_ID;
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    el.item = SEED_ARTICLE_ID;
    el.expanded = true;
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(shownCount(el)).to.equal(3);
  });

  it('a plain element without a feed still has the API', async () => {
    const el = await fixture<KeyTakeaways>(html`<key-takeaways></key-takeaways>`);
    expect(el.toggle()).to.equal(true);
    expect(el.expanded).to.equal(true);
  });
});
