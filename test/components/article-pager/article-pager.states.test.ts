import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/article-pager/article-pager.define.js';
import type { ArticlePager } from '../../../src/components/article-pager/article-pager.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

describe('article-pager', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('says so when no feed was given, or the feed has no items', async () => {
      const idle = await mount<ArticlePager>(html`<article-pager></article-pager>`);
      expect(text(idle, '[part="message"]')).to.equal('No feed was given to this widget.');
      const empty = await mount<ArticlePager>(html`<article-pager .feed=${EMPTY_FEED}></article-pager>`);
      expect(text(empty, '[part="empty"]')).to.equal('Nothing to show yet.');
      expect(empty.hasAttribute('empty')).to.equal(false);
    });

    it('shows two link-sized placeholders while loading', async () => {
      const src = feedServerUrl(uniqueKey('pager-loading'), { delay: 800 });
      const el = await fixture<ArticlePager>(html`<article-pager src=${src}></article-pager>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.skeleton-link')).to.have.length(2);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
      await until(() => $$(el, 'a').length === 2, 'the links never came');
    });

    it('shows an error with a retry button', async () => {
      const src = feedServerUrl(uniqueKey('pager-error'), { status: 500 });
      const el = await fixture<ArticlePager>(html`<article-pager src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-pager>`);
      await rendered(el);
      expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
    });

    itKeepsContentWhenStale('article-pager', { content: 'a[part~="link"]', count: 2 });
  });

  describe('accessibility', () => {
    it('passes axe in the light theme', async () => {
      const el = await mount<ArticlePager>(html`<article-pager .feed=${sample} theme="light"></article-pager>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <article-pager .feed=${sample} theme="dark"></article-pager>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-pager')!);
      expect(getComputedStyle($(el, '[part="title"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('follows lang, its own or inherited, and takes any string from `strings`', async () => {
      const el = await mount<ArticlePager>(html`<article-pager .feed=${sample} lang="de"></article-pager>`);
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Vorherige und nächste Artikel');
      expect(text(el, '.previous [part="label"]')).to.equal('Vorheriger Beitrag in Headlines');
      expect(text(el, '.next [part="label"]')).to.equal('Nächster Beitrag in Headlines');
      const wrapper = await fixture<HTMLElement>(html`<div lang="es-MX"><article-pager .feed=${sample}></article-pager></div>`);
      const inherited = await rendered(wrapper.querySelector('article-pager')!);
      expect(text(inherited, '.previous [part="label"]')).to.equal('Artículo anterior en Headlines');
      const custom = await mount<ArticlePager>(html`<article-pager
        .feed=${sample}
        .strings=${{ label: 'More stories', previousInCategory: '← {category}', nextInCategory: '{category} →' }}
      ></article-pager>`);
      expect($(custom, 'nav')!.getAttribute('aria-label')).to.equal('More stories');
      expect(text(custom, '.previous [part="label"]')).to.equal('← Headlines');
      expect(text(custom, '.next [part="label"]')).to.equal('Headlines →');
    });

    it('mirrors in RTL: previous on the right, next on the left, arrows pointing the reading way', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="width: 900px"><article-pager .feed=${sample}></article-pager></div>`
      );
      const el = await rendered(wrapper.querySelector('article-pager')!);
      const [previous, next] = $$(el, 'a[part~="link"]');
      expect(previous.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().right);
      expect(text(el, '.previous [part="label"]')).to.equal('المقال السابق في Headlines');
      expect(getComputedStyle(previous.querySelector('.arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // The English titles keep their own direction, and line up with their side: previous on the right edge.
      expect(getComputedStyle(previous.querySelector('[part="title"] > span')!).direction).to.equal('ltr');
      const title = previous.querySelector('[part="title"]')!.getBoundingClientRect();
      const lines = [...previous.querySelector('[part="title"] > span')!.getClientRects()];
      expect(Math.max(...lines.map((line) => line.right))).to.be.closeTo(title.right, 1);
      const ltr = await mount<ArticlePager>(html`<article-pager .feed=${sample}></article-pager>`);
      expect(getComputedStyle($(ltr, '.arrow')!).transform).to.equal('none');
    });
  });
});
