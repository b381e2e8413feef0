import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { faqFeed, numberedQuestions, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { shadow } from '../../helpers/query.js';
import { animationsDone, mount, rendered } from '../../helpers/settle.js';
import { buttons, openStates, panels, QUESTIONS, sampleAccordion } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();
  let hostile: unknown;
  before(async () => {
    hostile = await fetchJson(HOSTILE_FEED_URL);
  });

  describe('ARIA accordion pattern', () => {
    it('wires each button to its panel and each panel back to its button', async () => {
      const el = await sampleAccordion();
      buttons(el).forEach((button, index) => {
        const panel = panels(el)[index];
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal(panel.id);
        expect(shadow(el).getElementById(button.getAttribute('aria-controls')!) === panel).to.equal(true);
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(shadow(el).getElementById(panel.getAttribute('aria-labelledby')!) === button).to.equal(true);
      });
    });

    it('puts the section heading at heading-level (default 2) and each button in a heading one deeper', async () => {
      const el = await sampleAccordion();
      const levels = () => buttons(el).map((button) => button.parentElement!.localName);
      const section = () => shadow(el).querySelector('[part="heading"]')?.localName;
      expect(levels()).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      expect(buttons(el)[0].parentElement!.getAttribute('part')).to.equal('question');
      expect(section()).to.equal('h2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
      expect(section()).to.equal('h4');
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(section(), 'clamped to 2').to.equal('h2');
      expect(levels()[0]).to.equal('h3');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(section()).to.equal('h6');
      expect(levels()[0], 'clamped to 6').to.equal('h6');
      // Without a section heading, the questions are the outermost headings: they take heading-level.
      el.heading = '';
      el.headingLevel = 3;
      await el.updateComplete;
      expect(section()).to.equal(undefined);
      expect(levels()[0]).to.equal('h3');
    });

    it('uses role="region" panels only for six entries or fewer (APG: avoid landmark proliferation)', async () => {
      const six = await mount<FaqAccordion>(html`<faq-accordion .feed=${faqFeed(numberedQuestions(6))}></faq-accordion>`);
      expect(panels(six).every((panel) => panel.getAttribute('role') === 'region')).to.equal(true);
      const seven = await mount<FaqAccordion>(html`<faq-accordion .feed=${faqFeed(numberedQuestions(7))}></faq-accordion>`);
      expect(panels(seven)).to.have.length(7);
      expect(panels(seven).some((panel) => panel.hasAttribute('role'))).to.equal(false);
      // A panel without a role is generic, which ARIA does not allow to be named.
      expect(panels(seven).some((panel) => panel.hasAttribute('aria-labelledby'))).to.equal(false);
      expect(buttons(seven).every((button, i) => button.getAttribute('aria-controls') === panels(seven)[i].id)).to.equal(true);
      await expect(seven).to.be.accessible();
    });

    it('keeps closed answers hidden="until-found" and removes hidden when open', async () => {
      const el = await sampleAccordion();
      expect(panels(el).map((panel) => panel.getAttribute('hidden'))).to.deep.equal(Array(4).fill('until-found'));
      buttons(el)[1].click();
      await el.updateComplete;
      expect(panels(el)[1].hasAttribute('hidden')).to.equal(false);
      expect(buttons(el)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(panels(el)[1].getBoundingClientRect().height).to.be.greaterThan(20);
      buttons(el)[1].click();
      await el.updateComplete;
      expect(panels(el)[1].getAttribute('hidden')).to.equal('until-found');
    });

    it('opens an answer that find-in-page matched (beforematch) and tells listeners', async () => {
      const el = await sampleAccordion();
      setTimeout(() => panels(el)[2].dispatchEvent(new Event('beforematch')));
      const event = await oneEvent(el, 'news-toggle');
      expect(event.detail).to.deep.equal({ index: 2, open: true, question: QUESTIONS[2] });
      // The browser has already revealed the text: this one is not the host's to veto.
      expect(event.cancelable).to.equal(false);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(panels(el)[2].hasAttribute('hidden')).to.equal(false);
    });
  });

  describe('themes, motion and accessibility', () => {
    it('is accessible in the light theme', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} numbered expanded="1"></faq-accordion>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, with dark colours', async () => {
      const light = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} theme="light"></faq-accordion>`);
      const wrapper = await fixture(html`<div style="background: #15171c">
        <faq-accordion .feed=${sample} theme="dark" numbered expanded="1"></faq-accordion>
      </div>`);
      const el = await rendered(wrapper.querySelector('faq-accordion')!);
      await animationsDone(el);
      const colour = (accordion: FaqAccordion) => getComputedStyle(buttons(accordion)[0]).color;
      expect(colour(el)).not.to.equal(colour(light));
      await expect(el).to.be.accessible();
    });

    it('animates the chevron and the answer only when motion is allowed', async () => {
      const el = await sampleAccordion();
      el.open(0);
      await el.updateComplete;
      const icon = () => getComputedStyle(shadow(el).querySelector('[part="icon"]')!);
      const body = () => getComputedStyle(panels(el)[0].querySelector('.answer-body')!);
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(icon().transitionDuration).not.to.equal('0s');
        expect(body().animationName).not.to.equal('none');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(icon().transitionDuration).to.equal('0s');
        expect(body().animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('renders hostile strings as inert text', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${hostile} expanded="all" numbered></faq-accordion>`);
      expect(buttons(el)[0].textContent).to.include('<img src=x onerror=alert(7)>?');
      expect(panels(el)[0].textContent).to.include('<a href=javascript:alert(8)>click</a>');
      expect(shadow(el).querySelectorAll('img, script, iframe, svg a, a, style')).to.have.length(0);
      expect(el.querySelectorAll('img, script')).to.have.length(0);
    });
  });
});
