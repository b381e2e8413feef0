/**
 * `prepareFeed`, the data half of `news-widgets/ssr`: any feed (JSON Feed text, bytes or object,
 * RSS, Atom) read and normalized into what the widgets render, with the JSON Feed shipped to the
 * browser. It needs no DOM and no Node built-in (XML is read with @xmldom/xmldom, bytes with
 * `TextDecoder`, URLs with `URL`), so it also runs in edge runtimes (test/node/ssr-edge.test.js
 * runs it in `@edge-runtime/vm`). Imported by src/ssr.ts; never in a browser bundle.
 */
import { normalizeFeed } from '../feed/normalize.js';
import { decodeFeedBytes } from '../feed/charset.js';
import { feedTextToJson } from '../feed/read-without-dom.js';
import { isNewsFeed } from '../../feed/brand.js';
import type { DroppedItem, NewsFeed } from '../../feed/types.js';

/** A feed ready to render: the NewsFeed the widgets show, and the JSON Feed document shipped with it to the browser. */
export interface PreparedFeed {
  readonly feed: NewsFeed;
  /** Items the normalizer left out, each with its reason. */
  readonly dropped: readonly DroppedItem[];
  /** The JSON Feed document, its `feed_url` absolute, so the browser normalizes it to the same NewsFeed. */
  readonly json: Record<string, unknown>;
}

export interface PrepareOptions {
  /** Where the feed is published: its relative links resolve against it (the feed's own `feed_url` wins). */
  readonly url?: string;
}

/**
 * Any feed to a PreparedFeed: JSON Feed text or bytes, a parsed JSON Feed object, or RSS / Atom
 * (text or bytes, converted to JSON Feed as `news-widgets convert` does). Throws a FeedError when
 * it is not a feed. Prepare once and cache: rendering many widgets from one PreparedFeed
 * normalizes nothing again.
 */
export function prepareFeed(source: unknown, { url }: PrepareOptions = {}): PreparedFeed {
  if (isPrepared(source)) return source;
  if (isNewsFeed(source))
    throw new TypeError(
      'news-widgets/ssr: pass the JSON Feed (or prepareFeed()) rather than a NewsFeed, so that it can be shipped to the browser.'
    );
  let json = source;
  if (typeof source === 'string' || source instanceof Uint8Array) {
    const text = typeof source === 'string' ? source : decodeFeedBytes(source, null);
    json = feedTextToJson(text, url);
  }
  const { feed, dropped } = normalizeFeed(json, { sourceUrl: url });
  const raw = json as Record<string, unknown>;
  // The browser normalizes against its page: an absolute feed_url makes it resolve links as here.
  const base = typeof raw.feed_url === 'string' ? resolve(raw.feed_url, url) : url;
  return { feed, dropped, json: base ? { ...raw, feed_url: base } : raw };
}

function isPrepared(value: unknown): value is PreparedFeed {
  return typeof value === 'object' && value !== null && isNewsFeed((value as PreparedFeed).feed) && 'json' in value;
}

function resolve(href: string, base?: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
