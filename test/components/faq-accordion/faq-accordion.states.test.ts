import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { has, shadow } from '../../helpers/query.js';
import { rendered } from '../../helpers/settle.js';
import { buttons } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('shows a skeleton with the footprint of the questions while loading', async () => {
      const src = feedServerUrl(uniqueKey('faq-loading'), { delay: 3000 });
      const el = await fixture<FaqAccordion>(html`<faq-accordion src=${src}></faq-accordion>`);
      const skeleton = shadow(el).querySelector('[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.entry')).to.have.length(4);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const src = feedServerUrl(uniqueKey('faq-error'), { status: 500 });
      const el = await fixture<FaqAccordion>(html`<faq-accordion src=${src} .loader=${new FeedLoader({ retries: 0 })}></faq-accordion>`);
      await rendered(el);
      expect(has(el, '[role="alert"]')).to.equal(true);
      expect(shadow(el).querySelector('[role="alert"]')!.querySelector('button[part="retry"]')!.textContent).to.equal('Try again');
      expect(buttons(el)).to.have.length(0);
    });
  });
});
