/**
 * What every story renders: the sample feed made from the seed article (sample/feed.json),
 * served by Storybook at this path (staticDirs in .storybook/main.ts).
 */
export const SAMPLE_SRC = 'sample/feed.json';

/** The seed article's id in the sample feed. */
export const ARTICLE_ID = 'coale-lukashenko-minsk-2026-03-19';

/** A URL that always fails, for the error state. */
export const BROKEN_SRC = 'sample/does-not-exist.json';

import { FeedError } from '../src/feed/errors.js';
import { FeedLoader } from '../src/on-demand/feed/load.js';

/** A loader whose requests never settle: shows the loading skeleton for as long as you look. */
export const pendingLoader = {
  load: () => new Promise(() => {}),
  refresh: () => new Promise(() => {}),
} as unknown as FeedLoader;

/** A feed with no items, for the empty state. */
export const EMPTY_FEED = { version: 'https://jsonfeed.org/version/1.1', title: 'Headlines', items: [] };

/**
 * A loader whose every answer is the last good copy after a failed refresh: the stale state,
 * which otherwise needs a server that fails on cue.
 */
const realLoader = new FeedLoader();
export const staleLoader = {
  load: async (url: string) => ({
    ...(await realLoader.load(url)),
    staleError: new FeedError('network', 'The feed could not be reached.', { url }),
  }),
  refresh: (url: string) => staleLoader.load(url),
} as unknown as FeedLoader;
