/**
 * The stale state every widget shares (docs/conventions.md, "States"): after a refresh that failed,
 * the loader answers with its last good copy and the error (`staleError`), and the widget keeps what
 * it shows under a notice with a Retry. Each widget's states test calls this with what it shows.
 */
import { expect, fixture } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { SAMPLE_FEED_URL } from '../../sample/sample-data.js';
import { $, $$ } from './query.js';
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
