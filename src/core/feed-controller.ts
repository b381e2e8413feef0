/**
 * Resolves where a widget's feed comes from and loads it, the same way for every widget and for
 * `<news-feed>`. Precedence: the `.feed` property, an inline
 * `<script type="application/feed+json">` child, the `src` attribute, and last a feed provided
 * by a `<news-feed>` ancestor.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedSource, FeedState } from '../feed/context.js';
import { toFeedError } from '../feed/errors.js';
import { feedLoader, warnAboutDropped, type FeedLoader, type LoadedFeed } from '../feed/load.js';
import { isNewsFeed, normalizeFeed, parseFeedText } from '../feed/normalize.js';
import type { NormalizedFeed } from '../feed/types.js';
import { emit } from './events.js';

/** What a host element offers the controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** A parsed JSON Feed object, or a NewsFeed from `normalizeFeed`. */
  feed?: unknown;
  src?: string;
  loader?: FeedLoader;
  /** The source a `<news-feed>` ancestor provides, if any. */
  providedSource?: FeedSource;
}

const INLINE_FEED = ':scope > script[type="application/feed+json"]';

type Loaded = NormalizedFeed & Partial<Pick<LoadedFeed, 'url' | 'staleError'>>;

export class FeedController implements ReactiveController, FeedSource {
  private inlineText?: string;
  private refreshNext = false;

  private readonly task: Task<[unknown, string | undefined, string | undefined], Loaded>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([feed, inline, src]) => this.resolve(feed, inline, src),
      args: () => [this.host.feed, this.inlineText, this.host.src],
      onComplete: (loaded) => {
        emit(this.host, 'news-feed-load', {
          feed: loaded.feed, url: loaded.url, dropped: loaded.dropped, stale: !!loaded.staleError,
        });
      },
      onError: (error) => {
        emit(this.host, 'news-feed-error', { error: toFeedError(error, this.host.src), url: this.host.src });
      },
    });
  }

  hostConnected(): void {
    // Read once per connection: the inline feed is data the page author wrote, not live markup.
    const inlineText = this.host.querySelector(INLINE_FEED)?.textContent ?? undefined;
    if (inlineText !== this.inlineText) {
      this.inlineText = inlineText;
      this.host.requestUpdate();
    }
  }

  /** True when the host names its own data instead of relying on a `<news-feed>` ancestor. */
  get hasOwnSource(): boolean {
    return this.host.feed != null || this.inlineText !== undefined || !!this.host.src;
  }

  get state(): FeedState {
    if (!this.hasOwnSource) return this.host.providedSource?.state ?? { status: 'idle' };
    switch (this.task.status) {
      case TaskStatus.COMPLETE: {
        const loaded = this.task.value!;
        return { status: 'complete', feed: loaded.feed, dropped: loaded.dropped, staleError: loaded.staleError };
      }
      case TaskStatus.ERROR:
        return { status: 'error', error: toFeedError(this.task.error, this.host.src) };
      default:
        return { status: 'loading' };
    }
  }

  /** Retry after an error, or refresh (a conditional request) after data arrived. */
  reload(): void {
    if (!this.hasOwnSource) {
      this.host.providedSource?.reload();
      return;
    }
    this.refreshNext = this.task.status === TaskStatus.COMPLETE;
    void this.task.run();
  }

  private async resolve(feed: unknown, inline: string | undefined, src: string | undefined): Promise<Loaded | typeof initialState> {
    const page = document.baseURI;
    if (feed != null) {
      if (isNewsFeed(feed)) return { feed, dropped: [] };
      return warned(normalizeFeed(feed, { sourceUrl: page }), 'the .feed property');
    }
    if (inline !== undefined) {
      return warned(normalizeFeed(parseFeedText(inline, page), { sourceUrl: page }), 'an inline feed');
    }
    if (src) {
      const loader = this.host.loader ?? feedLoader;
      const refresh = this.refreshNext;
      this.refreshNext = false;
      return refresh ? loader.refresh(src) : loader.load(src);
    }
    // No own source: nothing to load; `state` reads the provided one.
    return initialState;
  }
}

function warned(normalized: NormalizedFeed, source: string): NormalizedFeed {
  warnAboutDropped(normalized, source);
  return normalized;
}
