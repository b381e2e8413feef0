/**
 * The schema's list helpers give the validated entries, not the raw ones: a section's `level` is
 * an integer 1 to 6 or the entry is dropped (460 fuzzed feeds had levels of null, -3, 7 or
 * 6.4e-323 in the model), and every other list gets its fallbacks and trimming too.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import type { NewsItem } from '../../src/feed/types.js';

function itemWith(fields: Record<string, unknown>): NewsItem {
  const { feed } = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Item', ...fields }] });
  return feed.items[0];
}

describe('schema ranges', () => {
  it('keeps a section only when its level is an integer from 1 to 6 (2 when absent)', () => {
    const bad = [null, -3, 0, 7, 6.4e-323, 2.5, '2', Number.MAX_VALUE, true, [], {}];
    const sections = [
      { id: 'one', title: 'One', level: 1 },
      ...bad.map((level, index) => ({ id: `bad-${index}`, title: 'Bad', level })),
      { id: 'six', title: 'Six', level: 6 },
      { id: 'plain', title: 'Plain' },
    ];
    expect(itemWith({ _news: { sections } }).sections).to.deep.equal([
      { id: 'one', title: 'One', level: 1 },
      { id: 'six', title: 'Six', level: 6 },
      { id: 'plain', title: 'Plain', level: 2 },
    ]);
  });

  it('gives every level in the model as an integer from 1 to 6, whatever the feed sent', () => {
    const levels = [null, undefined, -3, 7, 6.4e-323, NaN, Infinity, 3];
    const { sections } = itemWith({ _news: { sections: levels.map((level, index) => ({ id: `s${index}`, title: 'S', level })) } });
    for (const { level } of sections) expect(Number.isInteger(level) && level >= 1 && level <= 6, String(level)).to.equal(true);
    expect(sections.map((section) => section.id)).to.deep.equal(['s1', 's7']);
  });

  it('gives the validated entries of the other lists too (trimmed ids, wrong types absent)', () => {
    const item = itemWith({
      authors: [{ name: 5, url: 'https://example.com/a' }, { name: 'Ann' }, 'not an author'],
      _news: {
        sections: [{ id: '  spaced  ', title: 'Spaced', level: 3 }],
        key_takeaways: [{ text: 'Point', source: { url: 5 } }],
        references: [{ title: 'Ref', url: ['https://example.com/'], publisher: 'P' }],
      },
    });
    expect(item.authors).to.deep.equal([
      { name: undefined, url: 'https://example.com/a', avatar: undefined },
      { name: 'Ann', url: undefined, avatar: undefined },
    ]);
    expect(item.sections).to.deep.equal([{ id: 'spaced', title: 'Spaced', level: 3 }]);
    expect(item.keyTakeaways).to.deep.equal([{ text: 'Point', source: undefined }]);
    expect(item.references).to.deep.equal([{ title: 'Ref', url: undefined, publisher: 'P' }]);
  });
});
