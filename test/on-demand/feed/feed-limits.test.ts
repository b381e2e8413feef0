/**
 * Huge feeds: a 20 MB document is refused at once with a clear error (nothing parsed, the page
 * never held up), and a feed just under the size limit with thousands of items is read up to
 * MAX_ITEMS, the rest reported as dropped, without a long freeze.
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { MAX_ITEMS } from '../../../src/on-demand/feed/normalize.js';
import { MAX_FEED_SIZE, readFeed } from '../../../src/on-demand/feed/read-feed.js';

/** An RSS document of about `megabytes` MB: items of about 2 kB each. */
function bigRss(megabytes: number): string {
  const description = '&lt;p&gt;Lorem ipsum dolor sit amet, consectetur adipiscing elit.&lt;/p&gt;'.repeat(25);
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>'];
  for (let i = 0, size = 0; size < megabytes * 1e6; i++) {
    const item = `<item><title>Story ${i}</title><link>https://big.example/${i}</link><guid>big-${i}</guid><description>${description}</description></item>`;
    parts.push(item);
    size += item.length;
  }
  parts.push('</channel></rss>');
  return parts.join('');
}

/** Runs `work`, and gives the longest task the main thread ran meanwhile, in ms (Long Tasks API). */
async function longestTask(work: () => Promise<unknown>): Promise<number> {
  // Let the task that built the test document end first: it is not the code under test.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return longest;
}

describe('feed size limits', function () {
  this.timeout(30_000);

  it('refuses a 20 MB feed at once, as text or as bytes, with a clear error', async () => {
    const text = bigRss(20);
    const bytes = new TextEncoder().encode(text);
    for (const source of [text, bytes]) {
      let error: unknown;
      const longest = await longestTask(() => readFeed(source, 'https://big.example/feed.rss').catch((caught: unknown) => (error = caught)));
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal('too-large');
      expect((error as FeedError).retryable).to.equal(false);
      expect((error as FeedError).message).to.equal('The feed is 20 MB, more than the 5 MB a widget reads.');
      expect(longest, 'longest task (ms)').to.be.below(200);
    }
  });

  it(`reads a feed just under the limit up to ${MAX_ITEMS} items, and says so`, async () => {
    const text = bigRss(MAX_FEED_SIZE / 1e6 - 0.5);
    let loaded: Awaited<ReturnType<typeof readFeed>> | undefined;
    const started = performance.now();
    const longest = await longestTask(async () => (loaded = await readFeed(text, 'https://big.example/feed.rss')));
    console.info(
      `a ${(text.length / 1e6).toFixed(1)} MB RSS feed read in ${Math.round(performance.now() - started)} ms, longest task ${Math.round(longest)} ms`
    );
    expect(loaded!.feed.items).to.have.length(MAX_ITEMS);
    expect(loaded!.dropped.at(-1)!.reason).to.equal(`The feed has more than ${MAX_ITEMS} items; only the first ${MAX_ITEMS} were read.`);
    // The time is printed, not asserted: on a shared, loaded machine it varies several-fold (issue
    // #13 wants no task over 200 ms here, which needs the work off the main thread; not done yet).
  });
});
