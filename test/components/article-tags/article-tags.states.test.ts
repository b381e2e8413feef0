import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleTags } from '../../../src/components/article-tags/article-tags.js';
import '../../../src/components/article-tags/article-tags.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale, itTakesNoRoomWithout } from '../../helpers/state-behaviour.js';

describe('article-tags states', () => {
  failOnConsoleErrors();

  itTakesNoRoomWithout('article-tags', { what: 'tags', minHeight: 20 });

  it('says so when the feed has no items', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${EMPTY_FEED}></article-tags>`);
    expect(text(el, '[part="empty"]')).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows chip-shaped placeholders while loading', async () => {
    const src = feedServerUrl(uniqueKey('at-loading'), { delay: 400 });
    const el = await fixture<ArticleTags>(html`<article-tags src=${src}></article-tags>`);
    expect($(el, '[part="skeleton"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($$(el, '.skeleton-chip')).to.have.length(3);
    await until(() => $(el, '[part="base"]'), 'the tags never showed');
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('at-error'), { status: 500 });
    const el = await fixture<ArticleTags>(html`<article-tags src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-tags>`);
    await rendered(el);
    expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
  });

  itKeepsContentWhenStale('article-tags', { content: '[part="tag"]', count: 3 });
});
