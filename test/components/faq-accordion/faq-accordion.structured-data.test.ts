import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import { faqFeed, SAMPLE_FEED as sample, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { mount } from '../../helpers/settle.js';
import { buttons, QUESTIONS } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();
  let hostile: unknown;
  before(async () => {
    hostile = await fetchJson(HOSTILE_FEED_URL);
  });

  describe('structured data', () => {
    const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    const hasJsonLd = (el: Element) => jsonLd(el) !== null;

    it('writes, updates and removes a schema.org FAQPage JSON-LD script in the light DOM', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample}></faq-accordion>`);
      expect(hasJsonLd(el)).to.equal(false);
      el.structuredData = true;
      await el.updateComplete;
      expect(el.hasAttribute('structured-data'), 'reflected').to.equal(true);
      // The code that writes it may still be on its way (it is loaded on demand).
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const data = JSON.parse(jsonLd(el)!.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((entry: { name: string }) => entry.name)).to.deep.equal(QUESTIONS);
      expect(data.mainEntity[0]).to.deep.equal({
        '@type': 'Question',
        name: QUESTIONS[0],
        acceptedAnswer: { '@type': 'Answer', text: 'John Coale met Belarusian President Alexander Lukashenko in Minsk.' },
      });
      el.feed = faqFeed([{ question: 'Changed?', answer: 'Yes.' }]);
      await waitUntil(() => buttons(el).length === 1);
      await el.updateComplete;
      expect(JSON.parse(jsonLd(el)!.textContent!).mainEntity[0].name).to.equal('Changed?');
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(false);
      el.toggleAttribute('structured-data', true);
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(true);
      const parent = el.parentElement!;
      el.remove();
      expect(hasJsonLd(el), 'removed on disconnect').to.equal(false);
      parent.append(el);
      expect(hasJsonLd(el), 'back on reconnect').to.equal(true);
    });

    it('writes no JSON-LD for an item without questions', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${TITLE_ONLY_ID} structured-data></faq-accordion>`);
      expect(hasJsonLd(el)).to.equal(false);
    });

    it('escapes < so that an answer cannot close the script element', async () => {
      const faq = [{ question: 'Break out?', answer: 'Try </script><script>alert(1)</script> here.' }];
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${faqFeed(faq)} structured-data></faq-accordion>`);
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const text = jsonLd(el)!.textContent!;
      expect(text).not.to.include('<');
      expect(text).to.include('\\u003c/script>');
      expect(JSON.parse(text).mainEntity[0].acceptedAnswer.text).to.equal('Try </script><script>alert(1)</script> here.');
      // Serialized and parsed again, the page still has exactly one script there.
      const copy = document.createElement('div');
      copy.innerHTML = el.outerHTML.replace('<faq-accordion', '<section').replace(/<\/faq-accordion>$/, '</section>');
      expect(copy.querySelectorAll('script')).to.have.length(1);
    });

    it('keeps hostile strings as data in the JSON-LD', async () => {
      const el = await mount<FaqAccordion>(html`<faq-accordion .feed=${hostile} structured-data></faq-accordion>`);
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const text = jsonLd(el)!.textContent!;
      expect(text).not.to.include('<');
      const [entry] = JSON.parse(text).mainEntity;
      expect(entry.name).to.equal('<img src=x onerror=alert(7)>?');
      expect(entry.acceptedAnswer.text).to.equal('<a href=javascript:alert(8)>click</a>');
    });
  });
});
