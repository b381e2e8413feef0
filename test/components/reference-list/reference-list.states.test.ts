import { expect, fixture, html } from '@open-wc/testing';
import type { ReferenceList } from '../../../src/components/reference-list/reference-list.js';
import '../../../src/components/reference-list/reference-list.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itKeepsContentWhenStale, itTakesNoRoomWithout } from '../../helpers/state-behaviour.js';

describe('reference-list states', () => {
  failOnConsoleErrors();

  itTakesNoRoomWithout('reference-list', { what: 'references', minHeight: 50 });

  it('says so when the feed has no items', async () => {
    const el = await mount<ReferenceList>(html`<reference-list .feed=${EMPTY_FEED}></reference-list>`);
    expect(text(el, '[part="empty"]')).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a skeleton while loading, without the heading bar for heading=""', async () => {
    const src = feedServerUrl(uniqueKey('rl-loading'), { delay: 3000 });
    const el = await fixture<ReferenceList>(html`<reference-list src=${src}></reference-list>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('.skeleton-heading')).to.exist;
    expect(skeleton.querySelectorAll('.skeleton-line')).to.have.length(4);
    el.heading = '';
    await el.updateComplete;
    expect(skeleton.querySelector('.skeleton-heading')).to.equal(null);
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('rl-error'), { status: 500 });
    const el = await fixture<ReferenceList>(html`<reference-list src=${src} .loader=${new FeedLoader({ retries: 0 })}></reference-list>`);
    await rendered(el);
    expect($(el, '[role="alert"] button[part="retry"]')).to.exist;
  });

  itKeepsContentWhenStale('reference-list', { content: '[part="reference"]', count: 3 });
});
