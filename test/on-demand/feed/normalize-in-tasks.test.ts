/**
 * Bounded work (issue #13, item 2): the normalizer's steps give, piece by piece, what the whole
 * text gives (normalizeFeedInTasks and normalizeFeed are one implementation), a news-sized feed
 * is normalized in one task, and a body is read for display up to MAX_BODY_HTML characters and
 * MAX_BODY_ELEMENTS elements, cut between elements. The long-task figures are in
 * test/hardening/long-tasks.test.ts.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed, normalizeFeedInTasks, SLICE_CHARS } from '../../../src/on-demand/feed/normalize.js';
import {
  htmlText,
  MAX_LINE_CHARS,
  MAX_PARAGRAPHS_CHARS,
  plainParagraphs,
  plainText,
  readingTimeMinutes,
  STEP_CHARS,
  WORDS_PER_MINUTE,
} from '../../../src/on-demand/feed/feed-text.js';
import { MAX_BODY_DEPTH, MAX_BODY_ELEMENTS, MAX_BODY_HTML, readArticleHtml } from '../../../src/on-demand/feed/article-html.js';
import { MAX_LIST_ENTRIES } from '../../../src/on-demand/feed/schema.js';
import type { NewsItem } from '../../../src/feed/types.js';
import { SAMPLE_FEED } from '../../../sample/sample-data.js';

const feedOf = (items: object[]) => ({ version: 'https://jsonfeed.org/version/1.1', items });
const itemWith = (contentHtml: string): NewsItem => normalizeFeed(feedOf([{ id: 'a', title: 'A', content_html: contentHtml }])).feed.items[0];
/** How many times `unit` is repeated to be at least `size` characters long. */
const timesTo = (unit: string, size: number) => Math.ceil(size / unit.length);
const repeatTo = (unit: string, size: number) => unit.repeat(timesTo(unit, size));
const tagCount = (html: string) => html.match(/<[a-z]/gi)?.length ?? 0;

describe('normalizing in steps', () => {
  it('reads a text many steps long as it reads each of its paragraphs', () => {
    // Mojibake, entities, and blank lines with spaces in them, on every side of every cut.
    const unit = '<p>Iâ€™m  here &amp;amp; &hellip; there</p>\n \n<h2>Caf&eacute;</h2>';
    const html = repeatTo(unit, 5 * STEP_CHARS);
    const one = htmlText(unit)!;
    expect(one).to.equal('I’m here &amp; … there\n\nCafé');
    // Compared as booleans: a failure prints no 160 kB of text.
    expect(
      htmlText(html) ===
        Array(timesTo(unit, 5 * STEP_CHARS))
          .fill(one)
          .join('\n\n'),
      'htmlText'
    ).to.equal(true);

    const paragraph = 'Iâ€™m  &lt;b&gt; here.\n \n\n';
    const text = repeatTo(paragraph, 5 * STEP_CHARS);
    expect(plainParagraphs(paragraph)).to.equal('I’m <b> here.');
    expect(
      plainParagraphs(text) ===
        Array(timesTo(paragraph, 5 * STEP_CHARS))
          .fill('I’m <b> here.')
          .join('\n\n'),
      'plainParagraphs'
    ).to.equal(true);
  });

  it('counts the words of a long text as the whole', () => {
    const text = repeatTo('five words in a row\n\n', 10 * STEP_CHARS);
    expect(readingTimeMinutes(text)).to.equal(Math.round((5 * text.length) / 21 / WORDS_PER_MINUTE));
  });

  it('gives the same feed one task or many, and reads a news-sized feed in one task', async () => {
    let tasks = 0;
    const started = performance.now();
    const sample = await normalizeFeedInTasks(SAMPLE_FEED, { sourceUrl: location.href }, () => tasks++);
    // The sample is far below SLICE_CHARS: only the 40 ms budget may end a task, on a loaded machine.
    if (performance.now() - started < 40) expect(tasks, 'the sample feed: one task').to.equal(0);
    tasks = 0;
    expect(JSON.stringify(sample)).to.equal(JSON.stringify(normalizeFeed(SAMPLE_FEED, { sourceUrl: location.href })));

    const big = feedOf([
      { id: '1', title: 'One', content_html: repeatTo('<p>Caf&eacute; &amp;amp; Iâ€™m</p>', 3 * SLICE_CHARS) },
      { id: '2', title: 'Two', summary: repeatTo('A &lt;summary&gt;.\n\n', SLICE_CHARS), _news: { faq: [{ question: 'Q', answer: 'A.' }] } },
      { id: '1', title: 'A repeated id' },
    ]);
    const batched = await normalizeFeedInTasks(big, {}, () => tasks++);
    expect(tasks, 'three slices of text and more: three tasks more at least').to.be.at.least(3);
    expect(JSON.stringify(batched)).to.equal(JSON.stringify(normalizeFeed(big)));
    expect(batched.feed.items.map((item) => item.id)).to.deep.equal(['1', '2']);
    expect(batched.dropped[0].reason).to.contain('repeats an earlier item');
  });
});

describe('fields read up to a limit', () => {
  it('reads a one-line field up to MAX_LINE_CHARS and a field of paragraphs up to MAX_PARAGRAPHS_CHARS, with an ellipsis', () => {
    expect(plainText('x'.repeat(MAX_LINE_CHARS))).to.equal('x'.repeat(MAX_LINE_CHARS));
    expect(plainText('x'.repeat(MAX_LINE_CHARS + 1))).to.equal(`${'x'.repeat(MAX_LINE_CHARS)}…`);
    // A surrogate pair at the cut is not split.
    expect(plainText(`${'x'.repeat(MAX_LINE_CHARS - 1)}😀😀`)).to.equal(`${'x'.repeat(MAX_LINE_CHARS - 1)}…`);
    const long = 'Four words per paragraph.\n\n'.repeat(MAX_PARAGRAPHS_CHARS);
    const { feed } = normalizeFeed(
      feedOf([{ id: 'a', title: 'x'.repeat(5e5), summary: long, content_text: long, _news: { faq: [{ question: 'Q', answer: long }] } }])
    );
    const [item] = feed.items;
    expect(item.title).to.have.length(MAX_LINE_CHARS + 1);
    expect(item.summary!.length).to.be.at.most(MAX_PARAGRAPHS_CHARS + 1);
    expect(item.summary!.endsWith('…')).to.equal(true);
    expect(item.faq[0].answer.length).to.be.at.most(MAX_PARAGRAPHS_CHARS + 1);
    // A body is read whole: its reading time counts every word.
    expect(item.contentText!.length).to.be.above(MAX_PARAGRAPHS_CHARS * 20);
    expect(item.readingTimeMinutes).to.equal(Math.round((4 * MAX_PARAGRAPHS_CHARS) / WORDS_PER_MINUTE));
  });
});

describe('lists read up to a limit', () => {
  it(`reads each list of an item, and the authors, up to their first ${MAX_LIST_ENTRIES} entries`, () => {
    const many = <T>(entry: T) => Array<T>(MAX_LIST_ENTRIES + 100).fill(entry);
    const { feed } = normalizeFeed(
      feedOf([
        {
          id: 'a',
          title: 'A',
          authors: many({ name: 'N' }),
          tags: Array.from({ length: MAX_LIST_ENTRIES + 100 }, (_, i) => `t${i}`),
          _news: { faq: many({ question: 'Q', answer: 'A' }), references: many({ title: 'R' }), breadcrumbs: many({ title: 'B' }) },
        },
        { id: 'b', title: 'B', tags: Array.from({ length: MAX_LIST_ENTRIES + 100 }, (_, i) => `t${i}`).join(',') },
      ])
    );
    const [a, b] = feed.items;
    for (const list of [a.authors, a.tags, a.faq, a.references, a.breadcrumbs, b.tags]) expect(list).to.have.length(MAX_LIST_ENTRIES);
  });
});

describe('a body read for display', () => {
  it('is read whole within the limits, with nothing said', () => {
    const body = readArticleHtml(itemWith('<h2>One</h2><p>Text.</p>'));
    expect(body.html).to.equal('<h2 id="one">One</h2><p>Text.</p>');
    expect(body.truncated).to.equal(undefined);
  });

  it(`is cut after ${MAX_BODY_HTML} characters, between two top-level elements`, () => {
    const paragraph = `<p>${'A long paragraph of words. '.repeat(20)}</p>`;
    const body = readArticleHtml(itemWith(repeatTo(paragraph, 2 * MAX_BODY_HTML)));
    expect(body.truncated).to.equal(true);
    expect(body.html!.length)
      .to.be.at.most(MAX_BODY_HTML)
      .and.above(MAX_BODY_HTML - paragraph.length - 100);
    expect(body.html!.length % paragraph.length, 'whole paragraphs').to.equal(0);
  });

  it(`is cut after ${MAX_BODY_ELEMENTS} elements, inside an element that wraps it all`, () => {
    const body = readArticleHtml(itemWith(`<div><h2>Title</h2><ul>${'<li>An entry</li>'.repeat(3 * MAX_BODY_ELEMENTS)}</ul></div><p>Last</p>`));
    expect(body.truncated).to.equal(true);
    expect(tagCount(body.html!)).to.equal(MAX_BODY_ELEMENTS);
    expect(body.html).to.match(/^<div><h2 id="title">Title<\/h2><ul>(<li>An entry<\/li>)+<\/ul><\/div>$/);
    expect(body.sections).to.deep.equal([{ id: 'title', title: 'Title', level: 2 }]);
  });

  it('is cut in a text without tags, and its depth is checked only where it is read', () => {
    const text = readArticleHtml(itemWith(repeatTo('words ', 2 * MAX_BODY_HTML)));
    expect(text.truncated).to.equal(true);
    expect(text.html!.length).to.equal(MAX_BODY_HTML);
    // One paragraph longer than the limit: cut in its text (the parser closes the paragraph).
    const paragraph = readArticleHtml(itemWith(`<h2>T</h2><p>${repeatTo('words ', 2 * MAX_BODY_HTML)}</p>`));
    expect(paragraph.truncated).to.equal(true);
    expect(paragraph.html!.length).to.be.at.most(MAX_BODY_HTML + 20);
    expect(paragraph.html).to.match(/^<h2 id="t">T<\/h2><p>(words )+\w*<\/p>$/);

    const deep = `<div>${'<div>'.repeat(MAX_BODY_DEPTH)}x</div>`;
    expect(readArticleHtml(itemWith(deep)).html, 'too deep: not read').to.equal(undefined);
    const deepAfterTheLimit = readArticleHtml(itemWith(`${'<p>Fine.</p>'.repeat(MAX_BODY_ELEMENTS)}${deep}`));
    expect(deepAfterTheLimit.truncated).to.equal(true);
    expect(tagCount(deepAfterTheLimit.html!)).to.equal(MAX_BODY_ELEMENTS);
  });
});
