/**
 * Large feeds are read in a worker (src/on-demand/feed/read-off-thread.ts, feed-worker.ts), and the
 * page gets exactly what it would have made itself: the same NewsFeed, the same FeedError. Where no
 * worker can start or run (refused, its code missing, a page whose CSP says `worker-src 'none'`)
 * the page reads the feed itself. Workers are counted through a wrapper of `Worker`.
 */
import { expect } from '@open-wc/testing';
import { OFF_THREAD_CHARS, readFeed } from '../../../src/on-demand/feed/read-feed.js';
import { isNewsFeed } from '../../../src/feed/brand.js';
import { FeedError } from '../../../src/feed/errors.js';
import { withWorkers } from '../../helpers/workers.js';

const URL_ = 'https://big.example/feed';

/** A JSON Feed of `count` items, each with a title, a summary, tags and a body. */
function jsonFeed(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `i${i}`,
    url: `/story/${i}`,
    title: `Story ${i} &amp; more`,
    summary: 'A summary with <b>markup</b>.',
    tags: ['a', 'b', 'a'],
    date_published: '2026-11-29T10:00:00Z',
    content_html: `<h2>Part</h2>${'<p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a>.</p>'.repeat(40)}`,
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', home_page_url: 'https://big.example/', items });
}

/** An RSS feed of `count` items, with entities, CDATA and a namespace. */
function rssFeed(count: number): string {
  const item = (i: number) =>
    `<item><title>Story ${i} &amp; more</title><link>https://big.example/${i}</link><guid>g${i}</guid>` +
    `<pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate><dc:creator>Ann</dc:creator>` +
    `<description><![CDATA[${'<p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a>.</p>'.repeat(40)}]]></description></item>`;
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Big</title><link>https://big.example/</link>${Array.from({ length: count }, (_, i) => item(i)).join('')}</channel></rss>`;
}

const large = { json: jsonFeed(600), rss: rssFeed(600) };
const FIRST_URL: Record<string, string> = { json: 'https://big.example/story/0', rss: 'https://big.example/0' };

async function failure(work: () => Promise<unknown>): Promise<FeedError> {
  try {
    await work();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('large feeds are read in a worker', function () {
  this.timeout(60_000);

  before(() => {
    for (const text of Object.values(large)) expect(text.length).to.be.above(OFF_THREAD_CHARS);
  });

  for (const [format, text] of Object.entries(large)) {
    it(`a ${format} feed over OFF_THREAD_CHARS: one worker, and the NewsFeed the page makes itself`, async () => {
      const inWorker = await withWorkers('normal', () => readFeed(text, URL_));
      const onPage = await withWorkers('refused', () => readFeed(text, URL_));
      expect(inWorker).to.include({ started: 1, answered: 1 });
      expect(isNewsFeed(inWorker.result.feed), 'recognised as a NewsFeed').to.be.true;
      expect(inWorker.result.feed.items).to.have.length(500);
      expect(inWorker.result).to.deep.equal(onPage.result);
      expect(inWorker.result.feed.items[0]).to.include({ title: 'Story 0 & more', url: FIRST_URL[format] });
    });
  }

  it('bytes over the limit too (as the loader gives them), decoded before they go', async () => {
    const bytes = new TextEncoder().encode(large.json);
    const { result, answered } = await withWorkers('normal', () => readFeed(bytes, URL_, 'application/feed+json'));
    expect(answered).to.equal(1);
    expect(result.feed.items).to.have.length(500);
  });

  it('a feed at or below OFF_THREAD_CHARS is read on the page: no worker', async () => {
    const { result, started } = await withWorkers('normal', () => readFeed(jsonFeed(20), URL_));
    expect(started).to.equal(0);
    expect(result.feed.items).to.have.length(20);
  });

  for (const [name, text] of [
    ['broken JSON', large.json.slice(0, -3)],
    ['JSON that is no feed', JSON.stringify({ rss: { channel: { title: 'x'.repeat(OFF_THREAD_CHARS) } } })],
    ['broken XML', large.rss.slice(0, -20)],
    ['an HTML page', `<!doctype html><html><body>${'<p>x</p>'.repeat(OFF_THREAD_CHARS / 8)}</body></html>`],
  ]) {
    it(`${name} over the limit: the FeedError the page path gives, kind, message and details`, async () => {
      const fromWorker = await withWorkers('normal', () => failure(() => readFeed(text, URL_)));
      const fromPage = await withWorkers('refused', () => failure(() => readFeed(text, URL_)));
      expect(fromWorker).to.include({ started: 1, answered: 1 });
      expect(fromWorker.result.kind).to.equal(fromPage.result.kind);
      expect(fromWorker.result.details).to.deep.equal(withoutCause(fromPage.result));
      // Two XML parsers word a broken document differently; the sentence around their words is ours.
      if (name === 'broken XML') expect(fromWorker.result.message).to.match(/^The feed is not well-formed XML/);
      else expect(fromWorker.result.message).to.equal(fromPage.result.message);
    });
  }

  for (const start of ['refused', 'missing'] as const) {
    it(`a worker ${start === 'refused' ? 'refused' : 'whose code is missing'}: the page reads the feed itself`, async () => {
      const { result, answered } = await withWorkers(start, () => readFeed(large.json, URL_));
      expect(answered).to.equal(0);
      expect(result.feed.items).to.have.length(500);
      expect(isNewsFeed(result.feed)).to.be.true;
    });
  }

  // Last: the policy stays on this page.
  it("a page whose CSP says worker-src 'none': the page reads the feed itself", async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "worker-src 'none'" });
    document.head.append(meta);
    const { result, answered } = await withWorkers('normal', () => readFeed(large.json, URL_));
    expect(answered).to.equal(0);
    expect(result.feed.items).to.have.length(500);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.include('worker-src');
  });
});

function withoutCause(error: FeedError): object {
  const { cause, ...details } = error.details;
  return details;
}
