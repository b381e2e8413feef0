import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RelativeDateClock } from '../../src/controllers/relative-date-clock.js';
import type { DateFormat } from '../../src/render/date.js';

/** The smallest host: a `dateFormat` and a count of its renders. */
class ClockHost extends LitElement {
  @property({ attribute: 'date-format' }) dateFormat: DateFormat = 'absolute';
  renders = 0;

  constructor() {
    super();
    new RelativeDateClock(this);
  }

  protected override updated(): void {
    this.renders++;
  }
}
customElements.define('test-relative-date-clock', ClockHost);

/** The intervals the page has running, as seen through setInterval and clearInterval. */
function watchIntervals(): { live: Set<number>; restore(): void } {
  const live = new Set<number>();
  const { setInterval: set, clearInterval: clear } = window;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = set(handler, timeout, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof window.clearInterval;
  return {
    live,
    restore() {
      window.setInterval = set;
      window.clearInterval = clear;
    },
  };
}

describe('RelativeDateClock', () => {
  const period = RelativeDateClock.period;
  let intervals: ReturnType<typeof watchIntervals>;

  beforeEach(() => {
    RelativeDateClock.period = 20; // a minute, in these tests
    intervals = watchIntervals();
  });
  afterEach(() => {
    intervals.restore();
    RelativeDateClock.period = period;
  });

  /** Renders of `el` during a few periods. */
  async function rendersDuring(el: ClockHost, ms = 150): Promise<number> {
    const before = el.renders;
    await aTimeout(ms);
    return el.renders - before;
  }

  it('does not tick with absolute dates', async () => {
    const el = await fixture<ClockHost>(html`<test-relative-date-clock></test-relative-date-clock>`);
    expect(intervals.live.size).to.equal(0);
    expect(await rendersDuring(el)).to.equal(0);
  });

  it('renders its host every period while dateFormat is relative, and stops when it is not', async () => {
    const el = await fixture<ClockHost>(html`<test-relative-date-clock date-format="relative"></test-relative-date-clock>`);
    expect(intervals.live.size).to.equal(1);
    await waitUntil(() => el.renders >= 4, 'the host did not render again');
    el.dateFormat = 'absolute';
    await el.updateComplete;
    expect(intervals.live.size).to.equal(0);
    expect(await rendersDuring(el)).to.equal(0);
    el.dateFormat = 'relative';
    await el.updateComplete;
    expect(intervals.live.size).to.equal(1);
  });

  it('keeps one interval however often the host renders', async () => {
    const el = await fixture<ClockHost>(html`<test-relative-date-clock date-format="relative"></test-relative-date-clock>`);
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(intervals.live.size).to.equal(1);
  });

  it('starts only once connected, stops on disconnect and starts again on reconnect', async () => {
    const el = document.createElement('test-relative-date-clock') as ClockHost;
    el.dateFormat = 'relative';
    await aTimeout(50);
    expect(intervals.live.size, 'before it is on the page').to.equal(0);
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    parent.append(el);
    await el.updateComplete;
    expect(intervals.live.size, 'on the page').to.equal(1);
    el.remove();
    expect(intervals.live.size, 'removed').to.equal(0);
    expect(await rendersDuring(el), 'renders while off the page').to.equal(0);
    parent.append(el);
    expect(intervals.live.size, 'back on the page').to.equal(1);
    await waitUntil(() => el.renders > 2, 'no renders once back on the page');
    el.remove();
    expect(intervals.live.size).to.equal(0);
  });

  it('leaves no interval when an update runs after the host was removed', async () => {
    const el = await fixture<ClockHost>(html`<test-relative-date-clock></test-relative-date-clock>`);
    // The update this asks for runs after remove(), on a host that is no longer on the page.
    el.dateFormat = 'relative';
    el.remove();
    await el.updateComplete;
    expect(intervals.live.size).to.equal(0);
    expect(await rendersDuring(el)).to.equal(0);
  });

  it('leaves no interval when the host updates while detached and is then put back and removed', async () => {
    const el = await fixture<ClockHost>(html`<test-relative-date-clock></test-relative-date-clock>`);
    const parent = el.parentElement!;
    el.remove();
    el.dateFormat = 'relative';
    await el.updateComplete;
    expect(intervals.live.size, 'updated while detached').to.equal(0);
    parent.append(el);
    expect(intervals.live.size).to.equal(1);
    el.remove();
    await el.updateComplete;
    expect(intervals.live.size).to.equal(0);
  });
});
