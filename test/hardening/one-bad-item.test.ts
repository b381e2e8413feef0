/**
 * One bad item, one dropped item: whatever goes wrong while one item is read, that item is
 * dropped with a reason and its neighbours are kept. Bodies that once threw (SVG and MathML
 * links) and objects given as `.feed` whose fields throw when read.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import { readArticleHtml } from '../../src/on-demand/feed/article-html.js';

const VERSION = 'https://jsonfeed.org/version/1.1';

/** An object that claims every property, and throws when one is read. */
function throwing(message: string, target: object = {}): object {
  return new Proxy(target, {
    has: () => true,
    get() {
      throw new Error(message);
    },
  });
}

describe('one bad item, one dropped item', () => {
  it('keeps items whose bodies hold SVG and MathML links, videos and quotes', () => {
    const bodies = [
      '<svg><a href="/x"></a></svg>',
      '<math><a href="javascript:alert(1)"></a></math>',
      '<svg><video src="v.mp4"></video></svg>',
      '<svg><q cite="/c"></q></svg>',
    ];
    const { feed, dropped } = normalizeFeed({
      version: VERSION,
      items: [{ id: 'ok', title: 'ok' }, ...bodies.map((content_html, index) => ({ id: `b${index}`, title: 'x', content_html }))],
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok', 'b0', 'b1', 'b2', 'b3']);
    expect(dropped).to.deep.equal([]);
    expect(readArticleHtml(feed.items[2]).html, 'the body as a widget reads it').not.to.include('javascript:');
  });

  it('drops only the item that throws while it is read, with a reason, and keeps its neighbours', () => {
    const items = [
      { id: 'before', title: 'Before' },
      throwing('item trap'),
      { id: 'news', title: 'x', _news: throwing('extension trap') },
      {
        id: 'getter',
        get title(): string {
          throw new Error('title trap');
        },
      },
      { id: 'tags', title: 'x', tags: throwing('tags trap', []) },
      { id: 'after', title: 'After' },
    ];
    const { feed, dropped } = normalizeFeed({ version: VERSION, items });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['before', 'after']);
    expect(dropped.map(({ index, id }) => [index, id])).to.deep.equal([
      [1, undefined],
      [2, undefined],
      [3, undefined],
      [4, undefined],
    ]);
    for (const { reason } of dropped) expect(reason).to.match(/^Item \d was dropped: reading it failed \(Error: .+ trap\)\.$/);
  });

  it('drops an item whose body throws when read, and keeps the next one', () => {
    const item = { id: 'late', title: 'x', content_html: '<p>x</p>' };
    Object.defineProperty(item, 'content_html', {
      get() {
        throw new Error('body trap');
      },
    });
    const { feed, dropped } = normalizeFeed({ version: VERSION, items: [item, { id: 'next', title: 'Next' }] });
    expect(feed.items.map((kept) => kept.id)).to.deep.equal(['next']);
    expect(dropped[0].reason).to.match(/^Item 1 was dropped: reading it failed \(Error: body trap\)\.$/);
  });
});
