import { expect, html } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { SAMPLE_FEED as sample, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { mount } from '../../helpers/settle.js';

describe('article-card', () => {
  failOnConsoleErrors();

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in the vertical layout, ${theme} theme`, async () => {
        const el = await mount<ArticleCard>(html`<article-card theme=${theme} .feed=${sample}></article-card>`);
        await expect(el).to.be.accessible();
      });

      it(`passes axe (contrast included) in hero with and without an image, ${theme} theme`, async () => {
        const withImage = await mount<ArticleCard>(html`<article-card layout="hero" theme=${theme} .feed=${sample}></article-card>`);
        await expect(withImage).to.be.accessible();
        const solid = await mount<ArticleCard>(
          html`<article-card layout="hero" theme=${theme} .feed=${seedArticleFeed({ image: undefined, _news: { category: 'Markets', sponsored: true } })}></article-card>`
        );
        await expect(solid).to.be.accessible();
      });
    }

    it('passes axe in the compact and horizontal layouts', async () => {
      for (const layout of ['compact', 'horizontal']) {
        const el = await mount<ArticleCard>(html`<article-card layout=${layout} .feed=${sample}></article-card>`);
        await expect(el).to.be.accessible();
      }
    });
  });
});
