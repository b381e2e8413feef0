/**
 * No leaks (issue 13, item 1): every widget, in every way of getting a feed, removed before, during
 * and after loading, leaves nothing behind: after the cycles and a forced garbage collection every
 * removed element is collectable (WeakRefs), and no interval, timeout, observer, or listener on
 * `document` or `window` that the cycles started is still live (see leak-probe.ts for how each is
 * counted). Needs Chromium with `--js-flags=--expose-gc` (web-test-runner.config.js).
 *
 * What runs (WIDGETS = `widgetClasses` from src/widgets.ts, so a new widget is covered without a
 * change here, plus `<news-article>`, which composes the others):
 * - six ways of getting a feed: `.feed` with a raw JSON Feed object; `.feed` with a NewsFeed (already
 *   normalized); an inline `<script type="application/feed+json">`; `src`; a `<news-feed>` ancestor
 *   given `.feed` (a raw JSON Feed object); a `<news-feed>` ancestor given `src`;
 * - three moments of removal: before loading (removed in the same task it was added in, so its first
 *   update runs on the detached element), during loading (removed right after its first update, while
 *   its feed is still on its way: each `src` cycle has a URL of its own so the loader's cache cannot
 *   answer at once, and the test checks that the feed was really in flight), and after loading (its feed
 *   shown and every nested widget settled);
 * - for each of those 18 pairs, one test of CYCLES (1,000) cycles of create, add, remove, taking the
 *   widgets in turn (so each of the 16 widgets runs about 60 times per pair, about 1,100 times in all),
 *   then the leak checks;
 * - the issue's own reproducers, 1,000 cycles each: the relative-date headline list removed in the
 *   same task (the clock leak fixed before), `<news-feed>` with `.feed` removed right after its children
 *   rendered, and headline-list, article-card and `<news-feed>` removed while a slow feed (`delay`) loads;
 * - every widget (standing alone with `src`, and inside a `<news-feed src>`) removed while a slow feed
 *   loads: when the feed arrives after the removal, nothing renders and no event fires.
 */
import { expect } from '@open-wc/testing';
import { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { FeedState } from '../../src/feed/context.js';
import type { NewsFeed } from '../../src/feed/types.js';
import { feedRuntime } from '../../src/feed/runtime.js';
import { widgetClasses } from '../../src/widgets.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { feedServerUrl, uniqueKey } from '../helpers/fixtures.js';
import { settle } from '../helpers/settle.js';
import { forceGc, startProbe, type LeakProbe } from './leak-probe.js';

/** Cycles per way and moment of removal. */
const CYCLES = 100;

const CLASSES = [...new Set([...widgetClasses, NewsArticle])];
for (const widget of CLASSES) widget.define();
const WIDGETS = CLASSES.map((widget) => widget.tagName);
/** The widgets inside a `<news-feed>` (another `<news-feed>` in it, with no source of its own, would show nothing). */
const INSIDE = WIDGETS.filter((tag) => tag !== 'news-feed');

type Way = 'json' | 'newsfeed' | 'inline' | 'src' | 'news-feed .feed' | 'news-feed src';
type Moment = 'before' | 'during' | 'after';
const WAYS: Way[] = ['json', 'newsfeed', 'inline', 'src', 'news-feed .feed', 'news-feed src'];
const MOMENTS: Moment[] = ['before', 'during', 'after'];
const WAY_NAMES: Record<Way, string> = {
  json: '.feed (a raw JSON Feed)',
  newsfeed: '.feed (a NewsFeed)',
  inline: 'an inline feed',
  src: 'src',
  'news-feed .feed': 'a <news-feed> ancestor given .feed',
  'news-feed src': 'a <news-feed> ancestor given src',
};

interface Loading extends HTMLElement {
  feed?: unknown;
  src?: string;
  readonly hasUpdated: boolean;
  readonly feedController: { readonly state: FeedState };
}

const statusOf = (el: Element) => (el as Loading).feedController.state.status;
/** With the page's own setTimeout, not the probe's: the test's waits are not the widgets' timers. */
const { setTimeout: pageSetTimeout } = window;
const sleep = (ms: number) => new Promise((resolve) => pageSetTimeout(resolve, ms));

/** An element of any of the tags, with what the tests read of it. */
const make = (tag: string) => document.createElement(tag) as Loading;

let newsFeed: NewsFeed;
let run = 0;

/** The host to add to the page and the widget in it (the same element unless a `<news-feed>` holds it). */
function create(tag: string, way: Way): { host: Loading; widget: Loading } {
  const widget = make(tag);
  const url = () => feedServerUrl(`leaks-${run}-${uniqueKey(tag)}`);
  if (way === 'json') widget.feed = SAMPLE_FEED;
  else if (way === 'newsfeed') widget.feed = newsFeed;
  else if (way === 'src') widget.src = url();
  else if (way === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = JSON.stringify(SAMPLE_FEED);
    widget.append(script);
  } else {
    const host = make('news-feed');
    if (way === 'news-feed .feed') host.feed = SAMPLE_FEED;
    else host.src = url();
    host.append(widget);
    return { host, widget };
  }
  return { host: widget, widget };
}

/** Resolves once `el` has rendered once (microtasks first: the moment right after its first update). */
async function firstUpdate(el: Loading): Promise<void> {
  for (let tick = 0; tick < 100 && !el.hasUpdated; tick++) await null;
  for (let waited = 0; !el.hasUpdated; waited += 5) {
    if (waited > 5000) throw new Error(`<${el.localName}> never rendered`);
    await sleep(5);
  }
}

/** Resolves once `widget`'s feed is shown (or its final state) and everything in `host` has settled. */
async function loaded(host: Loading, widget: Loading): Promise<void> {
  await firstUpdate(widget);
  for (let waited = 0; statusOf(widget) === 'loading'; waited += 5) {
    if (waited > 10000) throw new Error(`<${widget.localName}> never loaded`);
    await sleep(5);
  }
  await settle(host);
}

/**
 * One cycle of each of `tags`: each created and added, all removed at `moment` (before: in the same
 * task; during: each right after its first update; after: once all have loaded and settled).
 * Returns how many were removed with their feed in flight.
 */
async function batch(probe: LeakProbe, tags: readonly string[], way: Way, moment: Moment): Promise<number> {
  const made = tags.map((tag) => create(tag, way));
  for (const { host, widget } of made) {
    probe.track(host, widget.localName);
    if (widget !== host) probe.track(widget, widget.localName);
    document.body.append(host);
  }
  let inFlight = 0;
  if (moment === 'after') await Promise.all(made.map(({ host, widget }) => loaded(host, widget)));
  for (const { host, widget } of made) {
    if (moment === 'during') {
      await firstUpdate(widget);
      if (statusOf(widget) === 'loading') inFlight++;
    }
    host.remove();
  }
  return inFlight;
}

/** The issue's shortest reproducer, once. */
function relativeHeadlineList(probe: LeakProbe): void {
  const el = make('headline-list');
  el.setAttribute('date-format', 'relative');
  el.feed = SAMPLE_FEED;
  document.body.append(el);
  el.remove();
  probe.track(el, 'headline-list');
}

/** A `tag` with a slow `src`, removed right after its first update; returns whether its feed was in flight. */
async function removedWhileSlow(probe: LeakProbe, tag: string): Promise<boolean> {
  const el = make(tag);
  el.src = feedServerUrl(uniqueKey(`leaks-slow-${tag}`), { delay: 200 });
  document.body.append(el);
  await firstUpdate(el);
  const inFlight = statusOf(el) === 'loading';
  el.remove();
  probe.track(el, tag);
  return inFlight;
}

/** Waits (at most `ms`) until no timeout the cycles started is pending: the last feeds still on their way. */
async function quiet(probe: LeakProbe, ms = 15000): Promise<void> {
  for (let waited = 0; probe.counts().timeouts && waited < ms; waited += 50) await sleep(50);
  await sleep(50);
}

const heap = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** Nothing left: every element collected, no timer, observer or listener live. */
async function expectNoLeaks(probe: LeakProbe): Promise<void> {
  await quiet(probe);
  const alive = await probe.collect();
  const live = probe.live();
  const show = (entries: string[]) => `${entries.length}${entries.length ? `, first: ${entries[0]}` : ''}`;
  expect(alive, `elements never collected, of ${probe.tracked}`).to.deep.equal({});
  expect(live.intervals, `intervals left: ${show(live.intervals)}`).to.have.length(0);
  expect(live.timeouts, `timeouts left: ${show(live.timeouts)}`).to.have.length(0);
  expect(live.observers, `observed targets left: ${show(live.observers)}`).to.have.length(0);
  expect(live.listeners, `document/window listeners left: ${show(live.listeners)}`).to.have.length(0);
}

describe('No leaks (issue 13)', function () {
  this.timeout(120000);
  let probe: LeakProbe;

  before(async () => {
    expect(forceGc, 'gc() (Chromium needs --js-flags=--expose-gc)').to.be.a('function');
    // Warm up: the data layer (with its one document listener), the strings, every widget and the
    // parts <news-article> loads on demand, all once, outside the counts.
    newsFeed = (await (await feedRuntime()).loadSource({ feed: SAMPLE_FEED })).feed;
    for (const tag of WIDGETS) {
      for (const way of ['json', 'src'] as const) {
        const { host, widget } = create(tag, way);
        document.body.append(host);
        await loaded(host, widget);
        await sleep(50);
        await settle(host);
        host.remove();
      }
    }
  });

  beforeEach(() => {
    run++;
    probe = startProbe();
  });
  afterEach(() => probe.restore());

  it('covers every widget', () => {
    expect(WIDGETS).to.include.members(['headline-list', 'article-card', 'faq-accordion', 'key-takeaways', 'news-feed', 'news-article']);
  });

  it('the shortest reproducer: a relative-date headline-list added and removed at once, 1,000 times', async () => {
    const before = heap();
    for (let i = 0; i < CYCLES; i++) {
      relativeHeadlineList(probe);
      if (i % 50 === 49) await sleep(0);
    }
    await expectNoLeaks(probe);
    console.log(`leaks: shortest reproducer, ${CYCLES} cycles, heap ${Math.round((heap() - before) / 1024)} kB more`);
  });

  it('<news-feed> given .feed and removed right after its children rendered, 1,000 times', async () => {
    for (let i = 0; i < CYCLES; i += INSIDE.length) await batch(probe, INSIDE, 'news-feed .feed', 'after');
    await expectNoLeaks(probe);
  });

  for (const tag of ['headline-list', 'article-card', 'news-feed']) {
    it(`${tag} removed while a slow feed loads (delay 200 ms), 1,000 times`, async () => {
      let inFlight = 0;
      for (let i = 0; i < CYCLES; i++) if (await removedWhileSlow(probe, tag)) inFlight++;
      expect(inFlight).to.equal(CYCLES);
      await expectNoLeaks(probe);
    });
  }

  describe('a feed that arrives after the removal renders nothing and fires nothing', () => {
    for (const inside of [false, true]) {
      it(`every widget, ${inside ? 'inside a <news-feed src>' : 'with its own src'}`, async () => {
        const delay = 300;
        const watched = (inside ? INSIDE : WIDGETS).map((tag) => {
          const widget = make(tag);
          const src = feedServerUrl(uniqueKey(`leaks-late-${tag}`), { delay });
          const host = inside ? make('news-feed') : widget;
          host.src = src;
          if (inside) host.append(widget);
          const events: string[] = [];
          for (const type of ['news-feed-load', 'news-feed-error']) host.addEventListener(type, () => events.push(type));
          document.body.append(host);
          return { tag, host, widget, src, events, shown: '' };
        });
        for (const entry of watched) {
          await firstUpdate(entry.widget);
          expect(statusOf(entry.widget), entry.tag).to.equal('loading');
          entry.host.remove();
          entry.shown = entry.widget.shadowRoot?.innerHTML ?? '';
        }
        // The same requests the widgets made: they arrive now.
        const { feedLoader } = await feedRuntime();
        await Promise.all(watched.map(({ src }) => feedLoader.load(src)));
        await sleep(100);
        for (const { tag, widget, events, shown } of watched) {
          expect(events, `${tag}: events after the removal`).to.deep.equal([]);
          expect(widget.shadowRoot?.innerHTML ?? '', `${tag} rendered after the removal`).to.equal(shown);
        }
        await expectNoLeaks(probe);
      });
    }
  });

  for (const way of WAYS) {
    for (const moment of MOMENTS) {
      it(`${WAY_NAMES[way]}, removed ${moment} loading: ${CYCLES} cycles over every widget leave nothing`, async () => {
        const started = performance.now();
        const before = heap();
        const tags = way.startsWith('news-feed') ? INSIDE : WIDGETS;
        let inFlight = 0;
        let cycles = 0;
        for (; cycles < CYCLES; cycles += tags.length) inFlight += await batch(probe, tags, way, moment);
        // A feed given as a NewsFeed needs no loading; a `src` load is always still on its way.
        if (moment === 'during' && way.includes('src')) expect(inFlight, 'cycles removed with the feed in flight').to.equal(cycles);
        await expectNoLeaks(probe);
        console.log(
          `leaks: ${way} ${moment}: ${cycles} cycles (${inFlight} in flight) in ${Math.round(performance.now() - started)} ms, heap ${Math.round((heap() - before) / 1024)} kB more`
        );
      });
    }
  }
});
