/**
 * "Load more" for a list of feed items: it first reveals items already loaded but hidden by the
 * list's page size, then follows the feed's `next_url` (JSON Feed's pagination) page by page.
 * Later pages are de-duplicated against what came before, a `next_url` that leads back to a page
 * already fetched ends the paging, and answers for a feed the list no longer shows are dropped.
 * A failed page keeps every item and says so (`failed`); the next click tries again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedRuntime } from '../feed/runtime.js';
import type { NewsFeed, NewsItem } from '../feed/types.js';
import type { FeedLoader } from '../on-demand/feed/load.js';

export interface PagingOptions {
  /** The feed the list shows, read before each render; another feed starts the paging over. */
  feed(): NewsFeed | undefined;
  /** Whether the list shows `item` (its filters): fetching goes on until a page brings one. */
  accepts(item: NewsItem): boolean;
  /** Items shown at first and added by each "Load more"; undefined shows every item. */
  pageSize(): number | undefined;
  /** The loader for the next pages; the page-wide one when it returns undefined. */
  loader?(): FeedLoader | undefined;
  /** Focuses the list's item at `index`: asked when the focused "Load more" button went away. */
  focusItem?(index: number): void;
  /** Pages fetched in one "Load more" at most, when the filters hide everything they bring (default 5). */
  maxPagesPerClick?: number;
}

export class PagingController implements ReactiveController {
  /** Every item so far: the feed's own, then those of later pages; each id once. */
  items: readonly NewsItem[] = [];
  /** The items the list accepts. */
  matching: readonly NewsItem[] = [];
  /** What the list shows: `matching`, up to the page size and what "Load more" revealed. */
  shown: readonly NewsItem[] = [];
  /** A next page is on its way. */
  loading = false;
  /** The last next page could not be loaded; the items stay. */
  failed = false;
  /** "Load more" has just shown more items: the moment to tell screen readers. */
  moreShown = false;

  private feed?: NewsFeed;
  /** Bumped when the feed changes: an answer for an earlier one is dropped. */
  private generation = 0;
  /** Items of later pages that were not there before. */
  private pages: readonly NewsItem[] = [];
  private nextUrl?: string;
  /** Pages fetched so far, so that a `next_url` loop ends. */
  private readonly fetched = new Set<string>();
  /** How many items "Load more" revealed beyond the page size. */
  private revealed = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagingOptions
  ) {
    host.addController(this);
  }

  /** Whether "Load more" has anything to show: hidden items, or a next page. */
  get canLoadMore(): boolean {
    return this.matching.length > this.shown.length || !!this.nextUrl;
  }

  /** Shows the first page size again (the page size or the filters changed); the pages loaded stay. */
  restart(): void {
    this.revealed = 0;
  }

  /** Before each render: the lists above, for the current feed, filters and page size. */
  hostUpdate(): void {
    const feed = this.options.feed();
    if (feed !== this.feed) this.startOver(feed);
    const ids = new Set<string>();
    this.items = [...(feed?.items ?? []), ...this.pages].filter((item) => !ids.has(item.id) && !!ids.add(item.id));
    this.matching = this.items.filter((item) => this.options.accepts(item));
    const pageSize = this.options.pageSize();
    this.shown = pageSize ? this.matching.slice(0, pageSize + this.revealed) : this.matching;
  }

  /**
   * Reveals the items hidden by the page size; when there are none, fetches the next page(s).
   * `trigger` is the "Load more" button: when it had focus and went away with the last page,
   * focus moves to the first new item (or to the last one, when the page brought nothing new).
   */
  async loadMore(trigger?: HTMLElement): Promise<void> {
    if (this.loading) return;
    const generation = this.generation;
    const before = this.shown.length;
    const hadFocus = !!trigger?.matches(':focus');
    if (this.matching.length <= before && !(await this.fetchNextPages())) return;
    this.revealed += this.options.pageSize() ?? 0;
    this.moreShown = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (generation !== this.generation) return;
    if (this.shown.length > before) {
      this.moreShown = true;
      this.host.requestUpdate();
    }
    if (hadFocus && !trigger!.isConnected) this.options.focusItem?.(Math.min(before, this.shown.length - 1));
  }

  private startOver(feed: NewsFeed | undefined): void {
    this.feed = feed;
    this.generation++;
    this.pages = [];
    this.nextUrl = feed?.nextUrl;
    this.fetched.clear();
    if (feed?.feedUrl) this.fetched.add(feed.feedUrl);
    this.revealed = 0;
    this.loading = false;
    this.failed = false;
    this.moreShown = false;
  }

  /**
   * Follows `next_url` until a page brings an item the list accepts, there is no next page, or
   * `maxPagesPerClick` pages came. Resolves false when a page failed (`failed` says so) or the
   * feed changed meanwhile.
   */
  private async fetchNextPages(): Promise<boolean> {
    const generation = this.generation;
    const current = () => generation === this.generation;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      const loader = this.options.loader?.() ?? (await feedRuntime()).feedLoader;
      for (let page = 0; this.nextUrl && page < (this.options.maxPagesPerClick ?? 5); page++) {
        const url = this.nextUrl;
        const { feed } = await loader.load(url);
        if (!current()) return false;
        this.fetched.add(url);
        const known = new Set([...(this.feed?.items ?? []), ...this.pages].map((item) => item.id));
        const fresh = feed.items.filter((item) => !known.has(item.id));
        this.pages = [...this.pages, ...fresh];
        this.nextUrl = feed.nextUrl && !this.fetched.has(feed.nextUrl) ? feed.nextUrl : undefined;
        if (fresh.some((item) => this.options.accepts(item))) break;
      }
      return true;
    } catch (error) {
      // Readers see the host's plain message; the detail (the FeedError, with the page's URL) is for developers.
      if (current()) {
        this.failed = true;
        console.warn('news-widgets: the next page of the feed could not be loaded:', error);
      }
      return false;
    } finally {
      if (current()) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }
}
