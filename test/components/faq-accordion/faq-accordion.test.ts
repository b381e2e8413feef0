import { expect, html } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { faqFeed, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { has, shadow } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';
import { buttons, openStates, panels, QUESTIONS } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('definition and data', () => {
    it('is defined as its class', () => {
      expect(customElements.get('faq-accordion')).to.equal(FaqAccordion);
      expect(document.createElement('faq-accordion')).to.be.instanceOf(FaqAccordion);
    });

    it('renders the FAQ of the first item of the sample feed from src, all closed', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion src=${SAMPLE_FEED_URL}></faq-accordion>`);
      expect(buttons(el).map((button) => button.textContent!.trim())).to.deep.equal(QUESTIONS);
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Frequently Asked Questions');
      expect(panels(el)[0].textContent!.trim()).to.equal('John Coale met Belarusian President Alexander Lukashenko in Minsk.');
    });

    it('shows the item named by `item`, and a message when it is not in the feed', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${SEED_ARTICLE_ID}></faq-accordion>`);
      expect(buttons(el)).to.have.length(4);
      el.item = 'no-such-article';
      await el.updateComplete;
      expect(buttons(el)).to.have.length(0);
      expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
    });

    it('renders an item without FAQ as a friendly empty state, not a blank box', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${TITLE_ONLY_ID}></faq-accordion>`);
      expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('No questions yet.');
      expect(has(el, '[part="list"]')).to.equal(false);
      expect(has(el, '[part="heading"]')).to.equal(true);
    });

    it('splits answers into paragraphs at blank lines', async () => {
      const faq = [{ question: 'Why?', answer: 'First paragraph.\n\nSecond\nparagraph.' }];
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${faqFeed(faq)}></faq-accordion>`);
      const paragraphs = [...panels(el)[0].querySelectorAll('p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    });
  });
});
