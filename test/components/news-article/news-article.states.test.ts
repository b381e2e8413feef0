import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../../src/components/news-article/news-article.js';
import '../../../src/components/news-article/news-article.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text } from '../../helpers/query.js';
import { rendered, settle, until } from '../../helpers/settle.js';
import { articleReady, EVERY_PART, partOf, partOrder } from './news-article.helpers.js';

describe('news-article states', () => {
  failOnConsoleErrors();

  it('shows a skeleton the size of an article page while loading, then the article', async () => {
    const src = feedServerUrl(uniqueKey('na-loading'), { delay: 600 });
    const el = await fixture<NewsArticle>(html`<news-article src=${src}></news-article>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.skeleton-headline')).to.exist;
    expect(skeleton.querySelector('.skeleton-box'), 'where the picture will be').to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(400);
    expect($$(el, 'slot'), 'no part before the feed').to.deep.equal([]);
    await articleReady(el);
    expect(partOrder(el)).to.deep.equal([...EVERY_PART]);
  });

  it('says so when the feed has no items, or not the requested one', async () => {
    const empty = await rendered(await fixture<NewsArticle>(html`<news-article .feed=${EMPTY_FEED}></news-article>`));
    expect(text(empty, '[part="empty"]')).to.equal('Nothing to show yet.');
    expect($(empty, '[part="base"]')).to.equal(null);
    const missing = await rendered(await fixture<NewsArticle>(html`<news-article .feed=${sample} item="no-such-article"></news-article>`));
    expect(text(missing, '[part="empty"]')).to.equal('This article is not in the feed.');
  });

  it('shows an error with a retry button, and the article after a successful retry', async () => {
    const key = uniqueKey('na-error');
    const el = await fixture<NewsArticle>(
      html`<news-article src=${feedServerUrl(key, { fail: 1, failStatus: 503 })} .loader=${new FeedLoader({ retries: 0 })}></news-article>`
    );
    await rendered(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(text(el, '.error-title')).to.equal('This content could not be loaded.');
    const retry = $<HTMLButtonElement>(el, 'button[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect($$(el, 'slot'), 'no part on an error').to.deep.equal([]);
    retry.click();
    await until(() => partOf(el, 'headline'), 'the article did not come after Retry');
    await articleReady(el, ['headline', 'body']);
  });

  it('keeps the article and shows the stale notice when a refresh fails', async () => {
    const key = uniqueKey('na-stale');
    const src = feedServerUrl(key, { failAfter: 1, failStatus: 500 });
    const el = await fixture<NewsArticle>(html`<news-article src=${src} .loader=${new FeedLoader({ retries: 0 })}></news-article>`);
    await articleReady(el, ['headline']);
    el.reload();
    await until(() => $(el, '[part="stale"]'), 'no stale notice');
    await settle(el);
    expect(text(el, '[part="headline"]')).to.equal("Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases");
    expect($(el, '[part="stale"] [part="retry"]')).to.exist;
  });
});
