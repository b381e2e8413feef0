import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PagingController, type PagingOptions } from '../../src/controllers/paging-controller.js';
import type { FeedError } from '../../src/feed/errors.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import { captureConsole } from '../helpers/console-capture.js';
import { feedServerUrl, normalizeFile, uniqueKey } from '../helpers/fixtures.js';

/** The real loader, remembering which pages it was asked for. */
class RecordingLoader extends FeedLoader {
  readonly asked: string[] = [];

  override load(url: string) {
    this.asked.push(url.split('/').pop()!);
    return super.load(url);
  }
}

/** A list of links and a "Load more" button, as a widget would render them. Tests change `options`. */
class PagingHost extends LitElement {
  @property({ attribute: false }) feed?: NewsFeed;
  @property({ type: Number }) limit?: number;
  loader = new RecordingLoader({ retries: 0 });
  accepts: (item: NewsItem) => boolean = () => true;

  readonly options: PagingOptions = {
    feed: () => this.feed,
    accepts: (item) => this.accepts(item),
    pageSize: () => this.limit,
    loader: () => this.loader,
    focusItem: (index) => this.renderRoot.querySelectorAll('a')[index]?.focus(),
  };
  readonly paging = new PagingController(this, this.options);

  get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  protected override render(): unknown {
    return html`${this.paging.shown.map((item) => html`<a href="#${item.id}">${item.id}</a>`)}
    ${this.paging.canLoadMore ? html`<button @click=${() => this.paging.loadMore(this.button!)}>More</button>` : nothing}`;
  }
}
customElements.define('test-paging', PagingHost);

const CHAIN = '/test/fixtures/paging-chain-1.json';
const ids = (el: PagingHost) => el.paging.shown.map((item) => item.id);

/** The first page of a chain of four, whose last page points back to the second. */
async function chain(): Promise<NewsFeed> {
  return (await normalizeFile(CHAIN)).feed;
}

async function host(feed: NewsFeed, limit?: number): Promise<PagingHost> {
  return fixture<PagingHost>(html`<test-paging .feed=${feed} .limit=${limit}></test-paging>`);
}

/** A first page in memory whose `next_url` is `next`, with items `ids`. */
function firstPage(next: string, ...ids: string[]): NewsFeed {
  const items = ids.map((id) => ({ id, url: `https://news.example/${id}`, title: id }));
  return normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', next_url: next, items }, { sourceUrl: location.href }).feed;
}

/** Clicks "Load more" and waits until the click's work is done. */
async function loadMore(el: PagingHost): Promise<void> {
  await el.paging.loadMore(el.button ?? undefined);
  await el.updateComplete;
}

describe('PagingController', () => {
  it('shows the accepted items, `pageSize` of them when there is one', async () => {
    const el = await host(await chain());
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b']);
    el.limit = 1;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['c1-a']);
    el.accepts = (item) => item.id !== 'c1-a';
    el.requestUpdate();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['c1-b']);
    expect(el.paging.items.map((item) => item.id)).to.deep.equal(['c1-a', 'c1-b']);
    expect(el.paging.matching.map((item) => item.id)).to.deep.equal(['c1-b']);
  });

  it('first reveals the items hidden by the page size, then fetches the next page', async () => {
    const el = await host(await chain(), 1);
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b']);
    expect(el.loader.asked).to.deep.equal([]);
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b', 'c2-a']);
    expect(el.loader.asked).to.deep.equal(['paging-chain-2.json']);
    // restart() (a new page size or new filters) shows one page size again; the pages stay.
    el.paging.restart();
    el.requestUpdate();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['c1-a']);
    expect(el.paging.items).to.have.length(3);
  });

  it('follows next_url page by page, drops repeated items and stops where next_url loops back', async () => {
    const el = await host(await chain());
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b', 'c2-a']);
    await loadMore(el);
    expect(ids(el), 'c1-b again on page 3').to.deep.equal(['c1-a', 'c1-b', 'c2-a', 'c3-a']);
    await loadMore(el);
    expect(ids(el), 'c1-a again on page 4').to.deep.equal(['c1-a', 'c1-b', 'c2-a', 'c3-a', 'c4-a']);
    // Page 4 points back to page 2: that is the end.
    expect(el.paging.canLoadMore).to.equal(false);
    expect(el.button).to.equal(null);
    expect(el.loader.asked).to.deep.equal(['paging-chain-2.json', 'paging-chain-3.json', 'paging-chain-4.json']);
  });

  it('fetches on until a page brings an accepted item, at most maxPagesPerClick pages per click', async () => {
    const el = await host(await chain());
    el.accepts = (item) => item.category === 'Markets';
    el.options.maxPagesPerClick = 2;
    el.requestUpdate();
    await loadMore(el);
    // Pages 2 and 3 bring sport only: the click ends there, and the button stays for the rest.
    expect(el.loader.asked).to.deep.equal(['paging-chain-2.json', 'paging-chain-3.json']);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b']);
    expect(el.paging.canLoadMore).to.equal(true);
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b', 'c4-a']);
    expect(el.paging.canLoadMore).to.equal(false);

    const once = await host(await chain());
    once.accepts = (item) => item.category === 'Markets';
    await loadMore(once);
    expect(once.loader.asked, 'five pages at most by default').to.have.length(3);
    expect(ids(once)).to.deep.equal(['c1-a', 'c1-b', 'c4-a']);
  });

  it('asks for one page at a time however often it is clicked', async () => {
    const key = uniqueKey('paging-busy');
    const el = await host(firstPage(feedServerUrl(key, { delay: 200, body: 'test/fixtures/paging-chain-2.json' }), 'a'));
    const first = el.paging.loadMore();
    await el.updateComplete;
    expect(el.paging.loading).to.equal(true);
    await el.paging.loadMore();
    await first;
    expect(el.loader.asked).to.have.length(1);
    expect(el.paging.loading).to.equal(false);
  });

  it('keeps the items and says `failed` when a page fails, with the detail in a console warning; the next click tries again', async () => {
    const key = uniqueKey('paging-fail');
    const el = await host(firstPage(feedServerUrl(key, { fail: 1, body: 'test/fixtures/paging-chain-2.json' }), 'a', 'b'));
    const capture = captureConsole({ quiet: true });
    try {
      await loadMore(el);
    } finally {
      capture.restore();
    }
    expect(el.paging.failed).to.equal(true);
    expect(capture.warnings).to.have.length(1);
    expect(capture.warnings[0][0]).to.equal('news-widgets: the next page of the feed could not be loaded:');
    expect((capture.warnings[0][1] as FeedError).kind).to.equal('http');
    expect(el.paging.loading).to.equal(false);
    expect(ids(el)).to.deep.equal(['a', 'b']);
    expect(el.paging.canLoadMore).to.equal(true);
    await loadMore(el);
    expect(el.paging.failed).to.equal(false);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c2-a']);
  });

  it('drops the answer for a feed the list no longer shows, and starts over with the new one', async () => {
    const key = uniqueKey('paging-stale');
    const el = await host(firstPage(feedServerUrl(key, { delay: 300, body: 'test/fixtures/paging-chain-2.json' }), 'old'));
    const pending = el.paging.loadMore();
    await el.updateComplete;
    expect(el.paging.loading).to.equal(true);
    el.feed = await chain();
    await el.updateComplete;
    expect(el.paging.loading, 'the new feed is not busy').to.equal(false);
    await pending;
    await aTimeout(50);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b']);
    expect(el.paging.items.map((item) => item.id)).not.to.include('c2-a');
    expect(el.paging.moreShown).to.equal(false);
    await loadMore(el);
    expect(ids(el)).to.deep.equal(['c1-a', 'c1-b', 'c2-a']);
  });

  it('says when more items were shown, and keeps focus in the list when the focused button goes away', async () => {
    const el = await host(firstPage('', 'a', 'b', 'c', 'd', 'e'), 2);
    el.button!.focus();
    el.button!.click();
    await waitUntil(() => el.paging.moreShown, 'moreShown was not set');
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(el.shadowRoot!.activeElement, 'the button stays, and keeps focus').to.equal(el.button);
    el.button!.click();
    await waitUntil(() => !el.button, 'the button stayed');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(el.shadowRoot!.activeElement?.textContent, 'the first new item').to.equal('e');
    expect(el.paging.moreShown).to.equal(true);
  });
});
