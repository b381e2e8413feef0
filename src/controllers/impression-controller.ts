/**
 * `news-impression` for the items a widget shows: an item counts as seen once at least half of
 * it is visible, and is reported once per item and element (scrolling away and back, or a new
 * render, reports nothing again). Items shown later are watched too; after a move in the page
 * the items are watched again; a widget that leaves the page watches nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events/news-events.js';
import type { NewsItem } from '../feed/types.js';

export interface ImpressionOptions {
  /** The items shown, in order. */
  items(): readonly NewsItem[];
  /** The element that shows each item, in the same order (read after each render). */
  elements(): ArrayLike<Element>;
}

/** How much of an item must be visible to count as seen. */
const THRESHOLD = 0.5;

interface Watched {
  readonly item: NewsItem;
  readonly index: number;
}

export class ImpressionController implements ReactiveController {
  private observer?: IntersectionObserver;
  /** The elements being watched, each with what it showed when the watch began. */
  private watched = new Map<Element, Watched>();
  /** Ids of the items already reported. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ImpressionOptions
  ) {
    host.addController(this);
  }

  /** Back on the page after a move: no render follows by itself, so watch again now. */
  hostConnected(): void {
    this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
  }

  /** Watches every element whose item was not reported yet; nothing changes while they are the same. */
  private watch(): void {
    if (!this.host.isConnected) return;
    const items = this.options.items();
    const elements = this.options.elements();
    const next = new Map<Element, Watched>();
    for (let index = 0; index < Math.min(items.length, elements.length); index++) {
      const item = items[index];
      if (!this.seen.has(item.id)) next.set(elements[index], { item, index });
    }
    if (next.size === this.watched.size && [...next].every(([element, { item }]) => this.watched.get(element)?.item === item)) return;
    this.observer?.disconnect();
    this.watched = next;
    if (!next.size) return;
    this.observer ??= new IntersectionObserver((entries) => this.onIntersect(entries), { threshold: THRESHOLD });
    for (const element of next.keys()) this.observer.observe(element);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting || entry.intersectionRatio < THRESHOLD) continue;
      const watched = this.watched.get(entry.target);
      this.observer?.unobserve(entry.target);
      this.watched.delete(entry.target);
      if (!watched || this.seen.has(watched.item.id)) continue;
      this.seen.add(watched.item.id);
      emit(this.host, 'news-impression', { item: watched.item, index: watched.index });
    }
  }
}
