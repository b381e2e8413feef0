import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/editorial-disclosure/editorial-disclosure.define.js';
import type { EditorialDisclosure } from '../../../src/components/editorial-disclosure/editorial-disclosure.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

describe('editorial-disclosure', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('says so when no feed was given', async () => {
      const idle = await mount<EditorialDisclosure>(html`<editorial-disclosure></editorial-disclosure>`);
      expect(text(idle, '[part="message"]')).to.equal('No feed was given to this widget.');
    });

    it('shows a placeholder of the shortened box while loading', async () => {
      const src = feedServerUrl(uniqueKey('disclosure-loading'), { delay: 800 });
      const el = await fixture<EditorialDisclosure>(html`<editorial-disclosure src=${src}></editorial-disclosure>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelector('.skeleton-heading')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
      await until(() => $(el, '[part="text"]'), 'the disclosure never came');
    });

    it('shows an error with a retry button', async () => {
      const src = feedServerUrl(uniqueKey('disclosure-error'), { status: 500 });
      const el = await fixture<EditorialDisclosure>(
        html`<editorial-disclosure src=${src} .loader=${new FeedLoader({ retries: 0 })}></editorial-disclosure>`
      );
      await rendered(el);
      expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
    });

    itKeepsContentWhenStale('editorial-disclosure', { content: '[part="text"]', count: 1 });
  });

  describe('accessibility', () => {
    it('passes axe in the light theme, collapsed and expanded, with the sponsored label', async () => {
      const sponsored = { ...sample, items: [{ ...sample.items[0], _news: { ...sample.items[0]._news, sponsored: true } }] };
      const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sponsored} theme="light"></editorial-disclosure>`);
      await expect(el).to.be.accessible();
      el.toggle(true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <editorial-disclosure .feed=${sample} theme="dark"></editorial-disclosure>
      </div>`);
      const el = await rendered(wrapper.querySelector('editorial-disclosure')!);
      expect(getComputedStyle($(el, '[part="heading"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('follows lang, its own or inherited, and takes any string from `strings`', async () => {
      const el = await mount<EditorialDisclosure>(html`<editorial-disclosure .feed=${sample} lang="es"></editorial-disclosure>`);
      expect(text(el, '[part="heading"]')).to.equal('Aviso editorial y publicitario');
      expect(text(el, '[part="toggle"]')).to.equal('Leer más');
      el.toggle(true);
      await el.updateComplete;
      expect(text(el, '[part="toggle"]')).to.equal('Mostrar menos');
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><editorial-disclosure .feed=${sample}></editorial-disclosure></div>`);
      const inherited = await rendered(wrapper.querySelector('editorial-disclosure')!);
      expect(text(inherited, '[part="heading"]')).to.equal('Déclaration éditoriale et publicitaire');
      expect(text(inherited, '[part="toggle"]')).to.equal('Lire la suite');
      const custom = await mount<EditorialDisclosure>(html`<editorial-disclosure
        .feed=${sample}
        .strings=${{ heading: 'Disclosure', readMore: 'More', showLess: 'Less' }}
      ></editorial-disclosure>`);
      expect(text(custom, '[part="heading"]')).to.equal('Disclosure');
      expect(text(custom, '[part="toggle"]')).to.equal('More');
    });

    it('in RTL: Arabic strings, the English disclosure keeps its own direction', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><editorial-disclosure .feed=${sample}></editorial-disclosure></div>`
      );
      const el = await rendered(wrapper.querySelector('editorial-disclosure')!);
      expect(text(el, '[part="heading"]')).to.equal('إفصاح تحريري وإعلاني');
      expect(text(el, '[part="toggle"]')).to.equal('اقرأ المزيد');
      expect(getComputedStyle($(el, '[part="heading"]')!).direction).to.equal('rtl');
      expect(getComputedStyle($(el, '[part="text"]')!).direction).to.equal('ltr');
      const base = $(el, '[part="base"]')!.getBoundingClientRect();
      const button = $(el, '[part="toggle"]')!.getBoundingClientRect();
      expect(base.right - button.right, 'the button starts on the right').to.be.lessThan(button.left - base.left);
    });
  });
});
