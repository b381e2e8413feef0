import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ImpressionController } from '../../src/controllers/impression-controller.js';
import type { NewsEvent } from '../../src/events/news-events.js';
import type { NewsItem } from '../../src/feed/types.js';
import { frames, until } from '../helpers/settle.js';

/** A column of 100 px boxes, one per item. */
class ImpressionHost extends LitElement {
  @property({ attribute: false }) items: readonly NewsItem[] = [];

  constructor() {
    super();
    new ImpressionController(this, { items: () => this.items, elements: () => this.renderRoot.querySelectorAll('.item') });
  }

  protected override render(): unknown {
    return this.items.map((item) => html`<div class="item" style="height: 100px">${item.id}</div>`);
  }
}
customElements.define('test-impressions', ImpressionHost);

const items = (...ids: string[]) => ids.map((id) => ({ id }) as NewsItem);

/** How many elements the page's intersection observers watch right now. */
function watchObservers(): { count(): number; restore(): void } {
  const Original = window.IntersectionObserver;
  const live = new Map<IntersectionObserver, Set<Element>>();
  window.IntersectionObserver = class extends Original {
    override observe(target: Element): void {
      super.observe(target);
      if (!live.has(this)) live.set(this, new Set());
      live.get(this)!.add(target);
    }
    override unobserve(target: Element): void {
      super.unobserve(target);
      live.get(this)?.delete(target);
    }
    override disconnect(): void {
      super.disconnect();
      live.delete(this);
    }
  };
  return {
    count: () => [...live.values()].reduce((sum, targets) => sum + targets.size, 0),
    restore: () => (window.IntersectionObserver = Original),
  };
}

/** The host inside a box that shows `height` pixels of it, and the impressions it reports as `[id, index]`. */
async function clipped(height: number, ...ids: string[]) {
  const box = await fixture<HTMLDivElement>(html`<div style="height: ${height}px; overflow: hidden">
    <test-impressions .items=${items(...ids)}></test-impressions>
  </div>`);
  const el = box.querySelector<ImpressionHost>('test-impressions')!;
  const seen: [string, number][] = [];
  el.addEventListener('news-impression', (event: NewsEvent<'news-impression'>) => seen.push([event.detail.item.id, event.detail.index]));
  await el.updateComplete;
  await frames(2);
  return { box, el, seen };
}

describe('ImpressionController', () => {
  let observers: ReturnType<typeof watchObservers>;
  beforeEach(() => (observers = watchObservers()));
  afterEach(() => observers.restore());

  it('reports an item once at least half of it is visible, with its index', async () => {
    const { box, seen } = await clipped(140, 'a', 'b', 'c');
    // a whole, b 40 % visible, c not at all.
    expect(seen).to.deep.equal([['a', 0]]);
    box.style.height = '160px';
    await until(() => seen.length === 2, 'b was not reported at 60 %');
    expect(seen[1]).to.deep.equal(['b', 1]);
  });

  it('reports each item once: scrolling away and back, or a new render, reports nothing again', async () => {
    const { box, el, seen } = await clipped(300, 'a', 'b', 'c');
    await until(() => seen.length === 3, 'not every item was reported');
    box.style.height = '0';
    await frames(2);
    box.style.height = '300px';
    el.requestUpdate();
    await el.updateComplete;
    await frames(3);
    expect(seen).to.have.length(3);
    expect(observers.count(), 'nothing left to watch').to.equal(0);
  });

  it('watches items shown later, and not the items already reported', async () => {
    const { el, seen } = await clipped(500, 'a', 'b');
    await until(() => seen.length === 2);
    el.items = items('a', 'b', 'c');
    await el.updateComplete;
    expect(observers.count()).to.equal(1);
    await until(() => seen.length === 3, 'the new item was not reported');
    expect(seen[2]).to.deep.equal(['c', 2]);
    // The same item in another place is not new.
    el.items = items('c', 'a', 'b');
    await el.updateComplete;
    await frames(2);
    expect(seen).to.have.length(3);
  });

  it('watches nothing once its host leaves the page, and watches again after a move', async () => {
    const { box, el, seen } = await clipped(0, 'a', 'b');
    expect(observers.count()).to.equal(2);
    el.remove();
    expect(observers.count(), 'after removal').to.equal(0);
    el.items = items('a', 'b', 'c');
    await el.updateComplete;
    expect(observers.count(), 'an update while off the page').to.equal(0);
    expect(seen).to.deep.equal([]);
    // Moved to a place where it shows: watched again without a render of its own.
    box.after(el);
    expect(observers.count(), 'back on the page').to.equal(3);
    await until(() => seen.length === 3, 'no impressions after the move');
    el.remove();
    expect(observers.count()).to.equal(0);
  });
});
