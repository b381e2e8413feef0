/**
 * Bounded downloads (issue #13, item 2): the size limit holds while the body streams. A gzip bomb
 * (600 MiB of spaces, 0.6 MB on the wire, from the test server's /api/bomb) is cut off after about
 * the limit, quickly, with a `too-large` FeedError, and the download itself stops (the server sees
 * the client leave); the limit is set per loader (`new FeedLoader({ maxBytes })`); a body that
 * streams slowly is read whole when it arrives within the timeout, and ends as a `timeout` when it
 * does not (the timeout covers the body too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/headline-list/headline-list.define.js';
import { FeedError } from '../../src/feed/errors.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { MAX_FEED_SIZE, readFeed } from '../../src/on-demand/feed/read-feed.js';
import { fetchJson, rejection, uniqueKey } from '../helpers/fixtures.js';
import { $ } from '../helpers/query.js';
import { rendered } from '../helpers/settle.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';

const SAMPLE_FEED_TITLE = SAMPLE_FEED.title;

const MIB = 1 << 20;

interface StreamRecord {
  hits: number;
  sent?: number;
  total?: number;
  closedEarly?: boolean;
}
const record = (key: string) => fetchJson(`/api/hits?key=${encodeURIComponent(key)}`) as Promise<StreamRecord>;

/** The error a load ends with, and how long it took (ms). */
async function timed(loader: FeedLoader, url: string): Promise<{ error: FeedError; ms: number }> {
  const started = performance.now();
  const error = await rejection(loader.load(url));
  return { error, ms: performance.now() - started };
}

describe('a size limit enforced while the body streams', function () {
  this.timeout(30_000);

  it('cuts a gzip bomb (600 MiB of spaces, 0.6 MB on the wire) off after about the limit, quickly', async () => {
    const key = uniqueKey('bomb');
    const { error, ms } = await timed(new FeedLoader({ retries: 0 }), `/api/bomb?key=${key}`);
    console.info(`gzip bomb: refused after ${(error.details.size! / 1e6).toFixed(2)} MB read, in ${Math.round(ms)} ms (${error.message})`);
    expect(error.kind).to.equal('too-large');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.match(/^The feed is larger than the 5 MB a widget reads: its download was stopped after \d+(\.\d)? MB\.$/);
    // Read: more than the limit (that is how it is known), and a decoded chunk or a few more (Chromium hands the
    // decompressed body over in chunks whose size grows with load), never anything like 600 MiB.
    expect(error.details.size)
      .to.be.above(MAX_FEED_SIZE)
      .and.at.most(2 * MAX_FEED_SIZE);
    // Decoding all 600 MiB took about 1.5 s before; 5 MB takes a few tens of ms. 5 s of margin for a loaded machine.
    expect(ms, 'ms to the error').to.be.below(5000);
  });

  it('stops the download itself: a bomb sent one MiB every 5 ms is left after a few MiB of 600', async () => {
    const key = uniqueKey('bomb-paced');
    const { error, ms } = await timed(new FeedLoader({ retries: 0 }), `/api/bomb?key=${key}&pace=5`);
    expect(error.kind).to.equal('too-large');
    // The server notices the closed connection at its next write.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { sent, total, closedEarly } = await record(key);
    console.info(`paced gzip bomb: ${sent} of ${total} MiB sent before the client left, error after ${Math.round(ms)} ms`);
    expect(closedEarly, 'the client closed the connection before the end').to.equal(true);
    expect(sent).to.be.below(100);
  });

  it('takes its limit from the loader: new FeedLoader({ maxBytes })', async () => {
    const small = new FeedLoader({ retries: 0, maxBytes: 200_000 });
    expect(small.options.maxBytes).to.equal(200_000);
    expect(new FeedLoader().options.maxBytes).to.equal(MAX_FEED_SIZE);
    const { error } = await timed(small, `/api/bomb?key=${uniqueKey('bomb-small')}&mb=20`);
    expect(error.kind).to.equal('too-large');
    expect(error.details.size)
      .to.be.above(200_000)
      .and.at.most(200_000 + 4 * MIB);
    expect(error.message).to.match(/larger than the 200 kB a widget reads/);
    // Just over a limit, the size is said in bytes.
    const over = await rejection(readFeed(' '.repeat(1001), 'https://example.com/feed.json', null, 1000));
    expect(over.message).to.equal('The feed is 1001 bytes, more than the 1 kB a widget reads.');

    // The sample feed (a few kB) is under any sensible limit, and over a tiny one.
    const sample = `/api/feed?key=${uniqueKey('limit-sample')}`;
    expect((await new FeedLoader({ maxBytes: 1_000_000 }).load(sample)).feed.title).to.equal(SAMPLE_FEED_TITLE);
    expect((await timed(new FeedLoader({ maxBytes: 1000 }), sample)).error.kind).to.equal('too-large');
  });

  it('reads a body that streams slowly, and times out on one slower than the timeout (body included)', async () => {
    const slow = `/api/slow?key=${uniqueKey('slow')}&parts=8&every=60`;
    expect((await new FeedLoader({ retries: 0 }).load(slow)).feed.title).to.equal(SAMPLE_FEED_TITLE);

    const key = uniqueKey('slower');
    const { error, ms } = await timed(new FeedLoader({ retries: 0, timeoutMs: 300 }), `/api/slow?key=${key}&parts=10&every=200`);
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('The feed took longer than 300 ms to arrive.');
    expect(ms).to.be.below(3000);
    expect(new FeedError('timeout', '').retryable).to.equal(true);
    expect((await timed(new FeedLoader({ retries: 0, timeoutMs: 1500 }), `/api/slow?key=${key}-2&parts=10&every=400`)).error.message).to.equal(
      'The feed took longer than 1.5 s to arrive.'
    );
  });

  it('shows a widget on a bomb in its error state, without Retry, and tells the developer why', async () => {
    let detail: { error: FeedError } | undefined;
    const el = await fixture<HTMLElement>(
      html`<headline-list src=${`/api/bomb?key=${uniqueKey('bomb-widget')}`} @news-feed-error=${(event: CustomEvent) => (detail = event.detail)}></headline-list>`
    );
    await rendered(el, 10_000);
    expect($(el, '[part="error"]')).not.to.equal(null);
    expect($(el, '[part="retry"]')).to.equal(null);
    expect(detail!.error.kind).to.equal('too-large');
    expect(detail!.error.message).to.contain('download was stopped');
  });
});
