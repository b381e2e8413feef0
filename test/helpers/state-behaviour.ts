/**
 * The stale state every widget shares (docs/conventions.md, "States"): after a refresh that failed,
 * the loader answers with its last good copy and the error (`staleError`), and the widget keeps what
 * it shows under a notice with a Retry. And the part of an article that this article lacks: the widget
 * renders nothing and takes no room, and comes back for an article that has it. Each widget's states
 * test calls these with what it shows.
 */
import { expect, fixture } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { SAMPLE_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { $, $$, shadow } from './query.js';
import { rendered } from './settle.js';

/** A loader whose every answer is the real one marked stale, as the loader answers after a failed refresh. */
export function staleLoader(): FeedLoader {
  const real = new FeedLoader();
  const loader = {
    load: async (url: string) => ({
      ...(await real.load(url)),
      staleError: new FeedError('network', 'The feed could not be reached.', { url }),
    }),
    refresh: (url: string) => loader.load(url),
  };
  return loader as unknown as FeedLoader;
}

/**
 * `<tag src>` on the sample feed after a failed refresh: the stale notice with its Retry, and
 * `content` (a selector) still shown: `count` times when given, else at least once.
 */
export function itKeepsContentWhenStale(tag: string, { content, count }: { content: string; count?: number }): void {
  it('keeps what it shows under a stale notice with a Retry after a failed refresh', async () => {
    const el = document.createElement(tag) as HTMLElement & { src: string; loader: FeedLoader };
    el.loader = staleLoader();
    el.src = SAMPLE_FEED_URL;
    await rendered(await fixture(el));
    expect($(el, '[part="stale"] button[part="retry"]'), 'the stale notice and its Retry').to.exist;
    const shown = $$(el, content);
    if (count === undefined) expect(shown, `${content} under the notice`).to.not.be.empty;
    else expect(shown, `${content} under the notice`).to.have.length(count);
  });
}

/**
 * `<tag>` for the sample's title-only article (no summary, tags, sections or references), with a margin
 * and padding of its own: `empty`, no box and no element rendered; the seed article then brings it
 * back, at least `minHeight` px tall.
 */
export function itTakesNoRoomWithout(tag: string, { what, minHeight }: { what: string; minHeight: number }): void {
  it(`renders nothing and takes no room for an article without ${what}, and comes back for one with them`, async () => {
    const el = document.createElement(tag) as HTMLElement & { feed: unknown; item: string; updateComplete: Promise<boolean> };
    el.feed = SAMPLE_FEED;
    el.item = TITLE_ONLY_ID;
    el.style.cssText = 'margin: 2rem; padding: 1rem';
    await rendered(await fixture(el));
    expect(el.hasAttribute('empty'), 'empty').to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(shadow(el).querySelector('*:not(style)'), 'no rendered element').to.equal(null);
    el.item = SEED_ARTICLE_ID;
    await el.updateComplete;
    expect(el.hasAttribute('empty'), 'empty with the seed article').to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(minHeight);
  });
}
