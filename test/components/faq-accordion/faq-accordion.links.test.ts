import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { faqFeed, SAMPLE_FEED_URL } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { shadow } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';
import { buttons, focused, openStates, QUESTIONS, sampleAccordion, THIRD_ID } from './faq-accordion.helpers.js';

/** A page URL without the fragment, to put the address back after hash tests without a hashchange. */
const clearHash = () => history.replaceState(history.state, '', location.href.split('#')[0]);

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('links to questions', () => {
    afterEach(clearHash);

    it('gives each entry a stable id from the question, with `id-prefix` and unique suffixes', async () => {
      const el = await sampleAccordion();
      const entries = () => [...shadow(el).querySelectorAll('[part="entry"]')].map((entry) => entry.id);
      expect(entries()[2]).to.equal(THIRD_ID);
      el.idPrefix = 'q-';
      await el.updateComplete;
      expect(entries()[0]).to.equal('q-who-did-john-coale-meet-in-minsk');
      expect(buttons(el)[0].getAttribute('aria-controls')).to.equal('q-who-did-john-coale-meet-in-minsk-panel');
      const twice = [
        { question: 'Why?', answer: 'a' },
        { question: 'Why?', answer: 'b' },
      ];
      const dup = await mount<FaqAccordion>(html`<faq-accordion .feed=${faqFeed(twice)}></faq-accordion>`);
      expect([...shadow(dup).querySelectorAll('[part="entry"]')].map((entry) => entry.id)).to.deep.equal(['faq-why', 'faq-why-2']);
    });

    it('opens, scrolls to and focuses the question a hashchange points at', async () => {
      const el = await sampleAccordion();
      const toggled = oneEvent(el, 'news-toggle');
      location.hash = THIRD_ID;
      await oneEvent(window, 'hashchange');
      expect((await toggled).detail).to.deep.equal({ index: 2, open: true, question: QUESTIONS[2] });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(focused(el)).to.equal(2);
      location.hash = 'unrelated';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
    });

    it('opens the question in the hash the page was loaded with, once the FAQ arrives', async () => {
      history.replaceState(history.state, '', `#${THIRD_ID}`);
      const el = await mount<FaqAccordion>(html`<faq-accordion src=${SAMPLE_FEED_URL} expanded="1"></faq-accordion>`);
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
      expect(focused(el)).to.equal(2);
      const entry = shadow(el).getElementById(THIRD_ID)!.getBoundingClientRect();
      expect(entry.top).to.be.within(-1, innerHeight);
    });
  });
});
