import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { shadow } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';
import { buttons, openStates, panels, QUESTIONS, sampleAccordion, THIRD_ID } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('single, expanded and numbered', () => {
    it('lets several answers be open by default', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].click();
      buttons(el)[2].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
    });

    it('keeps one answer open at a time with `single`', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} single></faq-accordion>`);
      buttons(el)[0].click();
      await el.updateComplete;
      buttons(el)[2].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
    });

    it('closes all but the first open answer when `single` is switched on', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded="2,4"></faq-accordion>`);
      expect(openStates(el)).to.deep.equal([false, true, false, true]);
      el.single = true;
      await el.updateComplete;
      expect(el.hasAttribute('single')).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
    });

    it('opens the questions named by `expanded` at start: numbers, ids and "all"', async () => {
      const cases: [string, boolean[]][] = [
        ['1', [true, false, false, false]],
        ['2, 4', [false, true, false, true]],
        ['all', [true, true, true, true]],
        [THIRD_ID, [false, false, true, false]],
        ['who-did-john-coale-meet-in-minsk 9 nonsense', [true, false, false, false]],
      ];
      for (const [expanded, states] of cases) {
        const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded=${expanded}></faq-accordion>`);
        expect(openStates(el), `expanded="${expanded}"`).to.deep.equal(states);
        expect(
          panels(el).map((panel) => !panel.hasAttribute('hidden')),
          `expanded="${expanded}"`
        ).to.deep.equal(states);
      }
    });

    it('applies `expanded` again when it changes, and opens only the first with `single`', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} single expanded="all"></faq-accordion>`);
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      el.single = false;
      el.expanded = '3';
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
    });

    it('numbers the questions with `numbered`, keeping the numbers out of the accessible name', async () => {
      const el = await sampleAccordion();
      expect(shadow(el).querySelectorAll('[part="number"]')).to.have.length(0);
      el.numbered = true;
      await el.updateComplete;
      expect(el.hasAttribute('numbered')).to.equal(true);
      const numbers = [...shadow(el).querySelectorAll('[part="number"]')];
      expect(numbers.map((number) => number.textContent)).to.deep.equal(['1', '2', '3', '4']);
      expect(numbers.every((number) => number.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(buttons(el)[0].querySelector('.question-text')!.textContent).to.equal(QUESTIONS[0]);
      // Answers line up with the question text, not with the number.
      const text = buttons(el)[0].querySelector('.question-text')!.getBoundingClientRect();
      await el.open(0);
      await el.updateComplete;
      const paragraph = panels(el)[0].querySelector('p')!.getBoundingClientRect();
      expect(Math.abs(paragraph.left - text.left)).to.be.below(1);
    });
  });

  describe('news-toggle and the public methods', () => {
    it('fires news-toggle with the 0-based index, the new state and the question', async () => {
      const el = await sampleAccordion();
      setTimeout(() => buttons(el)[1].click());
      const opening = await oneEvent(el, 'news-toggle');
      expect(opening.detail).to.deep.equal({ index: 1, open: true, question: QUESTIONS[1] });
      expect(opening.bubbles && opening.composed && opening.cancelable).to.equal(true);
      await el.updateComplete;
      setTimeout(() => buttons(el)[1].click());
      const closing = await oneEvent(el, 'news-toggle');
      expect(closing.detail).to.deep.equal({ index: 1, open: false, question: QUESTIONS[1] });
    });

    it('keeps the state when a listener calls preventDefault()', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded="2"></faq-accordion>`);
      const veto = (event: Event) => event.preventDefault();
      el.addEventListener('news-toggle', veto);
      buttons(el)[0].click();
      buttons(el)[1].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
      expect(el.open(0)).to.equal(false);
      el.removeEventListener('news-toggle', veto);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, false, false]);
    });

    it('opens, closes and toggles by index or id with open(), close() and toggle()', async () => {
      const el = await sampleAccordion();
      const events: unknown[] = [];
      el.addEventListener('news-toggle', (event) => events.push(event.detail));
      expect(el.open(0)).to.equal(true);
      expect(el.open(THIRD_ID)).to.equal(true);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
      expect(el.close('#' + THIRD_ID)).to.equal(true);
      expect(el.toggle('what-is-the-purpose-of-john-coale-s-visit-to-belarus')).to.equal(true);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, false, false]);
      expect(el.toggle(0), 'closed afterwards').to.equal(false);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
      expect(el.open(1), 'already open: nothing to do').to.equal(true);
      expect(el.open(4)).to.equal(false);
      expect(el.close('no-such-question')).to.equal(false);
      expect(events).to.deep.equal([
        { index: 0, open: true, question: QUESTIONS[0] },
        { index: 2, open: true, question: QUESTIONS[2] },
        { index: 2, open: false, question: QUESTIONS[2] },
        { index: 1, open: true, question: QUESTIONS[1] },
        { index: 0, open: false, question: QUESTIONS[0] },
      ]);
    });
  });
});
