import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../../src/on-demand/feed/normalize.js';
import { readArticleHtml } from '../../../src/on-demand/feed/article-html.js';

/**
 * SVG and MathML inside `content_html` report lower-case tag names (`<svg><a>`), which once made
 * the URL pass throw and took every item of the feed down with the one that had them.
 */
describe('normalizeFeed: SVG and MathML in an item body', () => {
  const feedWith = (contentHtml: string) => ({
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      { id: '1', title: 'ok' },
      { id: '2', title: 'x', content_html: contentHtml },
    ],
  });

  for (const markup of ['<svg><a></a></svg>', '<math><a></a></math>', '<svg><video></video></svg>', '<svg><q></q></svg>']) {
    it(`keeps every item when a body holds ${markup}`, () => {
      const { feed, dropped } = normalizeFeed(feedWith(markup), { sourceUrl: 'https://news.example/feed.json' });
      expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '2']);
      expect(dropped).to.deep.equal([]);
    });
  }

  it('applies the URL policy to SVG links too when the body is read: a javascript: href is removed, a relative one resolved', () => {
    const { feed } = normalizeFeed(
      feedWith('<svg><a href="javascript:alert(1)"><text>bad</text></a><a href="/story"><text>ok</text></a></svg>'),
      { sourceUrl: 'https://news.example/feed.json' }
    );
    const body = readArticleHtml(feed.items[1]).html ?? '';
    expect(body).not.to.include('javascript:');
    expect(body).to.include('href="https://news.example/story"');
  });

  it('removes unsafe URLs from any element when the body is read: MathML href on any element, SVG xlink:href, inside templates (fuzzing found them)', () => {
    const { feed } = normalizeFeed(
      feedWith(
        '<math><mi href="javascript:alert(1)">x</mi><mtext href="/ok">y</mtext></math><svg><a xlink:href="javascript:alert(2)"><text>z</text></a></svg><p cite=" data:text/html,x">q</p><template><template><iframe src="javascript:alert(3)"></iframe></template></template>'
      ),
      { sourceUrl: 'https://news.example/feed.json' }
    );
    const body = readArticleHtml(feed.items[1]).html ?? '';
    expect(body).not.to.match(/javascript:|data:/);
    expect(body).to.include('href="https://news.example/ok"');
  });
});
