import { expect, fixture, html } from '@open-wc/testing';
import type { QuickSummary } from '../../../src/components/quick-summary/quick-summary.js';
import '../../../src/components/quick-summary/quick-summary.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, seedArticleFeed, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $ } from '../../helpers/query.js';
import { mount, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale, itTakesNoRoomWithout } from '../../helpers/state-behaviour.js';

describe('quick-summary', () => {
  failOnConsoleErrors();

  describe('an article without a summary', () => {
    itTakesNoRoomWithout('quick-summary', { what: 'a summary', minHeight: 50 });

    it('counts a summary of white space as none', async () => {
      const el = await mount<QuickSummary>(html`<quick-summary .feed=${seedArticleFeed({ summary: ' \n ' })}></quick-summary>`);
      expect(el.hasAttribute('empty')).to.equal(true);
    });

    it('still shows the loading state until the feed says so', async () => {
      const src = feedServerUrl(uniqueKey('qs-empty-loading'), { delay: 300 });
      const el = await fixture<QuickSummary>(html`<quick-summary src=${src} item=${TITLE_ONLY_ID}></quick-summary>`);
      expect($(el, '[part="skeleton"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
      await until(() => el.hasAttribute('empty'), 'the widget did not hide');
    });
  });

  it('says so when the feed has no items', async () => {
    const el = await mount<QuickSummary>(html`<quick-summary .feed=${EMPTY_FEED}></quick-summary>`);
    expect($(el, '[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a skeleton of the box while loading, without the heading bar for heading=""', async () => {
    const src = feedServerUrl(uniqueKey('qs-loading'), { delay: 3000 });
    const el = await fixture<QuickSummary>(html`<quick-summary src=${src}></quick-summary>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.base .skeleton-heading')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect(skeleton.querySelector('.skeleton-heading')).to.equal(null);
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('qs-error'), { status: 500 });
    const el = await mount<QuickSummary>(html`<quick-summary src=${src} .loader=${new FeedLoader({ retries: 0 })}></quick-summary>`);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.querySelector('button[part="retry"]')!.textContent!.trim()).to.equal('Try again');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  itKeepsContentWhenStale('quick-summary', { content: '[part="text"]', count: 1 });
});
