/**
 * What every story renders: the sample feed made from the seed article (sample/feed.json),
 * served by Storybook at this path (staticDirs in .storybook/main.ts).
 */
export const SAMPLE_SRC = 'sample/feed.json';

/** The seed article's id in the sample feed. */
export const ARTICLE_ID = 'coale-lukashenko-minsk-2026-03-19';

/** A URL that always fails, for the error state. */
export const BROKEN_SRC = 'sample/does-not-exist.json';

import type { FeedLoader } from '../src/feed/load.js';

/** A loader whose requests never settle: shows the loading skeleton for as long as you look. */
export const pendingLoader = {
  load: () => new Promise(() => {}),
  refresh: () => new Promise(() => {}),
} as unknown as FeedLoader;

/** A feed with no items, for the empty state. */
export const EMPTY_FEED = { version: 'https://jsonfeed.org/version/1.1', title: 'Headlines', items: [] };
