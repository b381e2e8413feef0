/**
 * The RSS/Atom adapter is code a page downloads only when a response is XML: a page of JSON Feeds
 * never fetches it. (This file runs in a page of its own, which nothing else imported it into.)
 */
import { expect } from '@open-wc/testing';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';

const adapterFetched = () => performance.getEntriesByType('resource').some((entry) => /\/xml-feed\.(ts|js)\b/.test(entry.name));

describe('the XML adapter loads on demand', () => {
  it('is not downloaded for JSON Feeds, and is once a feed is RSS', async () => {
    const loader = new FeedLoader({ retries: 0 });
    await loader.load(feedServerUrl(uniqueKey('json')));
    expect(adapterFetched(), 'after a JSON Feed').to.equal(false);
    await loader.load(feedServerUrl(uniqueKey('rss'), { body: 'test/fixtures/widgets.rss', type: 'application/rss+xml' }));
    expect(adapterFetched(), 'after an RSS feed').to.equal(true);
  });
});
