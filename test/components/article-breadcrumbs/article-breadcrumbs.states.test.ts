import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-breadcrumbs/article-breadcrumbs.define.js';
import type { ArticleBreadcrumbs } from '../../../src/components/article-breadcrumbs/article-breadcrumbs.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

describe('article-breadcrumbs', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('says so when no feed was given, or the feed has no items', async () => {
      const idle = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs></article-breadcrumbs>`);
      expect(text(idle, '[part="message"]')).to.equal('No feed was given to this widget.');
      const empty = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${EMPTY_FEED}></article-breadcrumbs>`);
      expect(text(empty, '[part="empty"]')).to.equal('Nothing to show yet.');
    });

    it('shows a one-line placeholder while loading', async () => {
      const src = feedServerUrl(uniqueKey('crumbs-loading'), { delay: 800 });
      const el = await fixture<ArticleBreadcrumbs>(html`<article-breadcrumbs src=${src}></article-breadcrumbs>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.skeleton-line')).to.have.length(3);
      const height = el.getBoundingClientRect().height;
      await until(() => $(el, '[part="current"]'), 'the trail never came');
      expect(height, 'one line of the trail').to.be.closeTo(parseFloat(getComputedStyle($(el, '[part="list"]')!).lineHeight), 1);
    });

    it('shows an error with a retry button', async () => {
      const src = feedServerUrl(uniqueKey('crumbs-error'), { status: 500 });
      const el = await fixture<ArticleBreadcrumbs>(
        html`<article-breadcrumbs src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-breadcrumbs>`
      );
      await rendered(el);
      expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
    });

    itKeepsContentWhenStale('article-breadcrumbs', { content: '[part="crumb"]', count: 3 });
  });

  describe('keyboard and accessibility', () => {
    it('Tab reaches the links only, with a visible ring', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><article-breadcrumbs .feed=${sample}></article-breadcrumbs><button>after</button></div>`
      );
      const el = await rendered(wrapper.querySelector('article-breadcrumbs')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const link = $(el, 'a[part="link"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    });

    it('passes axe in the light theme', async () => {
      const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${sample} theme="light"></article-breadcrumbs>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <article-breadcrumbs .feed=${sample} theme="dark"></article-breadcrumbs>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-breadcrumbs')!);
      expect(getComputedStyle($(el, '[part="current"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('follows lang, its own or inherited, and takes any string from `strings`', async () => {
      const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${sample} lang="fr"></article-breadcrumbs>`);
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('Fil d’Ariane');
      const wrapper = await fixture<HTMLElement>(html`<div lang="de-AT"><article-breadcrumbs .feed=${sample}></article-breadcrumbs></div>`);
      const inherited = await rendered(wrapper.querySelector('article-breadcrumbs')!);
      expect($(inherited, 'nav')!.getAttribute('aria-label')).to.equal('Brotkrümelnavigation');
      const custom = await mount<ArticleBreadcrumbs>(
        html`<article-breadcrumbs .feed=${sample} .strings=${{ label: 'You are here' }}></article-breadcrumbs>`
      );
      expect($(custom, 'nav')!.getAttribute('aria-label')).to.equal('You are here');
    });

    it('mirrors in RTL: the trail runs from the right, its separators in right-to-left text', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="width: 900px"><article-breadcrumbs .feed=${sample}></article-breadcrumbs></div>`
      );
      const el = await rendered(wrapper.querySelector('article-breadcrumbs')!);
      expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('مسار التنقل');
      const [home, section] = $$(el, '[part="crumb"]');
      expect(home.getBoundingClientRect().right).to.be.greaterThan(section.getBoundingClientRect().right);
      // The bidi algorithm draws the mirrored glyph (‹) for › in right-to-left text, with nothing turned by CSS.
      expect(getComputedStyle(section).direction).to.equal('rtl');
      expect(getComputedStyle(section, '::before').transform).to.equal('none');
      expect(getComputedStyle(section, '::before').content).to.equal('"›" / ""');
    });
  });
});
