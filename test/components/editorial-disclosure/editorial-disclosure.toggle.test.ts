import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/editorial-disclosure/editorial-disclosure.define.js';
import type { EditorialDisclosure } from '../../../src/components/editorial-disclosure/editorial-disclosure.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';

const toggleOf = (el: EditorialDisclosure) => $<HTMLButtonElement>(el, '[part="toggle"]')!;
const textOf = (el: EditorialDisclosure) => $(el, '[part="text"]')!;
/** How many lines of the text show. */
const linesShown = (el: EditorialDisclosure) => Math.round(textOf(el).clientHeight / parseFloat(getComputedStyle(textOf(el)).lineHeight));

describe('editorial-disclosure', () => {
  failOnConsoleErrors();

  describe('expand and collapse', () => {
    it('shows the first three lines and a Read more button that controls the text', async () => {
      const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample}></editorial-disclosure>`);
      expect(linesShown(el)).to.equal(3);
      const button = toggleOf(el);
      expect(button.textContent!.trim()).to.equal('Read more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(textOf(el).id);
      button.click();
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(el.hasAttribute('expanded'), 'reflected').to.equal(true);
      expect(linesShown(el)).to.be.greaterThan(6);
      expect(toggleOf(el).textContent!.trim()).to.equal('Show less');
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
      toggleOf(el).click();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(linesShown(el)).to.equal(3);
    });

    it('fires a cancelable news-toggle before each change, and obeys a cancel', async () => {
      const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample}></editorial-disclosure>`);
      setTimeout(() => toggleOf(el).click());
      const event = await oneEvent(el, 'news-toggle');
      expect(event.detail).to.deep.equal({ open: true });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      const veto = (cancelled: NewsEvent<'news-toggle'>) => cancelled.preventDefault();
      el.addEventListener('news-toggle', veto);
      try {
        toggleOf(el).click();
        await el.updateComplete;
        expect(el.expanded, 'cancelled: still open').to.equal(true);
        expect(el.toggle(false)).to.equal(true);
      } finally {
        el.removeEventListener('news-toggle', veto);
      }
    });

    it('toggle(force?) returns the state, fires only for a change; setting expanded fires nothing', async () => {
      const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample}></editorial-disclosure>`);
      const events: boolean[] = [];
      el.addEventListener('news-toggle', (event) => events.push(event.detail.open));
      expect(el.toggle()).to.equal(true);
      expect(el.toggle(true)).to.equal(true);
      expect(el.toggle(false)).to.equal(false);
      expect(el.toggle(false)).to.equal(false);
      expect(events).to.deep.equal([true, false]);
      el.expanded = true;
      await el.updateComplete;
      expect(events).to.have.length(2);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
      const attribute = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample} expanded></editorial-disclosure>`);
      expect(linesShown(attribute)).to.be.greaterThan(6);
    });

    it('Tab reaches the button, Enter and Space toggle it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><editorial-disclosure .feed=${sample}></editorial-disclosure></div>`
      );
      const el = await rendered(wrapper.querySelector('editorial-disclosure')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(toggleOf(el));
    });

    it('offers the button only while the text is longer than its lines, measured as the width changes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 360px"><editorial-disclosure .feed=${sample} style="--news-editorial-disclosure-lines: 40"></editorial-disclosure></div>`
      );
      const el = await rendered(wrapper.querySelector('editorial-disclosure')!);
      await until(() => toggleOf(el), 'narrow: 40 lines are not enough');
      wrapper.style.width = '1400px';
      await until(() => !toggleOf(el), 'wide: the whole text fits in 40 lines, no button');
      expect(textOf(el).scrollHeight).to.be.at.most(textOf(el).clientHeight + 1);
    });
  });
});
