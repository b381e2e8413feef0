/**
 * Messages for two audiences (issue #13, item 7): a feed on another origin whose server sends no
 * Access-Control-Allow-Origin. Readers see the plain sentence of a network error; the developer
 * gets "probably CORS: the feed's server sends no Access-Control-Allow-Origin" in the FeedError
 * (news-feed-error's detail) and in the console. The second origin is the same test server under
 * the other name: localhost vs 127.0.0.1. The heuristic is honest: a server that does not answer
 * at all (port 9) is not called CORS, and the same feed with the header loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-card/article-card.define.js';
import type { FeedError } from '../../src/feed/errors.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { captureConsole } from '../helpers/console-capture.js';
import { hits, rejection, uniqueKey } from '../helpers/fixtures.js';
import { $, shadowText } from '../helpers/query.js';
import { rendered } from '../helpers/settle.js';

const CORS = "probably CORS: the feed's server sends no Access-Control-Allow-Origin";

/** The test server under the other host name: the same files, another origin. */
function otherOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

describe('a cross-origin feed without CORS headers', function () {
  this.timeout(20_000);

  it('rejects with a network error that names CORS as the probable cause', async () => {
    const url = otherOrigin(`/api/feed?key=${uniqueKey('cors')}`);
    expect(new URL(url).origin).not.to.equal(location.origin);
    const error = await rejection(new FeedLoader({ retries: 0 }).load(url));
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain(CORS);
    expect(error.message).to.contain(url);
    expect(error.message).to.contain(location.origin);
    expect(error.details.cause).to.be.instanceOf(TypeError);
  });

  // Only that header: the request is CORS-safelisted (its Accept is under 128 characters), so no preflight.
  it('loads the same feed when its server sends Access-Control-Allow-Origin, with no preflight', async () => {
    const key = uniqueKey('cors-ok');
    const loaded = await new FeedLoader({ retries: 0 }).load(otherOrigin(`/api/feed?key=${key}&cors=1`));
    expect(loaded.feed.items.length).to.be.above(0);
    // The server counts every request, an OPTIONS preflight included.
    expect((await hits(key)).hits).to.equal(1);
  });

  it('does not call a server that does not answer CORS', async () => {
    const error = await rejection(new FeedLoader({ retries: 0 }).load('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).not.to.contain('CORS');
  });

  it('tells readers a plain sentence, and the developer CORS in news-feed-error and the console', async () => {
    const capture = captureConsole({ quiet: true });
    let detail: { error: FeedError; url: string } | undefined;
    try {
      const src = otherOrigin(`/api/feed?key=${uniqueKey('cors-widget')}`);
      const el = await fixture<HTMLElement>(
        html`<article-card src=${src} .loader=${new FeedLoader({ retries: 0 })} @news-feed-error=${(event: CustomEvent) => (detail = event.detail)}></article-card>`
      );
      await rendered(el, 10_000);
      expect($(el, '[part="error"]')).not.to.equal(null);
      expect(shadowText(el)).not.to.contain('CORS');
      expect(shadowText(el)).not.to.contain('127.0.0.1');
      expect(detail!.url).to.equal(src);
      expect(detail!.error.message).to.contain(CORS);
      const warned = capture.warnings.find((args) => String(args[0]).includes(src));
      expect(warned, 'a console warning about the source').not.to.equal(undefined);
      expect(String(warned![1])).to.contain(CORS);
    } finally {
      capture.restore();
    }
  });
});
