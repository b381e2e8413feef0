import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, fetchJson, hits, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, shadow, texts } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

/** A feed with a next_url: three items, then two on the second page (headline-page-2.json). */
const PAGE_1 = '/test/fixtures/headline-page-1.json';

const titles = (el: HeadlineList) => texts(el, '[part="title"]');
/** The ids of the items shown, read from their links. */
const ids = (el: HeadlineList) => $$(el, '[part="link"]').map((link) => link.getAttribute('href')!.split('/').pop()!);

async function clickLoadMore(el: HeadlineList): Promise<void> {
  $(el, '[part="load-more"]')!.click();
  await el.updateComplete;
}

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('"Load more"', () => {
    it('follows next_url, appends the next page without duplicates, and goes away on the last page', async () => {
      const el = await mount<HeadlineList>(html`<headline-list src=${PAGE_1}></headline-list>`);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      await clickLoadMore(el);
      await waitUntil(() => $$(el, '[part="item"]').length === 5, 'the second page did not arrive');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c', 'page-2-a', 'page-2-b']);
      expect(titles(el)[2]).to.equal('First page, third headline');
      expect($(el, '[part="load-more"]')).to.equal(null);
    });

    it('shows a busy button while the next page is on its way', async () => {
      const key = uniqueKey('next-slow');
      const feed = (await fetchJson(PAGE_1)) as { next_url?: string };
      feed.next_url = feedServerUrl(key, { delay: 400, body: 'test/fixtures/headline-page-2.json' });
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed}></headline-list>`);
      await clickLoadMore(el);
      const button = $(el, '[part="load-more"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Loading more…');
      button.click(); // ignored while busy: one request only
      await waitUntil(() => $$(el, '[part="item"]').length === 5, 'the second page did not arrive');
      expect((await hits(key)).hits).to.equal(1);
    });

    it('with a limit, first reveals the items already loaded, then fetches the next page', async () => {
      const key = uniqueKey('next-after-reveal');
      const feed = (await fetchJson(PAGE_1)) as { next_url?: string };
      feed.next_url = feedServerUrl(key, { body: 'test/fixtures/headline-page-2.json' });
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} limit="2"></headline-list>`);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b']);
      await clickLoadMore(el);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      expect((await hits(key)).hits).to.equal(0);
      await clickLoadMore(el);
      await waitUntil(() => $$(el, '[part="item"]').length === 5, 'the second page did not arrive');
      expect((await hits(key)).hits).to.equal(1);
      expect(ids(el).slice(3)).to.deep.equal(['page-2-a', 'page-2-b']);
      // A new limit starts over from it; the pages already loaded stay.
      el.limit = 1;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['page-1-a']);
      await clickLoadMore(el);
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b']);
    });

    it('keeps the items shown and says so when the next page fails', async () => {
      const feed = (await fetchJson(PAGE_1)) as { next_url?: string };
      feed.next_url = feedServerUrl(uniqueKey('next-500'), { status: 500 });
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} .loader=${new FeedLoader({ retries: 0 })}></headline-list>`);
      await clickLoadMore(el);
      await waitUntil(() => $(el, '[part="load-more-error"]'), 'no error message');
      expect($(el, '[part="load-more-error"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part="load-more-error"]')!.textContent).to.equal('More headlines could not be loaded.');
      expect(ids(el)).to.deep.equal(['page-1-a', 'page-1-b', 'page-1-c']);
      const button = $(el, '[part="load-more"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(button.textContent!.trim()).to.equal('Load more');
    });

    it('works from the keyboard and moves focus to the first new item when the button goes away', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} limit="10"></headline-list>`);
      $(el, '[part="load-more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, '[part="item"]').length === 13, 'Enter did not load more');
      await el.updateComplete;
      expect($(el, '[part="load-more"]')).to.equal(null);
      expect(shadow(el).activeElement).to.equal($$(el, '[part="link"]')[10]);
      expect($(el, '[role="status"]')!.textContent).to.equal('More headlines shown.');
    });
  });
});
