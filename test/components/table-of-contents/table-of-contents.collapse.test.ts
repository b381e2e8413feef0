import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const toggleOf = (el: TableOfContents) => $<HTMLButtonElement>(el, '[part="toggle"]')!;
const listOf = (el: TableOfContents) => $(el, '#list')!;
const shows = (element: Element) => getComputedStyle(element).display !== 'none';

describe('table-of-contents', () => {
  failOnConsoleErrors();

  describe('on a narrow width', () => {
    it('folds the list behind a toggle, closed by default', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} style="width: 300px"></table-of-contents>`);
      const toggle = toggleOf(el);
      expect(shows(toggle)).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(listOf(el).id);
      expect(toggle.textContent!.trim(), 'named by the heading').to.equal('Table of Contents');
      expect(shows(listOf(el))).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.below(100);
      expect(el.expanded).to.equal(false);
      expect(el.hasAttribute('expanded')).to.equal(false);

      setTimeout(() => toggle.click());
      const event = (await oneEvent(el, 'news-toggle')) as NewsEvent<'news-toggle'>;
      expect(event.detail).to.deep.equal({ open: true });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(el.hasAttribute('expanded'), 'reflected').to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shows(listOf(el))).to.equal(true);

      toggle.click();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(shows(listOf(el))).to.equal(false);
    });

    it('lets the whole header row open it', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} style="width: 300px"></table-of-contents>`);
      const heading = $(el, '[part="heading"]')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(heading.left + 10, heading.top + heading.height / 2);
      expect(hit, 'a click on the heading text lands on the toggle').to.equal(toggleOf(el));
    });

    it('obeys a cancelled news-toggle', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} style="width: 300px"></table-of-contents>`);
      el.addEventListener('news-toggle', (event) => event.preventDefault());
      toggleOf(el).click();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.toggle(true), 'toggle() obeys too').to.equal(false);
    });

    it('opens and closes with toggle(force?), which fires news-toggle; setting `expanded` fires nothing', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} style="width: 300px"></table-of-contents>`);
      const seen: boolean[] = [];
      el.addEventListener('news-toggle', (event: NewsEvent<'news-toggle'>) => seen.push(event.detail.open));
      expect(el.toggle()).to.equal(true);
      expect(el.toggle(true), 'already open').to.equal(true);
      expect(el.toggle(false)).to.equal(false);
      expect(seen).to.deep.equal([true, false]);
      el.expanded = true;
      await el.updateComplete;
      expect(shows(listOf(el))).to.equal(true);
      expect(seen).to.have.length(2);
    });

    it('starts closed again for another article', async () => {
      const feed = feedOf([
        { id: 'a', title: 'A', _news: { sections: [{ id: 'a1', title: 'A one' }] } },
        { id: 'b', title: 'B', _news: { sections: [{ id: 'b1', title: 'B one' }] } },
      ]);
      const el = await mount<TableOfContents>(
        html`<table-of-contents .feed=${feed} item="a" expanded style="width: 300px"></table-of-contents>`
      );
      expect(shows(listOf(el))).to.equal(true);
      el.item = 'b';
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(shows(listOf(el))).to.equal(false);
    });
  });

  it('on a wide width always shows the list, without a toggle', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px"><table-of-contents .feed=${sample}></table-of-contents></div>`);
    const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
    expect(shows(toggleOf(el))).to.equal(false);
    expect(shows(listOf(el))).to.equal(true);
    // The same element, made narrow, folds; wide again, it unfolds.
    wrapper.style.width = '300px';
    expect(shows(listOf(el))).to.equal(false);
    expect(shows(toggleOf(el))).to.equal(true);
    wrapper.style.width = '800px';
    expect(shows(listOf(el))).to.equal(true);
  });
});
