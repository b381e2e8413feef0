import { expect } from '@open-wc/testing';
import { FeedLoader, retryAfterMs } from '../../../src/on-demand/feed/load.js';
import { SAMPLE_FEED_URL } from '../../../sample/sample-data.js';
import { feedServerUrl, hits, rejection, uniqueKey } from '../../helpers/fixtures.js';

/** A loader with short delays, so retries are tested in milliseconds. */
const fastLoader = (options: ConstructorParameters<typeof FeedLoader>[0] = {}) =>
  new FeedLoader({ timeoutMs: 2000, retries: 2, backoffMs: 10, maxDelayMs: 3000, ...options });

describe('FeedLoader against a real local server', () => {
  it('sends one request per URL however many callers ask, in flight and after', async () => {
    const key = uniqueKey('dedupe');
    const loader = fastLoader();
    const results = await Promise.all(Array.from({ length: 5 }, () => loader.load(feedServerUrl(key, { delay: 100 }))));
    expect(new Set(results).size).to.equal(1);
    await loader.load(feedServerUrl(key, { delay: 100 }));
    // The same URL written relative and absolute is one cache entry.
    await loader.load(new URL(feedServerUrl(key, { delay: 100 }), location.href).href);
    expect((await hits(key)).hits).to.equal(1);
    expect(results[0].feed.items).to.have.length(13);
  });

  it('fails with a timeout error when the server is too slow, without retrying', async () => {
    const key = uniqueKey('timeout');
    const error = await rejection(fastLoader({ timeoutMs: 200 }).load(feedServerUrl(key, { delay: 1500 })));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/took longer than/);
    expect((await hits(key)).hits).to.equal(1);
  });

  it('retries 5xx with backoff and succeeds', async () => {
    const key = uniqueKey('retry');
    const loaded = await fastLoader().load(feedServerUrl(key, { fail: 2 }));
    expect(loaded.feed.items.length).to.be.greaterThan(0);
    expect((await hits(key)).hits).to.equal(3);
  });

  it('gives up after the configured retries with an http error that names the status', async () => {
    const key = uniqueKey('exhausted');
    const error = await rejection(fastLoader({ retries: 1 }).load(feedServerUrl(key, { status: 502 })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(502);
    expect(error.message).to.match(/answered 502/);
    expect((await hits(key)).hits).to.equal(2);
  });

  it('never retries other 4xx', async () => {
    for (const status of [400, 403, 404, 410]) {
      const key = uniqueKey(`no-retry-${status}`);
      const error = await rejection(fastLoader().load(feedServerUrl(key, { status })));
      expect(error.status).to.equal(status);
      expect((await hits(key)).hits, String(status)).to.equal(1);
    }
  });

  it('retries 429 after the Retry-After the server asked for', async () => {
    const key = uniqueKey('retry-after');
    await fastLoader({ backoffMs: 1 }).load(feedServerUrl(key, { fail: 1, failStatus: 429, retryAfter: 1 }));
    const { hits: count, times } = await hits(key);
    expect(count).to.equal(2);
    // Backoff alone would wait at most 1 ms: the gap comes from Retry-After.
    expect(times[1] - times[0]).to.be.at.least(900);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).to.equal(6000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(null)).to.equal(undefined);
  });

  it('asks again with If-None-Match on refresh and keeps the copy on 304', async () => {
    const key = uniqueKey('etag');
    const loader = fastLoader();
    const first = await loader.load(feedServerUrl(key, { etag: '"v1"' }));
    const refreshed = await loader.refresh(feedServerUrl(key, { etag: '"v1"' }));
    const record = await hits(key);
    expect(record.hits).to.equal(2);
    expect(record.conditional).to.equal(1);
    expect(refreshed.feed).to.equal(first.feed);
    expect(refreshed.staleError).to.equal(undefined);
  });

  it('keeps the last good copy, marked stale, when a refresh fails', async () => {
    const key = uniqueKey('stale');
    const loader = fastLoader({ retries: 0 });
    const first = await loader.load(feedServerUrl(key, { failAfter: 1, failStatus: 500 }));
    const stale = await loader.refresh(feedServerUrl(key, { failAfter: 1, failStatus: 500 }));
    expect(stale.feed).to.equal(first.feed);
    expect(stale.staleError?.status).to.equal(500);
    // Later callers get the stale copy too, not an error.
    expect((await loader.load(feedServerUrl(key, { failAfter: 1, failStatus: 500 }))).staleError?.kind).to.equal('http');
  });

  it('forgets a failure, so the next load (a retry button) asks the network again', async () => {
    const key = uniqueKey('forget');
    const loader = fastLoader({ retries: 0 });
    await rejection(loader.load(feedServerUrl(key, { fail: 1 })));
    const loaded = await loader.load(feedServerUrl(key, { fail: 1 }));
    expect(loaded.feed.items.length).to.be.greaterThan(0);
    expect((await hits(key)).hits).to.equal(2);
  });

  it('reports a network failure as a network error', async () => {
    // Port 9 (discard) on loopback refuses the connection at once.
    const error = await rejection(fastLoader({ retries: 0 }).load('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/could not be reached/);
  });

  it('reports truncated JSON and JSON that is not a feed, without retrying', async () => {
    const truncatedKey = uniqueKey('truncated');
    const parse = await rejection(fastLoader().load(feedServerUrl(truncatedKey, { body: 'test/fixtures/truncated.json' })));
    expect(parse.kind).to.equal('parse');
    const notFeedKey = uniqueKey('not-a-feed');
    const notFeed = await rejection(fastLoader().load(feedServerUrl(notFeedKey, { body: 'test/fixtures/not-a-feed.json' })));
    expect(notFeed.kind).to.equal('not-a-feed');
    expect((await hits(truncatedKey)).hits + (await hits(notFeedKey)).hits).to.equal(2);
  });

  it('resolves relative URLs in the feed against the URL it was loaded from', async () => {
    const loaded = await fastLoader().load(SAMPLE_FEED_URL);
    expect(loaded.url).to.equal(new URL(SAMPLE_FEED_URL, location.href).href);
    expect(loaded.feed.items[0].image).to.equal(new URL('/sample/images/coale-lukashenko-hero.svg', location.href).href);
  });
});
