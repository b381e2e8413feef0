/**
 * `news-widgets/feed`: the data layer alone, for servers and edge runtimes (Vercel and Netlify edge
 * functions, Cloudflare Workers, Next.js middleware): any feed (JSON Feed, RSS, Atom; text, bytes
 * or object) read and normalized into what the widgets render, with no DOM, no Node built-in and
 * no Lit. `news-widgets/ssr` renders the widgets from the same PreparedFeed, but needs Node.
 *
 * ```js
 * import { prepareFeed } from 'news-widgets/feed';
 * const { feed, dropped } = prepareFeed(await (await fetch(url)).text(), { url });
 * ```
 */
export { prepareFeed, type PreparedFeed, type PrepareOptions } from './on-demand/server/prepare-feed.js';
export { normalizeFeed, parseFeedText } from './on-demand/feed/normalize.js';
export { FeedError } from './feed/errors.js';
export type { DroppedItem, NewsFeed, NewsItem } from './feed/types.js';
