/**
 * Every event the widgets dispatch: named `news-*`, bubbling and composed so a host page hears
 * them through shadow roots; cancelable where the host may veto (navigation, toggling).
 */
import type { FeedError } from '../feed/errors.js';
import type { DroppedItem, NewsFeed, NewsItem } from '../feed/types.js';

export interface NewsEventDetails {
  /** A feed arrived (or a refresh failed and the last good copy is shown: `stale`). */
  'news-feed-load': { feed: NewsFeed; url?: string; dropped: readonly DroppedItem[]; stale: boolean };
  /** A feed could not be shown at all. */
  'news-feed-error': { error: FeedError; url?: string };
  /** A reader chose an article. Cancel it to route in a single-page app instead of navigating. */
  'news-select': { item: NewsItem; url?: string; originalEvent?: Event };
  /** An item became at least half visible, once per item and element. */
  'news-impression': { item: NewsItem; index: number };
  /**
   * Something the reader can open or close is about to (`open`: the state it takes), by a click or
   * a `toggle()` call; setting `expanded` fires nothing. Cancel it to keep the current state. An
   * accordion names the entry: `index` (0-based) and `question`.
   */
  'news-toggle': { open: boolean; index?: number; question?: string };
  /**
   * A reader submitted a valid address to a newsletter form, which is about to post it to `action`
   * (the checked http(s) URL). Cancel it to sign the reader up yourself, then report the outcome
   * with the form's `complete({ ok, message })`.
   */
  'news-subscribe': { email: string; action: string };
}

export type NewsEventName = keyof NewsEventDetails;

export type NewsEvent<K extends NewsEventName> = CustomEvent<NewsEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-feed-load': NewsEvent<'news-feed-load'>;
    'news-feed-error': NewsEvent<'news-feed-error'>;
    'news-select': NewsEvent<'news-select'>;
    'news-impression': NewsEvent<'news-impression'>;
    'news-toggle': NewsEvent<'news-toggle'>;
    'news-subscribe': NewsEvent<'news-subscribe'>;
  }
}

/** Dispatches a typed news event from `target`; returns false when a listener cancelled it. */
export function emit<K extends NewsEventName>(
  target: EventTarget,
  name: K,
  detail: NewsEventDetails[K],
  options: { cancelable?: boolean } = {}
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }));
}
