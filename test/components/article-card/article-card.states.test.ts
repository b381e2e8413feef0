import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, text } from '../../helpers/query.js';

describe('article-card', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('shows a skeleton with the card’s footprint while loading', async () => {
      const src = feedServerUrl(uniqueKey('article-card-loading'), { delay: 3000 });
      const el = await fixture<ArticleCard>(html`<article-card lang="en" layout="horizontal" src=${src}></article-card>`);
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(el, '[role="status"]')).to.equal('Loading…');
      expect(skeleton.querySelector('.card.horizontal .frame')).to.exist;
      expect(skeleton.querySelectorAll('.skeleton-line').length).to.be.at.least(3);

      el.layout = 'compact';
      await el.updateComplete;
      expect($(el, '[part="skeleton"] .card.compact')).to.exist;
      expect($(el, '[part="skeleton"] .frame')).to.equal(null);
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const src = feedServerUrl(uniqueKey('article-card-error'), { status: 500 });
      const el = await fixture<ArticleCard>(html`<article-card lang="en" src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-card>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', { timeout: 4000 });
      expect(text(el, '[role="alert"] .error-title')).to.equal('This content could not be loaded.');
      expect($(el, 'button[part="retry"]')!.textContent).to.equal('Try again');
    });
  });
});
