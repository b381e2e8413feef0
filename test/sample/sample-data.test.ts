import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import * as sample from '../../sample/sample-data.js';
import { fetchJson } from '../helpers/fixtures.js';

/** The placeholder feeds stories and tests share. */
const PLACEHOLDER_FEEDS = {
  EMPTY_FEED: sample.EMPTY_FEED,
  MIXED_FEED: sample.MIXED_FEED,
  NO_IMAGE_FEED: sample.NO_IMAGE_FEED,
  MANY_QUESTIONS_FEED: sample.MANY_QUESTIONS_FEED,
  ARABIC_FAQ_FEED: sample.ARABIC_FAQ_FEED,
  UNTITLED_SOURCES_FEED: sample.UNTITLED_SOURCES_FEED,
  OBJECT_FEED: sample.OBJECT_FEED,
};

describe('sample data', () => {
  it('is the file served at SAMPLE_FEED_URL, naming that URL as its own', async () => {
    const { feed_url: feedUrl, ...imported } = sample.SAMPLE_FEED;
    expect(feedUrl).to.equal(sample.SAMPLE_FEED_URL);
    expect(await fetchJson(sample.SAMPLE_FEED_URL)).to.deep.equal(imported);
  });

  it('names the seed article, the first item, which has every part the widgets show', () => {
    const { feed } = normalizeFeed(sample.SAMPLE_FEED);
    const seed = feed.items[0];
    expect(seed.id).to.equal(sample.SEED_ARTICLE_ID);
    expect(seed.faq).to.have.length(4);
    expect(seed.keyTakeaways).to.have.length(3);
    expect(seed.image && seed.summary && seed.datePublished).to.be.ok;
  });

  it('names a related headline that has only a title, an image and a category', () => {
    const item = normalizeFeed(sample.SAMPLE_FEED).feed.items.find((candidate) => candidate.id === sample.TITLE_ONLY_ID)!;
    expect(item.title && item.image && item.category).to.be.ok;
    expect([item.summary, item.faq.length, item.keyTakeaways.length]).to.deep.equal([undefined, 0, 0]);
  });

  it('has placeholder feeds that the normalizer reads without dropping anything', () => {
    for (const [name, raw] of Object.entries(PLACEHOLDER_FEEDS)) {
      const { dropped } = normalizeFeed(raw);
      expect(dropped, name).to.deep.equal([]);
    }
  });

  it('edits the seed article in a copy, leaving the sample feed as it was', () => {
    const changed = sample.seedArticleFeed({ title: 'Changed', image: undefined });
    expect(changed.items).to.have.length(1);
    expect(changed.items[0]).to.include({ id: sample.SEED_ARTICLE_ID, title: 'Changed', image: undefined });
    expect(sample.SAMPLE_FEED.items[0].title).to.match(/^Trump's envoy/);
  });
});
