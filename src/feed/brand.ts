/**
 * Which objects are NewsFeeds the normalizer made. A static module of its own, outside the
 * on-demand data layer, so a widget given a NewsFeed as `.feed` recognises it at once and renders
 * it in the same update, without downloading the normalizer it does not need.
 */
import type { NewsFeed } from './types.js';

const normalizedFeeds = new WeakSet<object>();

/** Records a feed the normalizer made; only src/on-demand/feed/normalize.ts calls it. */
export function markNewsFeed(feed: NewsFeed): void {
  normalizedFeeds.add(feed);
}

/** True for a feed `normalizeFeed` returned: passing one back in (the `.feed` property) skips normalizing again. */
export function isNewsFeed(value: unknown): value is NewsFeed {
  return typeof value === 'object' && value !== null && normalizedFeeds.has(value);
}
