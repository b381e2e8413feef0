import { expect } from '@open-wc/testing';
import { hasFilters, headlineFilters, headlineTitle, passesFilters, words } from '../../../src/components/headline-list/headline-filters.js';
import type { NewsItem } from '../../../src/feed/types.js';
import { normalizeFeed } from '../../../src/on-demand/feed/normalize.js';

/** Items as the normalizer makes them from plain JSON Feed items. */
function itemsOf(...items: Record<string, unknown>[]): readonly NewsItem[] {
  return normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items }, { sourceUrl: location.href }).feed.items;
}

describe('headline filters', () => {
  it('words() splits at commas and white space', () => {
    expect(words(' a, b  c,,d\n')).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(words(undefined)).to.deep.equal([]);
  });

  it('headlineFilters() trims and lower-cases, and leaves blank filters out', () => {
    expect(headlineFilters({ category: ' Markets ', tag: 'World News', exclude: 'a, b' })).to.deep.equal({
      category: 'markets',
      tag: 'world news',
      exclude: ['a', 'b'],
    });
    const none = headlineFilters({ category: '  ', tag: '' });
    expect(none).to.deep.equal({ category: undefined, tag: undefined, exclude: [] });
    expect(hasFilters(none)).to.equal(false);
    expect(hasFilters(headlineFilters({ exclude: 'a' }))).to.equal(true);
  });

  it('passesFilters() keeps items of the category and with the tag, ignoring case, and leaves out excluded ids', () => {
    const [markets, politics, tagged] = itemsOf(
      { id: 'm', title: 'M', _news: { category: 'markets' } },
      { id: 'p', title: 'P', _news: { category: 'Politics' } },
      { id: 't', title: 'T', tags: ['World News'], _news: { category: 'Markets' } }
    );
    const pass = (filters: Parameters<typeof headlineFilters>[0]) =>
      [markets, politics, tagged].filter((item) => passesFilters(item, headlineFilters(filters))).map((item) => item.id);
    expect(pass({})).to.deep.equal(['m', 'p', 't']);
    expect(pass({ category: 'MARKETS' })).to.deep.equal(['m', 't']);
    expect(pass({ tag: 'world news' })).to.deep.equal(['t']);
    expect(pass({ category: 'markets', exclude: 't p' })).to.deep.equal(['m']);
  });

  it('headlineTitle() stands in for a missing title: an excerpt, the image description, the site', () => {
    const text = 'Just landed in Frankfurt for the ECB press conference tomorrow. Expect questions on the balance sheet runoff and on the euro.';
    const [titled, summary, contentText, imageOnly, linkOnly] = itemsOf(
      { id: '1', title: 'A title', summary: 'A summary' },
      { id: '2', summary: 'A short summary.' },
      { id: '3', content_text: text },
      { id: '4', image: 'https://news.example/a.jpg', _news: { image_alt: 'A harbour at dawn' } },
      { id: '5', url: 'https://www.news.example/story' }
    );
    // The normalizer drops an item with nothing in it; a list may still be handed one.
    const nothing: NewsItem = { ...linkOnly, url: undefined };
    expect(headlineTitle(titled)).to.equal('A title');
    expect(headlineTitle(summary)).to.equal('A short summary.');
    const excerpt = headlineTitle(contentText)!;
    expect(excerpt.endsWith('…')).to.equal(true);
    expect(excerpt.length).to.be.at.most(111);
    expect(text.startsWith(excerpt.slice(0, -1))).to.equal(true);
    expect(headlineTitle(imageOnly)).to.equal('A harbour at dawn');
    expect(headlineTitle(linkOnly)).to.equal('news.example');
    expect(headlineTitle(nothing)).to.equal(undefined);
    // An item with nothing to name its link by is never listed.
    expect(passesFilters(nothing, headlineFilters({}))).to.equal(false);
  });
});
