/**
 * How a `<news-feed>` shares one feed with every widget inside it (the @lit/context protocol).
 * The key is a global symbol so that two copies of the library on one page still talk.
 */
import { createContext } from '@lit/context';
import type { FeedError } from './errors.js';
import type { DroppedItem, NewsFeed } from './types.js';

/** Where a widget's data stands. "Empty" is not here: it depends on each widget's filters. */
export type FeedState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'complete';
      readonly feed: NewsFeed;
      readonly dropped: readonly DroppedItem[];
      /** Set when this is the last good copy and the latest refresh failed. */
      readonly staleError?: FeedError;
    }
  | { readonly status: 'error'; readonly error: FeedError };

/** A feed source: its state and a way to ask for it again (retry, refresh). */
export interface FeedSource {
  readonly state: FeedState;
  reload(): void;
}

export const feedContext = createContext<FeedSource | undefined>(Symbol.for('news-widgets/feed-context'));
