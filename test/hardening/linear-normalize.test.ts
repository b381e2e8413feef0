/**
 * Normalizing, and reading a body when it is shown, are linear in the body's length: repeated
 * headings (unique ids) and deeply nested markup (the parser's stack) used to cost n² — 20,000
 * identical `<h2>` took 54 s, 100,000 nested `<div>` 9 s. Timings compare n with 4n, so a loaded
 * machine slows both sides alike: linear work grows about 4×, quadratic about 16×.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import { MAX_BODY_DEPTH, MAX_SECTIONS, readArticleHtml, type ArticleHtml } from '../../src/on-demand/feed/article-html.js';
import type { NewsItem } from '../../src/feed/types.js';

const normalized = (contentHtml: string): NewsItem =>
  normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Body', content_html: contentHtml }] }).feed.items[0];

/** The item normalized, then its body read as `<article-body>` and `<table-of-contents>` read it. */
const itemWithBody = (contentHtml: string): ArticleHtml & { item: NewsItem } => {
  const item = normalized(contentHtml);
  return { item, ...readArticleHtml(item) };
};

const nested = (tag: string, depth: number, inner = 'x') => `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);

/** The fastest of three runs, in ms: the least disturbed by other work on the machine. */
function fastest(work: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How much longer 4n takes than n (n's time floored at 20 ms, so timer noise on a tiny figure cannot fail the test). */
function growth(body: (n: number) => string, n: number, work: (html: string) => unknown = itemWithBody): number {
  const small = body(n);
  const large = body(4 * n);
  const smallMs = fastest(() => work(small));
  const largeMs = fastest(() => work(large));
  console.info(`n = ${n}: ${Math.round(smallMs)} ms, 4n: ${Math.round(largeMs)} ms`);
  return largeMs / Math.max(smallMs, 20);
}

describe('linear normalizing', function () {
  this.timeout(60_000);

  it(`reads 20,000 identical headings in linear time, the first ${MAX_SECTIONS} as sections with unique ids`, () => {
    expect(growth((n) => '<h2>Same</h2>'.repeat(n), 20_000)).to.be.below(8);
    const { sections, html } = itemWithBody('<h2>Same</h2>'.repeat(20_000));
    expect(sections).to.have.length(MAX_SECTIONS);
    expect(new Set(sections.map((section) => section.id)).size).to.equal(MAX_SECTIONS);
    expect(html!.match(/<h2 id=/g)).to.have.length(MAX_SECTIONS);
    expect(sections.slice(0, 3).map((section) => section.id)).to.deep.equal(['same', 'same-2', 'same-3']);
  });

  it('reads 20,000 nested divs in linear time', () => {
    expect(growth((n) => nested('div', n), 20_000)).to.be.below(8);
  });

  it('normalizes without parsing the body: its text from 80,000 nested divs or 20,000 headings, in linear time', () => {
    expect(growth((n) => nested('div', n), 20_000, normalized)).to.be.below(8);
    expect(growth((n) => '<h2>Same</h2><p>Text &amp; more</p>'.repeat(n), 20_000, normalized)).to.be.below(8);
    expect(growth((n) => '<script>'.repeat(n) + '<!--'.repeat(n) + '<a title="'.repeat(n), 20_000, normalized)).to.be.below(8);
    expect(normalized(nested('div', 80_000, 'Deep text')).contentText).to.equal('Deep text');
  });

  it('stays linear when end tags that close nothing are mixed in', () => {
    expect(growth((n) => '<div></span>'.repeat(n), 20_000)).to.be.below(8);
  });

  it('still suffixes an id past one the body already uses', () => {
    const { sections } = itemWithBody('<h2 id="same-2">Other</h2><h2>Same</h2><h2>Same</h2><h2>Same</h2>');
    expect(sections.map((section) => section.id)).to.deep.equal(['same-2', 'same', 'same-3', 'same-4']);
  });

  it(`keeps the HTML of a body nested up to ${MAX_BODY_DEPTH} levels`, () => {
    const body = itemWithBody(nested('div', MAX_BODY_DEPTH - 1, '<h2>Deep</h2>'));
    expect(body.html).to.include('<h2 id="deep">Deep</h2>');
    expect(body.sections).to.deep.equal([{ id: 'deep', title: 'Deep', level: 2 }]);
  });

  it(`does not read a body nested deeper than ${MAX_BODY_DEPTH} levels, and keeps the item and its text`, () => {
    const { feed } = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: '1', title: 'Deep', content_text: 'Its text', content_html: nested('div', MAX_BODY_DEPTH + 1, '<h2>Deep</h2>') },
        { id: '2', title: 'Deep', content_html: nested('div', MAX_BODY_DEPTH + 1, '<h2>Deep</h2><p>Its own text</p>') },
      ],
    });
    const [given, derived] = feed.items;
    expect(given.contentText).to.equal('Its text');
    expect(derived.contentText, 'the text of the body, read without parsing it').to.equal('Deep\n\nIts own text');
    for (const item of feed.items) expect(readArticleHtml(item)).to.deep.equal({ sections: [] });
  });

  it('does not let end tags that close nothing hide depth', () => {
    expect(itemWithBody('<div></span>'.repeat(MAX_BODY_DEPTH + 1)).html).to.equal(undefined);
    expect(itemWithBody('<section><div></section>'.repeat(MAX_BODY_DEPTH + 1)).html, 'an end tag closes what it encloses').to.include(
      '<section><div></div></section>'
    );
  });

  it('reads an inline SVG with many self-closed shapes (they close themselves inside <svg>)', () => {
    const body = itemWithBody(`<p>Chart</p><svg viewBox="0 0 10 10">${'<path d="M0 0h1"/>'.repeat(MAX_BODY_DEPTH * 2)}</svg><p>After</p>`);
    expect(body.html).to.include('<path d="M0 0h1"></path>');
    expect(body.html).to.include('<p>After</p>');
  });

  it('still counts self-closed HTML elements, which stay open (<div/>), even after a closed <svg/>', () => {
    expect(itemWithBody('<svg/>' + '<div/>'.repeat(MAX_BODY_DEPTH + 1) + 'deep').html).to.equal(undefined);
  });

  it('does not count elements that cannot stay open (paragraphs, list items, images)', () => {
    expect(itemWithBody('<p>One<li>Two<img src="a.png"><br>'.repeat(MAX_BODY_DEPTH * 2)).html).to.include('<p>One</p>');
  });
});
