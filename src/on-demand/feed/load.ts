/**
 * Fetching feeds: one request per URL per page, however many widgets ask.
 *
 * - `load(url)` shares one promise per URL, in flight and after it settled with data; a failure
 *   is forgotten so the next call (a retry button) asks the network again.
 * - each attempt has a timeout, body included; network errors, 5xx and 429 are retried with
 *   exponential backoff and full jitter (429/503 honour `Retry-After`); other 4xx are final.
 * - the body is counted as it streams, after decompression: past `maxBytes` the download is
 *   cancelled with a `too-large` error, so a huge feed or a gzip bomb costs only what was read.
 * - a cross-origin request that fails with no answer is probed once without CORS: when the server
 *   answers that, the error says CORS is the probable cause (for the developer; readers see a
 *   plain sentence).
 * - `refresh(url)` asks again with `If-None-Match`; a 304 keeps the copy we have; a failure keeps
 *   the last good copy and marks it stale instead of losing it.
 * - `onLoad(url)` hears of every copy that arrives, so a Retry in one widget also recovers the
 *   other widgets on that URL (data-layer.ts).
 */
import { FeedError, toFeedError } from '../../feed/errors.js';
import { MAX_FEED_SIZE, readFeed, tooLarge } from './read-feed.js';
import type { NormalizedFeed } from '../../feed/types.js';

export interface LoadOptions {
  /** Milliseconds one attempt may take before it fails with a `timeout` error. */
  readonly timeoutMs: number;
  /** How many times a retryable failure is tried again. */
  readonly retries: number;
  /** First backoff delay; each retry doubles it, with full jitter. */
  readonly backoffMs: number;
  /** The longest wait between attempts, Retry-After included. */
  readonly maxDelayMs: number;
  /** The largest body read, in bytes after decompression (5 MB by default); a larger one is cut off with a `too-large` error. */
  readonly maxBytes: number;
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { timeoutMs: 10_000, retries: 2, backoffMs: 500, maxDelayMs: 30_000, maxBytes: MAX_FEED_SIZE };

/** A feed as loaded: the data, where it came from, and whether it is a kept copy after a failed refresh. */
export interface LoadedFeed extends NormalizedFeed {
  /** The final URL after redirects. */
  readonly url: string;
  readonly loadedAt: number;
  /** Set when this is the last good copy and the latest refresh failed. */
  readonly staleError?: FeedError;
}

interface CacheEntry {
  /** The shared request: in flight, or settled with data. */
  promise?: Promise<LoadedFeed>;
  /** The last good copy and its validator, for refreshes. */
  last?: LoadedFeed;
  etag?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export class FeedLoader {
  readonly options: LoadOptions;
  private readonly cache = new Map<string, CacheEntry>();
  /** Called with the (absolute) URL of every copy that arrives from the network, whoever asked for it. */
  onLoad?: (url: string) => void;

  constructor(options: Partial<LoadOptions> = {}) {
    this.options = { ...DEFAULT_LOAD_OPTIONS, ...options };
  }

  /** The feed at `url`, from the page-wide cache when any widget asked for it before. */
  load(url: string): Promise<LoadedFeed> {
    const key = absolute(url);
    const entry = this.entry(key);
    entry.promise ??= this.fetchFeed(key, entry).catch((error: unknown) => {
      entry.promise = undefined;
      throw releaseFrames(error); // whoever keeps it (a "Load more" warning in the console) keeps no widget
    });
    return entry.promise;
  }

  /**
   * Asks the server again (conditionally). Resolves with fresh data, the same data after a 304,
   * or the last good copy marked stale when the refresh failed; rejects only when there never was
   * a good copy.
   */
  refresh(url: string): Promise<LoadedFeed> {
    const key = absolute(url);
    const entry = this.entry(key);
    const request = this.fetchFeed(key, entry).catch((error: unknown) => {
      if (!entry.last) throw error;
      return { ...entry.last, staleError: releaseFrames(toFeedError(error, key)) };
    });
    entry.promise = request;
    return request;
  }

  /** Forgets every cached feed (tests, or a host that knows the data changed). */
  clear(): void {
    this.cache.clear();
  }

  private entry(key: string): CacheEntry {
    let entry = this.cache.get(key);
    if (!entry) this.cache.set(key, (entry = {}));
    return entry;
  }

  private async fetchFeed(url: string, entry: CacheEntry): Promise<LoadedFeed> {
    const { retries, backoffMs, maxDelayMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url, entry);
      } catch (caught) {
        const error = toFeedError(caught, url);
        if (!error.retryable || error.kind === 'timeout' || attempt >= retries) throw await explain(error, url);
        const backoff = Math.random() * backoffMs * 2 ** attempt;
        await sleep(Math.min(maxDelayMs, error.details.retryAfterMs ?? backoff));
      }
    }
  }

  private async attempt(url: string, entry: CacheEntry): Promise<LoadedFeed> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    let response: Response;
    let bytes: Uint8Array;
    try {
      const headers: HeadersInit = {
        // At most 128 characters: a longer Accept is no longer CORS-safelisted, and every cross-origin request would need a preflight.
        Accept: 'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, */*;q=0.1',
      };
      if (entry.etag && entry.last) headers['If-None-Match'] = entry.etag;
      response = await fetch(url, { headers, signal: controller.signal, credentials: 'omit' });
      if (response.status === 304 && entry.last) return { ...entry.last, staleError: undefined };
      if (!response.ok) {
        throw new FeedError('http', `The feed server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, {
          url,
          status: response.status,
          retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
        });
      }
      // Bytes, not text: the charset may be named by the header, the XML declaration or a byte-order mark (see charset.ts).
      bytes = await readBody(response, url, this.options.maxBytes);
    } catch (error) {
      if (controller.signal.aborted) {
        const { timeoutMs } = this.options;
        const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 100) / 10} s`;
        throw new FeedError('timeout', `The feed took longer than ${limit} to arrive.`, { url, cause: error });
      }
      throw toFeedError(error, url);
    } finally {
      clearTimeout(timer);
    }
    const finalUrl = response.url || url;
    let normalized: NormalizedFeed;
    try {
      normalized = await readFeed(bytes, finalUrl, response.headers.get('Content-Type'), this.options.maxBytes);
    } catch (error) {
      // Not a network problem, and asking again will not help: say what went wrong with the content.
      if (error instanceof FeedError) throw error;
      throw new FeedError('parse', `The feed could not be read (${error instanceof Error ? error.message : String(error)}).`, {
        url: finalUrl,
        cause: error,
      });
    }
    warnAboutDropped(normalized, finalUrl);
    const loaded: LoadedFeed = { ...normalized, url: finalUrl, loadedAt: Date.now() };
    entry.last = loaded;
    entry.etag = response.headers.get('ETag') ?? undefined;
    this.onLoad?.(url);
    return loaded;
  }
}

/**
 * The body's bytes, counted as they arrive (after the browser decompressed them): past `maxBytes`
 * the stream is cancelled, which ends the download, and a `too-large` error says how much was read.
 */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.length;
    if (size > maxBytes) {
      void reader!.cancel().catch(() => {});
      throw tooLarge(size, maxBytes, url, true);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * A request to another origin that failed with no answer (fetch's TypeError) is, on an online
 * browser, most often CORS: the server answered without `Access-Control-Allow-Origin` and the
 * browser hid the answer. A `no-cors` request, whose answer is opaque but arrives when the server
 * is reachable, tells CORS from a network failure; the error's message then says so. Same-origin
 * and offline failures, and anything else, are returned as they are.
 */
async function explain(error: FeedError, url: string): Promise<FeedError> {
  const page = globalThis.location?.origin;
  if (error.kind !== 'network' || !(error.details.cause instanceof TypeError) || !globalThis.navigator?.onLine || new URL(url).origin === page) {
    return error;
  }
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
  } catch {
    return error;
  }
  return new FeedError(
    'network',
    `The feed could not be read from ${url}: probably CORS: the feed's server sends no Access-Control-Allow-Origin (the page is ${page}).`,
    { url, cause: error.details.cause }
  );
}

/**
 * Reads the stack of `error` and of its causes, and returns it. Until a stack is read, V8 keeps each
 * async frame's receiver (the FeedController of the widget that asked, among them), so an error kept
 * for later (by the console, or as a stale copy's `staleError` in this cache) kept a removed widget alive.
 */
export function releaseFrames<E>(error: E): E {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) void cause.stack;
  return error;
}

export function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** One console warning per parsed document, not per widget. */
export function warnAboutDropped({ dropped }: NormalizedFeed, source: string): void {
  if (dropped.length === 0) return;
  console.warn(`news-widgets: ${dropped.length} item(s) of ${source} were dropped:\n${dropped.map((d) => d.reason).join('\n')}`);
}

/** The page-wide loader every widget uses unless given another. */
export const feedLoader = new FeedLoader();
