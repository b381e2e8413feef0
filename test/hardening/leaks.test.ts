/**
 * No leaks (issue 13, item 1): every widget, in every way of getting a feed, removed before, during
 * and after loading, leaves nothing behind: after the cycles and a forced garbage collection every
 * removed element is collectable (WeakRefs), and no interval, timeout, observer, or listener on
 * `document` or `window` that the cycles started is still live (see leak-probe.ts for how each is
 * counted), nor any entry in the section-targets registry (src/util/section-targets.ts). Needs
 * Chromium with `--js-flags=--expose-gc` (web-test-runner.config.js).
 *
 * What runs. WIDGETS is `widgetClasses` from src/widgets.ts, so a new widget is covered without a change
 * here (`<news-article>`, which composes the others, among them).
 * - Seven ways of getting a feed: `.feed` with a raw JSON Feed object; `.feed` with a NewsFeed (already
 *   normalized); an inline `<script type="application/feed+json">`; `src`; a `src` that fails (404:
 *   the error state with its Retry, and the shared Retry's note of the failed widget); a `<news-feed>`
 *   ancestor given `.feed` (raw JSON); a `<news-feed>` ancestor given `src`. Every `src` is a URL of
 *   its own (the test server's `key`), so the loader's cache never answers at once.
 * - Three moments of removal: before loading (removed in the task it was added in, so its first
 *   update runs on the detached element); during loading (removed from within its first update, as
 *   its load has just begun: the test checks that every feed but a NewsFeed was still on its way);
 *   after loading (its feed shown and every nested widget settled). With `src`, a widget removed before
 *   loading must have made no request, and one removed during loading exactly one.
 * - One test per way and moment (21): CYCLES[moment] cycles of create, add, remove, in batches of one
 *   of each widget (16 today; inside a `<news-feed>` every widget but `<news-feed>`): 1,000 cycles per
 *   way removed before loading, 250 during and 100 after, so about 9,500 cycles in all and each widget
 *   about 63, 16 and 7 times per way (about 600 times in all). 1,000 cycles of every pair (21,000)
 *   would take about 10 minutes on the development machine (from the times per cycle at 100 a pair).
 *   The checks are exact counts, not a heap threshold, and each leak found so far showed in every
 *   cycle of its widget, so a few cycles catch a widget that leaks each time; the many cheap cycles
 *   (before and during) are where a race gets its chance.
 * - The issue's reproducers, 1,000 cycles each: the relative-date headline-list added and removed at
 *   once (the clock leak fixed before), and headline-list, article-card and `<news-feed>` in turn
 *   removed while their `src` loads. (`<news-feed>` with `.feed` removed right after its children
 *   rendered is the pair "a <news-feed> ancestor given .feed, after".)
 * - A feed that arrives after the removal (a 300 ms `delay`) renders nothing and fires no event: every
 *   widget with its own `src`, and inside a `<news-feed src>`.
 * - A headline-list whose Retry after data failed (the loader keeps the copy marked stale, with its
 *   error), removed: collectable, 5 times on one URL.
 * - A headline-list whose "Load more" failed (the console keeps its warning), removed: collectable,
 *   5 times.
 * - A self-test of the probe (it sees a deliberate leak of each kind) and a check that the list of
 *   widgets holds the known ones.
 * The whole file took 110 to 185 s on the development machine under a load average of 17 to 30 on its
 * 2 CPUs, of which 52 to 62 s of CPU time (browser, test runner and compiler together): about a minute
 * on an idle machine.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { FeedState } from '../../src/feed/context.js';
import type { NewsFeed } from '../../src/feed/types.js';
import { feedRuntime } from '../../src/feed/runtime.js';
import { widgetClasses } from '../../src/widgets.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { captureConsole } from '../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../helpers/fixtures.js';
import { settle } from '../helpers/settle.js';
import { forceGc, startProbe, type LeakProbe } from './leak-probe.js';

/** Cycles per way and moment of removal. */
const CYCLES: Record<Moment, number> = { before: 1000, during: 250, after: 100 };
/** Cycles of each reproducer. */
const REPRODUCER_CYCLES = 1000;

for (const widget of widgetClasses) widget.define();
const WIDGETS = widgetClasses.map((widget) => widget.tagName);
/** The widgets inside a `<news-feed>` (another `<news-feed>` in it, with no source of its own, would show nothing). */
const INSIDE = WIDGETS.filter((tag) => tag !== 'news-feed');

type Way = 'json' | 'newsfeed' | 'inline' | 'src' | 'src 404' | 'news-feed .feed' | 'news-feed src';
type Moment = 'before' | 'during' | 'after';
const WAYS: Way[] = ['json', 'newsfeed', 'inline', 'src', 'src 404', 'news-feed .feed', 'news-feed src'];
const MOMENTS: Moment[] = ['before', 'during', 'after'];
const WAY_NAMES: Record<Way, string> = {
  json: '.feed (a raw JSON Feed)',
  newsfeed: '.feed (a NewsFeed)',
  inline: 'an inline feed',
  src: 'src',
  'src 404': 'a src that fails (404)',
  'news-feed .feed': 'a <news-feed> ancestor given .feed',
  'news-feed src': 'a <news-feed> ancestor given src',
};

interface Loading extends HTMLElement, ReactiveControllerHost {
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
  else if (way === 'src 404') widget.src = feedServerUrl(`leaks-${run}-${uniqueKey(tag)}`, { status: 404 });
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
 * One cycle of each of `tags`: each created and added, all removed at `moment`. Before: in the same
 * task they were added in. During: each from within its first update (a controller's `hostUpdated`),
 * when its load has just begun. After: once all have loaded and settled. Returns how many were
 * removed with their feed still on its way.
 */
async function batch(probe: LeakProbe, tags: readonly string[], way: Way, moment: Moment): Promise<number> {
  const made = tags.map((tag) => create(tag, way));
  let inFlight = 0;
  for (const { host, widget } of made) {
    probe.track(host, widget.localName);
    if (widget !== host) probe.track(widget, widget.localName);
    if (moment === 'during') {
      widget.addController({
        hostUpdated() {
          if (!host.isConnected) return;
          if (statusOf(widget) === 'loading') inFlight++;
          host.remove();
        },
      });
    }
    document.body.append(host);
  }
  if (moment === 'during') await Promise.all(made.map(({ widget }) => firstUpdate(widget)));
  if (moment === 'after') await Promise.all(made.map(({ host, widget }) => loaded(host, widget)));
  for (const { host } of made) host.remove();
  return inFlight;
}

/** A headline-list on `src` that loads, refreshes (Retry after data) into a stale copy, and is removed. */
async function refreshFailed(probe: LeakProbe, src: string): Promise<void> {
  const el = make('headline-list');
  el.src = src;
  document.body.append(el);
  await loaded(el, el);
  const stale = new Promise((resolve) => el.addEventListener('news-feed-load', resolve, { once: true }));
  (el as unknown as { reload(): void }).reload();
  await stale;
  el.remove();
  probe.track(el, 'headline-list (stale)');
}

/** A headline-list whose feed's next page answers 404, "Load more" clicked until it says so, then removed. */
async function loadMoreFailed(probe: LeakProbe): Promise<void> {
  const el = make('headline-list');
  el.feed = { ...SAMPLE_FEED, next_url: feedServerUrl(uniqueKey('leaks-next'), { status: 404 }) };
  document.body.append(el);
  await loaded(el, el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
  for (let waited = 0; !el.shadowRoot!.querySelector('[part~="load-more-error"]'); waited += 5) {
    if (waited > 5000) throw new Error('"Load more" never failed');
    await sleep(5);
  }
  el.remove();
  probe.track(el, 'headline-list (load more)');
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

/** A `tag` with a `src` that answers after 20 ms, removed right after its first update; returns whether its feed was in flight. */
async function removedWhileSlow(probe: LeakProbe, tag: string): Promise<boolean> {
  const el = make(tag);
  el.src = feedServerUrl(uniqueKey(`leaks-slow-${tag}`), { delay: 20 });
  document.body.append(el);
  await firstUpdate(el);
  const inFlight = statusOf(el) === 'loading';
  el.remove();
  probe.track(el, tag);
  return inFlight;
}

/**
 * Waits (at most `ms`) until no timeout the cycles started is pending (the last feeds still on
 * their way) and nothing has been downloaded for 300 ms: a module a widget imports on demand the
 * first time (a part of the article, the body reader, the URL check) holds the element that asked
 * until it arrives, which on a loaded machine can outlast the cycles. That is not a leak.
 */
async function quiet(probe: LeakProbe, ms = 15000): Promise<void> {
  const downloads = () => performance.getEntriesByType('resource').length;
  let seen = downloads();
  let still = 0;
  for (let waited = 0; (probe.counts().timeouts || still < 300) && waited < ms; waited += 50) {
    await sleep(50);
    const now = downloads();
    still = now === seen ? still + 50 : 0;
    seen = now;
  }
  await sleep(50);
}

/** The section-targets registry (src/util/section-targets.ts): lookups and listeners that widgets add while connected. */
const sectionTargets = () => {
  const registry = (globalThis as { [key: symbol]: { lookups: Set<unknown>; listeners: Set<unknown> } | undefined })[
    Symbol.for('news-widgets.section-targets')
  ];
  return { lookups: registry?.lookups.size ?? 0, listeners: registry?.listeners.size ?? 0 };
};
let registryBefore: ReturnType<typeof sectionTargets>;

const heap = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

const count = (alive: Record<string, number>) => Object.values(alive).reduce((sum, n) => sum + n, 0);

/**
 * Nothing left: every element collected, no timer, observer or listener live. `again` runs the same
 * cycles once more: where an element is still held after the first round (CI saw it twice, one
 * element of about 2,000 each time, of a different widget each time, after loading; never on the
 * development machine, in 60-cycle runs of each widget in a page of its own either), a leak keeps
 * its element for good, whatever runs next; so after a second round every element held after the
 * first must be gone, and no more may be held than after the first.
 */
async function expectNoLeaks(probe: LeakProbe, again?: () => Promise<void>): Promise<void> {
  await quiet(probe);
  let alive = await probe.collect();
  // An element still held by work that is just finishing (an on-demand import resolving, a rendering
  // update of the page, on a loaded machine) is collected within moments: ask again, a rendering
  // frame and 500 ms apart, for up to 10 s.
  const firstAlive = alive;
  const started = performance.now();
  for (let tries = 0; Object.keys(alive).length && tries < 20; tries++) {
    await new Promise(requestAnimationFrame);
    await sleep(500);
    alive = await probe.collect();
  }
  if (Object.keys(firstAlive).length) {
    console.log(
      `leaks: still held at the first collection: ${JSON.stringify(firstAlive)}; after ${Math.round(performance.now() - started)} ms: ${JSON.stringify(alive)}`
    );
  }
  if (Object.keys(alive).length && again) {
    const held = probe.survivors();
    const heldCount = count(alive);
    await again();
    await quiet(probe);
    alive = await probe.collect();
    const stillHeld = held.filter((ref) => ref.deref()).length;
    console.log(`leaks: after a second round, ${stillHeld} of the ${heldCount} held before still held; held now: ${JSON.stringify(alive)}`);
    expect(stillHeld, `elements held after the first round and still after a second (${JSON.stringify(alive)})`).to.equal(0);
    expect(count(alive), `elements held after the second round: ${JSON.stringify(alive)}`).to.be.at.most(heldCount);
  } else {
    expect(alive, `elements never collected, of ${probe.tracked}`).to.deep.equal({});
  }
  const live = probe.live();
  const show = (entries: string[]) => `${entries.length}${entries.length ? `, first: ${entries[0]}` : ''}`;
  expect(live.intervals, `intervals left: ${show(live.intervals)}`).to.have.length(0);
  expect(live.timeouts, `timeouts left: ${show(live.timeouts)}`).to.have.length(0);
  expect(live.observers, `observed targets left: ${show(live.observers)}`).to.have.length(0);
  expect(live.listeners, `document/window listeners left: ${show(live.listeners)}`).to.have.length(0);
  expect(sectionTargets(), 'section-targets registry entries').to.deep.equal(registryBefore);
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
    registryBefore = sectionTargets();
  });
  afterEach(() => probe.restore());

  it('the probe sees what a leaking element would leave', async () => {
    const kept: Element[] = [];
    const noop = () => {};
    const interval = setInterval(noop, 60_000);
    const left = setInterval(noop, 60_000); // not cleared
    clearInterval(interval);
    setTimeout(noop, 0); // fires
    const pending = setTimeout(noop, 60_000);
    clearTimeout(setTimeout(noop, 60_000));
    const io = new IntersectionObserver(noop);
    io.observe(document.body); // observed
    const ro = new ResizeObserver(noop);
    ro.observe(document.body);
    ro.disconnect();
    const mo = new MutationObserver(noop);
    mo.observe(document.body, { childList: true });
    mo.disconnect();
    document.addEventListener('visibilitychange', noop); // left
    window.addEventListener('resize', noop);
    window.removeEventListener('resize', noop);
    window.addEventListener('hashchange', noop, { once: true });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    for (let i = 0; i < 3; i++) {
      const el = make('div');
      probe.track(el, 'kept');
      kept.push(el);
      probe.track(make('div'), 'dropped');
    }
    await sleep(20);
    expect(probe.counts()).to.deep.equal({ intervals: 1, timeouts: 1, observers: 1, listeners: 1 });
    expect(await probe.collect()).to.deep.equal({ kept: 3 });
    expect(kept).to.have.length(3);
    clearInterval(left);
    clearTimeout(pending);
    io.disconnect();
    document.removeEventListener('visibilitychange', noop);
    expect(probe.counts()).to.deep.equal({ intervals: 0, timeouts: 0, observers: 0, listeners: 0 });
  });

  it('covers every widget', () => {
    expect(WIDGETS).to.include.members(['headline-list', 'article-card', 'faq-accordion', 'key-takeaways', 'news-feed', 'news-article']);
  });

  it('the shortest reproducer: a relative-date headline-list added and removed at once, 1,000 times', async () => {
    for (let i = 0; i < REPRODUCER_CYCLES; i++) {
      relativeHeadlineList(probe);
      if (i % 50 === 49) await sleep(0);
    }
    await expectNoLeaks(probe);
  });

  it('headline-list, article-card and <news-feed> in turn removed while their src loads, 1,000 times', async () => {
    const tags = ['headline-list', 'article-card', 'news-feed'];
    let inFlight = 0;
    for (let i = 0; i < REPRODUCER_CYCLES; i++) if (await removedWhileSlow(probe, tags[i % tags.length])) inFlight++;
    expect(inFlight, 'cycles removed with the feed in flight').to.equal(REPRODUCER_CYCLES);
    await expectNoLeaks(probe);
  });

  it('a widget whose refresh failed (the stale copy stays in the loader) is collectable once removed', async () => {
    // The server answers once, then 503: Retry after data asks again, fails, and keeps the copy marked stale.
    const src = feedServerUrl(uniqueKey('leaks-stale'), { failAfter: 1, retryAfter: 0 });
    const warnings = captureConsole({ quiet: true });
    try {
      for (let i = 0; i < 5; i++) await refreshFailed(probe, src);
    } finally {
      warnings.restore();
    }
    await expectNoLeaks(probe);
  });

  it('a headline-list whose "Load more" failed (the console keeps the warning) is collectable once removed', async () => {
    const warnings = captureConsole({ quiet: true });
    try {
      for (let i = 0; i < 5; i++) await loadMoreFailed(probe);
    } finally {
      warnings.restore();
    }
    expect(warnings.warnings.length, 'warnings about the next page').to.be.at.least(5);
    await expectNoLeaks(probe);
  });

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
      it(`${WAY_NAMES[way]}, removed ${moment} loading: ${CYCLES[moment]} cycles over every widget leave nothing`, async () => {
        const started = performance.now();
        const before = heap();
        const tags = way.startsWith('news-feed') ? INSIDE : WIDGETS;
        // Each failed widget on the page warns the developer (data-layer.ts). The capture keeps the warnings,
        // as the browser's console keeps what it is given (for DevTools, opened later): they must not keep the widget.
        const warnings = way === 'src 404' ? captureConsole({ quiet: true }) : undefined;
        let inFlight = 0;
        let cycles = 0;
        /** The test's cycles: CYCLES[moment] of them, in batches of one of each widget. */
        const round = async () => {
          for (let done = 0; done < CYCLES[moment]; done += tags.length) {
            inFlight += await batch(probe, tags, way, moment);
            cycles += tags.length;
            await sleep(0); // a task between batches, as a page has: timers, network and the observers get their turn
          }
        };
        try {
          await round();
          await quiet(probe); // the last answers, and their warnings
        } finally {
          warnings?.restore();
        }
        // A NewsFeed needs no loading; every other feed is still on its way at the first update.
        if (moment === 'during') expect(inFlight, 'cycles removed with the feed in flight').to.equal(way === 'newsfeed' ? 0 : cycles);
        // A widget removed before its first update starts no request; one removed during loading started its own.
        if (way.includes('src') && moment !== 'after') expect(probe.fetches, 'requests').to.equal(moment === 'before' ? 0 : cycles);
        await expectNoLeaks(probe, async () => {
          const again = way === 'src 404' ? captureConsole({ quiet: true }) : undefined;
          try {
            await round();
          } finally {
            again?.restore();
          }
        });
        console.log(
          `leaks: ${way} ${moment}: ${cycles} cycles (${inFlight} in flight) in ${Math.round(performance.now() - started)} ms, heap ${Math.round((heap() - before) / 1024)} kB more`
        );
      });
    }
  }
});
