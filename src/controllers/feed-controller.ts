/**
 * Resolves where a widget's feed comes from and loads it, the same way for every widget and for
 * `<news-feed>`. Precedence: the `.feed` property, an inline `<script type="application/feed+json">`
 * (or `application/rss+xml`, `application/atom+xml`) child, the `src` attribute, and last a feed provided
 * by a `<news-feed>` ancestor.
 *
 * It tracks one request at a time itself instead of using @lit/task: the loader already shares,
 * retries and caches requests, so all that is left is "which answer is current", and doing that
 * here keeps the data on screen during a refresh and saves the one-file script ~0.6 kB gzip.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedSource, FeedState } from '../feed/context.js';
import type { LoadedSource } from '../on-demand/feed/data-layer.js';
import { toFeedError, type FeedError } from '../feed/errors.js';
import type { FeedLoader } from '../on-demand/feed/load.js';
import { feedRuntime } from '../feed/runtime.js';
import { isNewsFeed } from '../feed/brand.js';
import { emit } from '../events/news-events.js';

/** What a host element offers the controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** A parsed JSON Feed object, or a NewsFeed from `normalizeFeed`. */
  feed?: unknown;
  src?: string;
  loader?: FeedLoader;
  /** The source a `<news-feed>` ancestor provides, if any. */
  providedSource?: FeedSource;
}

/** An inline feed: JSON Feed, RSS or Atom, as the page author wrote it. */
const INLINE_FEED =
  ':scope>script[type="application/feed+json"],:scope>script[type="application/rss+xml"],:scope>script[type="application/atom+xml"]';

type Sources = readonly [feed: unknown, inline: string | undefined, src: string | undefined];

export class FeedController implements ReactiveController, FeedSource {
  private inlineText?: string;
  private sources?: Sources;
  /** Bumped for every request; an answer for an older one is dropped. */
  private generation = 0;
  private pending = false;
  private outcome?: { readonly loaded: LoadedSource } | { readonly error: FeedError };

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Read once per connection: the inline feed is data the page author wrote, not live markup
    // (an element's textContent is never null).
    this.inlineText = this.host.querySelector(INLINE_FEED)?.textContent as string | undefined;
    // Still parsing (a script without defer defined the element before its children were parsed):
    // read again once they all are.
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', () => this.hostConnected(), { once: true });
    // Back on the page: a source changed meanwhile, or a load dropped at the removal, starts now.
    this.host.requestUpdate();
  }

  /**
   * Leaving the page: a load still on its way is dropped (it renders nothing, fires nothing), and
   * asked for again on return: a new generation drops its answer, no sources makes the next update ask.
   */
  hostDisconnected(): void {
    if (this.pending) this.sources = void ++this.generation;
  }

  /** Before each render: a changed source starts a new request, only on the page (a detached host updates too). */
  hostUpdate(): void {
    const sources: Sources = [this.host.feed, this.inlineText, this.host.src];
    if (!this.host.isConnected || this.sources?.every((source, index) => source === sources[index])) return;
    this.sources = sources;
    this.outcome = undefined;
    void this.run(false);
  }

  /** True when the host names its own data instead of relying on a `<news-feed>` ancestor. */
  get hasOwnSource(): boolean {
    return this.host.feed != null || this.inlineText != null || !!this.host.src;
  }

  get state(): FeedState {
    // No source yet while the page is parsed: an inline feed may still come (a skeleton, not "no source").
    if (!this.hasOwnSource) return this.host.providedSource?.state ?? { status: document.readyState == 'loading' ? 'loading' : 'idle' };
    // A NewsFeed is complete as given: read from the property itself, so even a `willUpdate` that
    // runs before `hostUpdate` (a `<news-feed>` passing its state on) sees it in the same update.
    const { feed } = this.host;
    if (isNewsFeed(feed)) return { status: 'complete', feed, dropped: [] };
    const outcome = this.outcome;
    // The loaded feed as it is (its `url` and `loadedAt` come along, unread).
    if (outcome && 'loaded' in outcome) return { status: 'complete', ...outcome.loaded };
    return outcome && !this.pending ? { status: 'error', error: outcome.error } : { status: 'loading' };
  }

  /** Retry after an error, or refresh (a conditional request) after data arrived; data stays shown meanwhile. */
  reload(): void {
    if (this.hasOwnSource) void this.run(!!this.outcome && 'loaded' in this.outcome);
    else this.host.providedSource?.reload();
  }

  private async run(refresh: boolean): Promise<void> {
    const generation = ++this.generation;
    const [feed, inline, src] = this.sources ?? [];
    this.pending = feed != null || inline != null || !!src;
    if (!this.pending) return;
    this.host.requestUpdate();
    try {
      // A NewsFeed needs no download and no await: it is taken, and announced, in this same update.
      const loaded: LoadedSource = isNewsFeed(feed)
        ? { feed, dropped: [] }
        : await (await feedRuntime()).loadSource({ feed, inline, src, loader: this.host.loader, refresh });
      if (generation !== this.generation) return;
      this.outcome = { loaded };
      emit(this.host, 'news-feed-load', { feed: loaded.feed, url: loaded.url, dropped: loaded.dropped, stale: !!loaded.staleError });
    } catch (caught) {
      if (generation !== this.generation) return;
      const error = toFeedError(caught, src);
      this.outcome = { error };
      emit(this.host, 'news-feed-error', { error, url: src });
    } finally {
      if (generation === this.generation) {
        this.pending = false;
        this.host.requestUpdate();
      }
    }
  }
}
