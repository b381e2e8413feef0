import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleMeta } from '../../../src/components/article-meta/article-meta.js';
import '../../../src/components/article-meta/article-meta.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, feedOf, SAMPLE_FEED as sample, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, shadow, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

/** The sample's related headlines have no facts of their own; a feed without a publisher leaves them nothing. */
const NO_FACTS_FEED = feedOf([{ id: 'bare', title: 'A headline and nothing else' }]);

describe('article-meta states', () => {
  failOnConsoleErrors();

  it('renders nothing and takes no space when there is nothing to show', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <article-meta .feed=${NO_FACTS_FEED} style="margin: 2rem; padding: 1rem"></article-meta>
    </div>`);
    const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(shadow(el).querySelector('*:not(style)')).to.equal(null);
  });

  it('shows the publisher alone for an article without facts of its own, and hides when that is hidden too', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${sample} item=${TITLE_ONLY_ID}></article-meta>`);
    expect(text(el, '[part="line"]')).to.equal('Published by Global Banking & Finance Review®');
    el.hide = 'publisher';
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(true);
    el.item = SEED_ARTICLE_ID;
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('says so when the feed has no items', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${EMPTY_FEED}></article-meta>`);
    expect(text(el, '[part="empty"]')).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a bar per row while loading, then the facts', async () => {
    const src = feedServerUrl(uniqueKey('am-loading'), { delay: 400 });
    const el = await fixture<ArticleMeta>(html`<article-meta src=${src}></article-meta>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelectorAll('.skeleton-row'), 'the line, the dateline and the credits').to.have.length(3);
    el.hide = 'dateline credits';
    await el.updateComplete;
    expect(skeleton.querySelectorAll('.skeleton-row'), 'the line alone').to.have.length(1);
    expect(skeleton.getBoundingClientRect().height).to.be.closeTo(21, 1);
    expect(el.hasAttribute('empty')).to.equal(false);
    await until(() => $(el, '[part="base"]'), 'the facts never showed');
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('am-error'), { status: 500 });
    const el = await fixture<ArticleMeta>(html`<article-meta src=${src} .loader=${new FeedLoader({ retries: 0 })}></article-meta>`);
    await rendered(el);
    expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  itKeepsContentWhenStale('article-meta', { content: '[part~="reading-time"]', count: 1 });
});
