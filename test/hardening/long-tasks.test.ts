/**
 * No task longer than 200 ms on the main thread for any input within the size limit (issue #13,
 * item 2), measured with a PerformanceObserver for `longtask` over the worst inputs of MAX_FEED_SIZE
 * (5 MB): a valid feed of that size (as bytes, as a loader reads it, and streamed by FeedLoader),
 * 5 MB of repeated headings in one body, markup nested to MAX_BODY_DEPTH repeated to 5 MB, 5 MB of
 * paragraphs as `content_text`, 5 MB of millions of tiny JSON values, and an RSS feed of 5 MB. The
 * data layer reads the feed (`readFeed`: a document over OFF_THREAD_CHARS in a worker, so the page
 * only receives the normalized feed; where no worker can start, on the page: decode, parse, then
 * `normalizeFeedInTasks`, which ends its task every SLICE_CHARS characters or 40 ms; JSON.parse and
 * DOMParser are one task each, which the last two inputs exceed the goal with), and the body
 * is read as `<article-body>` reads it when shown (`readArticleHtml`: its first MAX_BODY_HTML
 * characters / MAX_BODY_ELEMENTS elements), then shown by an `<article-body>`.
 *
 * Each figure is printed, as the median of RUNS runs and as a multiple of a baseline measured in
 * the same run (JSON.parse of the valid 5 MB feed: the machine is shared and loaded, and the ratio
 * says more than the milliseconds). Before/after: the one-task path
 * (`normalizeFeed`, and DOMParser on the whole body, which reading all of it would cost at least)
 * is measured next to the path the widgets take.
 * The 200 ms goal itself is NOT asserted (load alone can push a task past it on this machine);
 * what is asserted: nothing freezes the page (every task below 10 s), the batched path really
 * ends its task several times on each 5 MB input and gives the one-task path's result, and a body
 * past the display limits is cut (`truncated`).
 */
import { expect } from '@open-wc/testing';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { MAX_FEED_SIZE, readFeed } from '../../src/on-demand/feed/read-feed.js';
import { normalizeFeed, normalizeFeedInTasks, parseFeedText } from '../../src/on-demand/feed/normalize.js';
import { MAX_LINE_CHARS, MAX_PARAGRAPHS_CHARS } from '../../src/on-demand/feed/feed-text.js';
import { MAX_BODY_DEPTH, MAX_BODY_ELEMENTS, MAX_BODY_HTML, MAX_SECTIONS, readArticleHtml } from '../../src/on-demand/feed/article-html.js';
import '../../src/components/article-body/article-body.define.js';
import '../../src/components/headline-list/headline-list.define.js';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/quick-summary/quick-summary.define.js';
import '../../src/components/faq-accordion/faq-accordion.define.js';
import '../../src/components/table-of-contents/table-of-contents.define.js';
import { markNewsFeed } from '../../src/feed/brand.js';
import { withWorkers } from '../helpers/workers.js';
import type { NewsFeed, NewsItem, NormalizedFeed } from '../../src/feed/types.js';

const GOAL_MS = 200;
const FREEZE_MS = 10_000;
const RUNS = 3;

/** Runs `work` and gives the longest task the main thread ran meanwhile, in ms (0 when none took 50 ms). */
async function longestTask(work: () => Promise<unknown> | unknown): Promise<number> {
  // The task that built the input is not the code under test.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work();
  // Long-task entries are delivered after the task: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return longest;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** The median of RUNS runs of `measure` (each gives ms). */
async function medianOf(measure: () => Promise<number> | number): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < RUNS; run++) values.push(await measure());
  return median(values);
}

/** The median time of `work`, run RUNS times, in ms (for work that is one task). */
const timed = (work: () => unknown) =>
  medianOf(() => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });

/**
 * The baseline every figure is also given as a multiple of: JSON.parse of the valid 5 MB feed
 * (500 items of objects and strings), measured in this run. A document of one 5 MB string parses
 * in about a millisecond, so it is the same baseline for every input.
 */
let baseMs = 1;

/** Prints a figure in ms (0 from the observer: no task reached the 50 ms a long task starts at) and checks that nothing froze. */
function report(name: string, ms: number, extra = ''): void {
  const figure = ms ? `${Math.round(ms)} ms (${(ms / baseMs).toFixed(1)}× the baseline)` : 'no task of 50 ms or more';
  console.log(`${name}: ${figure}${extra}${ms > GOAL_MS ? ` [over the ${GOAL_MS} ms goal]` : ''}`);
  expect(ms, `${name} (ms)`).to.be.below(FREEZE_MS);
}

/** The median longest task of `<tag>` given `feed`, added to the page, rendered, laid out and painted, then removed. */
function shownLongestTask(tag: string, feed: NewsFeed | undefined): Promise<number> {
  const el = Object.assign(document.createElement(tag), { feed });
  return medianOf(() =>
    longestTask(async () => {
      document.body.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      el.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      el.remove();
    })
  );
}

/** A JSON Feed of just under `size` characters: items of about 10 kB (a title, a summary, a body of paragraphs and headings). */
function bigFeed(size: number): string {
  const paragraph = '<p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit, sed do eiusmod tempor.</p>';
  const body = `<h2>Section</h2>${paragraph.repeat(45)}<h3>More</h3>${paragraph.repeat(45)}`;
  const items: string[] = [];
  let total = 200;
  for (let i = 0; ; i++) {
    const item = JSON.stringify({
      id: `i${i}`,
      url: `https://big.example/${i}`,
      title: `Story ${i}`,
      summary: 'A summary.',
      content_html: body,
    });
    if (total + item.length + 1 > size) break;
    items.push(item);
    total += item.length + 1;
  }
  return `{"version":"https://jsonfeed.org/version/1.1","title":"Big","items":[${items.join(',')}]}`;
}

/** One item whose `field` is `unit` repeated to just under `size` characters (of JSON: `\n` counts as two). */
function oneBody(unit: string, size: number, field = 'content_html'): string {
  const envelope = `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Body","${field}":""}]}`;
  const escaped = JSON.stringify(unit).slice(1, -1);
  return envelope.replace('""}', `"${escaped.repeat(Math.floor((size - envelope.length) / escaped.length))}"}`);
}

const nested = (depth: number) => '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth);

/**
 * Normalizes `text`'s document both ways, RUNS times each, prints the figures, and checks that
 * the batched path ended its task several times and gave the same feed.
 */
async function normalizeBothWays(name: string, text: string): Promise<void> {
  const json = parseFeedText(text);
  const sourceUrl = 'https://big.example/feed.json';
  let once: NormalizedFeed | undefined;
  const oneTask = await timed(() => (once = normalizeFeed(json, { sourceUrl })));
  let batched: NormalizedFeed | undefined;
  const tasks: number[] = [];
  const slices: number[] = [];
  const longest = await medianOf(async () => {
    let count = 1;
    let slice = 0;
    let started = 0;
    const longestOfRun = await longestTask(async () => {
      started = performance.now();
      batched = await normalizeFeedInTasks(json, { sourceUrl }, () => {
        // From one new task to the next: the work of a task, and the wait for the next one.
        slice = Math.max(slice, performance.now() - started);
        started = performance.now();
        count++;
      });
      slice = Math.max(slice, performance.now() - started);
    });
    tasks.push(count);
    slices.push(slice);
    return longestOfRun;
  });
  report(`${name}, normalizeFeed (one task, before)`, oneTask);
  report(
    `${name}, normalizeFeedInTasks, longest task (after)`,
    longest,
    `; ${median(tasks)} tasks, at most ${Math.round(median(slices))} ms from the start of one to the next`
  );
  expect(median(tasks), `${name}: normalizeFeedInTasks ended its task`).to.be.above(4);
  expect(JSON.stringify(batched), `${name}: the same feed both ways`).to.equal(JSON.stringify(once));
}

/** Shows `item` (a copy: nothing read before) in an <article-body> and gives the longest task until its content is there. */
async function showBody(feed: NewsFeed, item: NewsItem): Promise<number> {
  const copy: NewsFeed = { ...feed, items: [{ ...item }] };
  markNewsFeed(copy);
  const el = document.createElement('article-body');
  try {
    return await longestTask(async () => {
      Object.assign(el, { feed: copy });
      el.setAttribute('item', item.id);
      document.body.append(el);
      for (const started = performance.now(); !el.shadowRoot?.querySelector('[part~="content"]');) {
        if (performance.now() - started > FREEZE_MS) throw new Error('the body never showed');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Its layout is part of showing it.
      el.getBoundingClientRect();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
  } finally {
    el.remove();
  }
}

/**
 * Reads `text` as the data layer does (readFeed: in a worker, as it is over OFF_THREAD_CHARS) and
 * as a page where no worker can start reads it (in its own tasks; JSON.parse and DOMParser are one
 * each), prints the longest task of each, and checks that the worker answered and both gave the same feed.
 */
async function readBothWays(name: string, text: string, url: string, check: (feed: NewsFeed) => void): Promise<void> {
  for (const start of ['normal', 'refused'] as const) {
    let loaded: NormalizedFeed | undefined;
    let answered = 0;
    const longest = await medianOf(async () => {
      const run = await withWorkers(start, () => longestTask(async () => (loaded = await readFeed(text, url))));
      answered = run.answered;
      return run.result;
    });
    report(`${name}, readFeed, ${start === 'normal' ? 'in a worker' : 'no worker (the page reads it)'}`, longest);
    expect(answered, `${name}: the worker answered`).to.equal(start === 'normal' ? 1 : 0);
    check(loaded!.feed);
  }
}

describe('no long tasks for inputs within the size limit', function () {
  this.timeout(300_000);

  before(async () => {
    const text = bigFeed(MAX_FEED_SIZE);
    baseMs = await timed(() => JSON.parse(text));
    console.log(`baseline: JSON.parse of a valid 5 MB feed, ${baseMs.toFixed(1)} ms; every figure is the median of ${RUNS} runs`);
  });

  it('reads a valid 5 MB feed (bytes, as the loader gives them)', async () => {
    const text = bigFeed(MAX_FEED_SIZE);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length)
      .to.be.at.most(MAX_FEED_SIZE)
      .and.above(MAX_FEED_SIZE - 20_000);
    await normalizeBothWays('a 5 MB JSON Feed', text);
    let loaded: NormalizedFeed | undefined;
    report(
      'a 5 MB JSON Feed, readFeed',
      await medianOf(() => longestTask(async () => (loaded = await readFeed(bytes, 'https://big.example/feed.json'))))
    );
    expect(loaded!.feed.items.length).to.be.above(400);
  });

  it('loads a valid 5 MB feed from the server, streamed (FeedLoader)', async () => {
    const text = bigFeed(MAX_FEED_SIZE);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/feed+json' }));
    try {
      let loaded: NormalizedFeed | undefined;
      const longest = await medianOf(() => longestTask(async () => (loaded = await new FeedLoader().load(url))));
      report('a 5 MB JSON Feed, FeedLoader.load', longest);
      expect(loaded!.feed.items.length).to.be.above(400);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('reads, then shows, 5 MB of paragraphs given as content_text', async () => {
    const text = oneBody('A paragraph of plain text, with a few words in it.\n\n', MAX_FEED_SIZE, 'content_text');
    await normalizeBothWays('5 MB of content_text', text);
    const { feed } = await readFeed(text, 'https://big.example/feed.json');
    report('5 MB of content_text, <article-body> shown as text, longest task', await medianOf(() => showBody(feed, feed.items[0])));
  });

  it('shows a title, a summary, an untitled body of 5 MB in the widgets that show them (fields read up to MAX_LINE_CHARS / MAX_PARAGRAPHS_CHARS)', async () => {
    const words = 'Words of a summary that goes on and on. ';
    for (const [name, fields] of [
      ['a 5 MB title', { title: words.repeat(120_000) }],
      ['a 5 MB summary of paragraphs', { title: 'T', summary: 'A paragraph.\n\n'.repeat(350_000) }],
      ['no title and a 5 MB summary', { summary: words.repeat(120_000) }],
      ['no title and one paragraph of 5 MB as the body', { content_html: `<p>${words.repeat(120_000)}</p>` }],
    ] as const) {
      const { feed } = await normalizeFeedInTasks({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', ...fields }] });
      const [item] = feed.items;
      expect(item.title?.length ?? 0, `${name}: the title read`).to.be.at.most(MAX_LINE_CHARS + 1);
      expect(item.summary?.length ?? 0, `${name}: the summary read`).to.be.at.most(MAX_PARAGRAPHS_CHARS + 1);
      for (const tag of ['headline-list', 'article-card', 'quick-summary', 'article-body']) {
        report(`${name}, <${tag}> shown, longest task`, await shownLongestTask(tag, feed));
      }
    }
  });

  it('reads, then shows, lists of 5 MB (read up to MAX_LIST_ENTRIES)', async () => {
    const entries = <T>(entry: T) => Array<T>(Math.floor(MAX_FEED_SIZE / JSON.stringify(entry).length)).fill(entry);
    for (const [name, news, tag] of [
      ['250,000 questions', { faq: entries({ question: 'Q?', answer: 'A.' }) }, 'faq-accordion'],
      ['130,000 sections', { sections: entries({ id: 's', title: 'S', level: 2 }) }, 'table-of-contents'],
    ] as const) {
      const json = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'T', _news: news }] };
      let feed: NewsFeed | undefined;
      report(`${name}, normalizeFeedInTasks`, await medianOf(() => longestTask(async () => ({ feed } = await normalizeFeedInTasks(json)))));
      report(`${name}, <${tag}> shown, longest task`, await shownLongestTask(tag, feed));
    }
  });

  it('reads 5 MB of millions of tiny JSON values: in a worker, and on a page where none can start (JSON.parse is one task)', async () => {
    for (const [name, unit] of [
      ['1.6 million empty items', '{},'],
      ['240,000 items of nested arrays', '[[[[[[[[[[]]]]]]]]]],'],
    ] as const) {
      const text = `{"version":"https://jsonfeed.org/version/1.1","items":[${unit.repeat(Math.floor((MAX_FEED_SIZE - 100) / unit.length))}0]}`;
      report(`${name}, JSON.parse (one task)`, await timed(() => JSON.parse(text)));
      await readBothWays(name, text, 'https://big.example/feed.json', (feed) => expect(feed.items).to.have.length(0));
    }
  });

  it('reads an RSS feed of 5 MB: in a worker, and on a page where none can start (DOMParser is one task)', async () => {
    const description = '&lt;p&gt;Lorem ipsum dolor sit amet, consectetur adipiscing elit.&lt;/p&gt;'.repeat(100);
    const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>'];
    for (let i = 0, size = 100; ; i++) {
      const item = `<item><title>Story ${i}</title><link>https://big.example/${i}</link><guid>big-${i}</guid><description>${description}</description></item>`;
      if ((size += item.length) > MAX_FEED_SIZE) break;
      parts.push(item);
    }
    parts.push('</channel></rss>');
    await readBothWays('a 5 MB RSS feed', parts.join(''), 'https://big.example/feed.rss', (feed) => expect(feed.items.length).to.be.above(400));
  });

  for (const [name, unit] of [
    ['5 MB of repeated headings', '<h2>Same</h2>'],
    [`markup nested ${MAX_BODY_DEPTH} deep, repeated to 5 MB`, nested(MAX_BODY_DEPTH)],
  ] as const) {
    it(`reads, then shows the body of, ${name}`, async () => {
      const text = oneBody(unit, MAX_FEED_SIZE);
      expect(text.length).to.be.at.most(MAX_FEED_SIZE);
      await normalizeBothWays(name, text);
      let loaded: NormalizedFeed | undefined;
      report(
        `${name}, readFeed`,
        await medianOf(() => longestTask(async () => (loaded = await readFeed(text, 'https://big.example/feed.json'))))
      );
      const item = loaded!.feed.items[0];
      expect(item.id).to.equal('1');

      // What reading the whole body for display would cost at least: DOMParser alone, one task.
      report(
        `${name}, DOMParser on the whole body (one task, before)`,
        await timed(() => new DOMParser().parseFromString(item.contentHtml!, 'text/html'))
      );

      // A copy of the item each run: readArticleHtml remembers what it read per item. One task.
      let read: ReturnType<typeof readArticleHtml> | undefined;
      report(`${name}, readArticleHtml (one task, after)`, await timed(() => (read = readArticleHtml({ ...item }))));
      expect(read!.truncated, 'the body is cut to what a widget shows').to.equal(true);
      // Ids added to headings, end tags the parser added to what was left open.
      expect(read!.html!.length).to.be.below(MAX_BODY_HTML * 1.1);
      expect(read!.html!.split('<').length - 1).to.be.at.most(2 * MAX_BODY_ELEMENTS);
      // Thousands of headings: the table of contents takes the first MAX_SECTIONS.
      if (unit.startsWith('<h2>')) expect(read!.sections.length).to.equal(MAX_SECTIONS);

      report(`${name}, <article-body> shown (read, sanitized, laid out), longest task`, await medianOf(() => showBody(loaded!.feed, item)));
    });
  }
});
