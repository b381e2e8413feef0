import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleMeta } from '../../../src/components/article-meta/article-meta.js';
import '../../../src/components/article-meta/article-meta.define.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { frames, rendered } from '../../helpers/settle.js';

/** An article with many short facts, so the line wraps several times at 300 px. */
const LONG_FEED = feedOf(
  [
    {
      id: 'long',
      title: 'Long',
      date_published: '2026-03-19T00:00:00Z',
      date_modified: '2026-03-20T00:00:00Z',
      authors: ['Mark Trevelyan', 'Alexandra Hudson', 'Jane Example'].map((name) => ({ name, url: 'https://example.com/' })),
      _news: { reading_time_minutes: 3 },
    },
  ],
  { _news: { publisher: { name: 'Global Banking & Finance Review®', url: 'https://example.com/' } } }
);

/**
 * Where each fact's separator is drawn: its `::before`, a box as wide as the gap just before the
 * fact (the meta row of src/render/meta-row.ts); none before the first fact.
 */
function separators(el: ArticleMeta): { item: HTMLElement; dot?: { start: number; end: number } }[] {
  return $$(el, '[part~="item"]').map((item) => {
    const style = getComputedStyle(item, '::before');
    if (style.content === 'none') return { item };
    const rect = item.getBoundingClientRect();
    const width = parseFloat(style.width);
    const rtl = getComputedStyle(item).direction === 'rtl';
    return { item, dot: rtl ? { start: rect.right, end: rect.right + width } : { start: rect.left - width, end: rect.left } };
  });
}

/** Facts grouped by visual line (same top). */
function lines(el: ArticleMeta): HTMLElement[][] {
  const byTop = new Map<number, HTMLElement[]>();
  for (const item of $$(el, '[part~="item"]')) {
    const top = Math.round(item.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), item]);
  }
  return [...byTop.values()];
}

async function checkNoDangling(dir: 'ltr' | 'rtl') {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} style="width: 300px">
    <article-meta .feed=${LONG_FEED} hide="dateline credits"></article-meta>
  </div>`);
  const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
  await frames(2);
  const line = $(el, '[part="line"]')!.getBoundingClientRect();
  // The row clips what lies outside its box, where the first fact of each line keeps its separator.
  expect(getComputedStyle($(el, '[part="line"]')!).overflowX).to.equal('clip');
  const rows = lines(el);
  expect(rows.length, 'the facts wrap onto several lines').to.be.greaterThan(2);
  const dots = new Map(separators(el).map(({ item, dot }) => [item, dot]));
  expect(dots.get(rows[0][0]), 'nothing before the first fact').to.equal(undefined);
  for (const [index, row] of rows.entries()) {
    // The separator of a later line's first fact lies outside the clipped row: not drawn.
    if (index > 0) {
      const first = dots.get(row[0])!;
      const outside = dir === 'ltr' ? first.end <= line.left + 0.5 : first.start >= line.right - 0.5;
      expect(outside, `${dir}: the separator before "${row[0].textContent!.trim()}" would start a line`).to.equal(true);
    }
    // Every other separator sits between the fact before it and its own fact, on the same line.
    for (const item of row.slice(1)) {
      const dot = dots.get(item)!;
      const previous = item.previousElementSibling!.getBoundingClientRect();
      if (dir === 'ltr') expect(dot.start, 'after the fact before it').to.be.at.least(previous.right - 0.5);
      else expect(dot.end, 'after the fact before it').to.be.at.most(previous.left + 0.5);
    }
  }
  // No line of the rendered text ends (or starts) with a separator: the text holds no separator
  // characters, and every piece of text lies inside the row, where nothing else is drawn.
  const row = $(el, '[part="line"]')!;
  expect(row.textContent).not.to.match(/[·•|–—]/);
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pieces = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      pieces += 1;
      expect(rect.left, `"${node.textContent}" inside the row`).to.be.at.least(line.left - 1);
      expect(rect.right, `"${node.textContent}" inside the row`).to.be.at.most(line.right + 1);
    }
  }
  expect(pieces).to.be.greaterThan(rows.length);
}

describe('article-meta separators', () => {
  failOnConsoleErrors();

  it('never end or start a line at 300 px', async () => {
    await checkNoDangling('ltr');
  });

  it('never end or start a line at 300 px, right to left', async () => {
    await checkNoDangling('rtl');
  });

  it('draw nothing before the only fact', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 300px"><article-meta .feed=${sample} show="reading-time"></article-meta></div>`
    );
    const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
    expect(separators(el)).to.have.length(1);
    expect(separators(el)[0].dot).to.equal(undefined);
  });

  it('are silent: a dot with empty alternative text, not a character of the text', async () => {
    const el = await rendered(await fixture<ArticleMeta>(html`<article-meta .feed=${sample}></article-meta>`));
    const [, second] = $$(el, '[part~="item"]');
    expect(getComputedStyle(second, '::before').content).to.equal('"·" / ""');
  });
});
