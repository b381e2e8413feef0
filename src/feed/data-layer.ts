/**
 * What widgets need from the data layer at run time, as one module: the shared loader and the
 * normalizer (with its valibot schema). Widgets never import it statically; they go through
 * `dataLayer()` in core/data-layer.ts, so this code is fetched only when a widget first has a
 * source of its own to load.
 */
export { feedLoader, warnAboutDropped } from './load.js';
export { isNewsFeed, normalizeFeed, parseFeedText } from './normalize.js';
