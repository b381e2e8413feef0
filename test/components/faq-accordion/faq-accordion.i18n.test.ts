import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { ARABIC_FAQ_FEED, SAMPLE_FEED as sample, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { has, shadow } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { buttons, sampleAccordion } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('headings, strings and languages', () => {
    it('takes its heading from `heading`, and shows none for heading=""', async () => {
      const el = await sampleAccordion();
      el.heading = 'About this story';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('About this story');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect(has(el, '[part="heading"]')).to.equal(false);
    });

    it('follows lang="de", and the lang of an ancestor', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} lang="de"></faq-accordion>`);
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Häufig gestellte Fragen');
      el.item = TITLE_ONLY_ID;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('Noch keine Fragen.');
      const wrapper = await fixture(html`<div lang="fr"><faq-accordion .feed=${sample}></faq-accordion></div>`);
      const inner = await rendered(wrapper.querySelector('faq-accordion')!);
      expect(shadow(inner).querySelector('[part="heading"]')!.textContent).to.equal('Questions fréquentes');
    });

    it('lets `strings` replace any visible string', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion
        .feed=${sample}
        item=${TITLE_ONLY_ID}
        .strings=${{ heading: 'Your questions', noQuestions: 'Ask us anything.' }}
      ></faq-accordion>`);
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('Your questions');
      expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('Ask us anything.');
    });

    it('mirrors in RTL', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="width: 600px">
        <faq-accordion .feed=${ARABIC_FAQ_FEED} numbered></faq-accordion>
        <faq-accordion .feed=${sample}></faq-accordion>
      </div>`);
      const [el, english] = [...wrapper.querySelectorAll('faq-accordion')];
      await rendered(el);
      await rendered(english);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('الأسئلة الشائعة');
      const number = shadow(el).querySelector('[part="number"]')!.getBoundingClientRect();
      const text = shadow(el).querySelector('.question-text')!.getBoundingClientRect();
      const icon = shadow(el).querySelector('[part="icon"]')!.getBoundingClientRect();
      expect(number.left, 'number at the inline start (right)').to.be.greaterThan(text.right - 1);
      expect(icon.right, 'chevron at the inline end (left)').to.be.below(text.left + 1);
      expect(getComputedStyle(buttons(el)[0]).direction).to.equal('rtl');
      // An English FAQ on an Arabic page still reads left to right, entry by entry.
      expect(getComputedStyle(buttons(english)[0]).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  });
});
