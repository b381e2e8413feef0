/**
 * Largest Contentful Paint (issue 14): the hero layout's image is likely the largest element on
 * the page, so it loads at once and first; the other layouts' images stay lazy.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard, ArticleCardLayout } from '../../../src/components/article-card/article-card.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

/** What each layout's `<img>` says about loading: `loading` and `fetchpriority` (null when absent). */
const EXPECTED: Record<Exclude<ArticleCardLayout, 'compact'>, { loading: string; fetchpriority: string | null }> = {
  hero: { loading: 'eager', fetchpriority: 'high' },
  vertical: { loading: 'lazy', fetchpriority: null },
  horizontal: { loading: 'lazy', fetchpriority: null },
};

const loadingOf = (img: HTMLImageElement) => ({ loading: img.getAttribute('loading'), fetchpriority: img.getAttribute('fetchpriority') });

describe('article-card image loading', () => {
  failOnConsoleErrors();

  for (const [layout, expected] of Object.entries(EXPECTED)) {
    it(`${layout}: loading="${expected.loading}"${expected.fetchpriority ? `, fetchpriority="${expected.fetchpriority}"` : ', no fetchpriority'}`, async () => {
      const el = await mount<ArticleCard>(html`<article-card layout=${layout} .feed=${sample}></article-card>`);
      expect(loadingOf($<HTMLImageElement>(el, 'img[part="image"]')!)).to.deep.equal(expected);
    });
  }

  it('compact has no image to load', async () => {
    const el = await mount<ArticleCard>(html`<article-card layout="compact" .feed=${sample}></article-card>`);
    expect($(el, 'img')).to.equal(null);
  });

  it('follows a layout change: a hero turned vertical goes back to lazy, without a priority', async () => {
    const el = await mount<ArticleCard>(html`<article-card layout="hero" .feed=${sample}></article-card>`);
    el.layout = 'vertical';
    await el.updateComplete;
    expect(loadingOf($<HTMLImageElement>(el, 'img[part="image"]')!)).to.deep.equal(EXPECTED.vertical);
  });
});
