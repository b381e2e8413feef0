/**
 * The data layer's run-time code (loader, normalizer, valibot: about half of a widget's bytes)
 * lives in src/on-demand/feed/ and is downloaded the first time a widget has a source of its own,
 * not when a component is imported. So a component costs little to import, its skeleton paints
 * without waiting for that code, and widgets that take their feed from a `<news-feed>` never
 * need it. The all-in-one script inlines it. Every widget on the page shares the one module, and
 * with it the one loader.
 */
import { lazy } from '../util/lazy.js';
import { FeedError } from './errors.js';

export type FeedRuntime = typeof import('../on-demand/feed/data-layer.js');

const download = lazy(() => import('../on-demand/feed/data-layer.js'));

/**
 * The data layer module. A failed download becomes a `network` FeedError, which the widget shows
 * with its Retry button; Retry downloads again (`lazy` forgets failures). A browser that
 * remembers the failed module answers the same until the page reloads.
 */
export function feedRuntime(): Promise<FeedRuntime> {
  return download().catch((cause: unknown) => {
    throw new FeedError('network', 'The code that loads feeds could not be downloaded.', { cause });
  });
}
