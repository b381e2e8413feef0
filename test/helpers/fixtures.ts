/** Test data over HTTP from the test server (see test/server/feed-server.js). */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { normalizeFeed, parseFeedText } from '../../src/on-demand/feed/normalize.js';
import type { NormalizedFeed } from '../../src/feed/types.js';

/** A feed whose every string tries to be markup or a script, and whose URLs try `javascript:`. */
export const HOSTILE_FEED_URL = '/test/fixtures/hostile.json';

export type FeedServerOptions = Partial<
  Record<'body' | 'type' | 'delay' | 'status' | 'fail' | 'failStatus' | 'failAfter' | 'retryAfter' | 'etag', string | number>
>;

/**
 * A URL of the test server's feed endpoint: `key` counts its requests (see hits()), the options
 * choose what it answers (a file as `body` and its Content-Type as `type`, a `delay`, a `status`,
 * failures, an ETag).
 */
export function feedServerUrl(key: string, options: FeedServerOptions = {}): string {
  const query = new URLSearchParams({ key });
  for (const [name, value] of Object.entries(options)) query.set(name, String(value));
  return `/api/feed?${query}`;
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** A fresh parsed copy of a JSON file on every call, so a test may change it. */
export async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(await fetchText(url));
}

/** Normalizes a file served by the test server, as a widget would after loading it. */
export async function normalizeFile(url: string): Promise<NormalizedFeed> {
  const absolute = new URL(url, location.href).href;
  return normalizeFeed(parseFeedText(await fetchText(url), absolute), { sourceUrl: absolute });
}

export interface RealFeedIndex {
  available: boolean;
  files: { json?: string[]; tricky?: string[]; rss?: string[]; atom?: string[]; news?: string[] };
}

/** The real third-party feeds in ../shared/real-feeds, when that folder exists. */
export async function realFeeds(): Promise<RealFeedIndex> {
  return (await fetchJson('/real-feeds/index.json')) as RealFeedIndex;
}

/** A unique key per call, so request counts on the test server never mix between tests. */
let counter = 0;
export function uniqueKey(name: string): string {
  counter += 1;
  return `${name}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function hits(key: string): Promise<{ hits: number; conditional: number; times: number[] }> {
  return (await fetchJson(`/api/hits?key=${encodeURIComponent(key)}`)) as { hits: number; conditional: number; times: number[] };
}

/** The FeedError a load (or any promise) rejects with; fails when it resolves or rejects with something else. */
export async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}
