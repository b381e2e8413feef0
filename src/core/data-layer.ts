/**
 * The data layer (loader, normalizer, valibot: about half of a widget's bytes) is loaded the first
 * time a widget has a source of its own, not when a component is imported. So a component costs
 * little to import, its skeleton paints without waiting for that code, and widgets that take
 * their feed from a `<news-feed>` never need it. The one-file script inlines it: nothing extra is
 * fetched there. Every widget on the page shares the one module, and with it the one loader.
 */
import { FeedError } from '../feed/errors.js';

export type DataLayer = typeof import('../feed/data-layer.js');

let pending: Promise<DataLayer> | undefined;

/**
 * The data layer module. A failed download becomes a `network` FeedError (the widget shows it with
 * its Retry button) and is not kept, so Retry asks again; a browser that remembers the failed
 * module answers the same until the page reloads.
 */
export function dataLayer(): Promise<DataLayer> {
  pending ??= import('../feed/data-layer.js').catch((cause: unknown) => {
    pending = undefined;
    throw new FeedError('network', 'The code that loads feeds could not be downloaded.', { cause });
  });
  return pending;
}
