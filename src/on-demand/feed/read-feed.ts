/**
 * Any feed document to a NormalizedFeed: bytes from the network, text (an inline feed, a string
 * given as `.feed`), or a parsed XML `Document`. JSON Feed goes straight to the normalizer; RSS
 * and Atom first through the XML adapter, which is downloaded the first time a page meets an
 * XML feed (a page of JSON Feeds never loads it). Anything else is a FeedError saying what it is.
 */
import { lazy } from '../../util/lazy.js';
import { FeedError } from '../../feed/errors.js';
import type { NormalizedFeed } from '../../feed/types.js';
import { decodeFeedBytes } from './charset.js';
import { MAX_ITEMS, nextTask, normalizeFeedInTasks, parseFeedText } from './normalize.js';
import { sniffFeedSyntax } from './sniff-format.js';

const xmlAdapter = lazy(() => import('./xml-feed.js'));
const offThread = lazy(() => import('./read-off-thread.js'));

/**
 * The default size limit, in bytes (characters for text): larger documents are refused before they
 * are parsed (the loader stops downloading there, see `LoadOptions.maxBytes`). Parsing is one task
 * the page cannot interrupt (Chromium's DOMParser takes about 70 ms per MB of RSS), and news feeds
 * stay far below it (the largest real one we test is 0.6 MB; long podcast feeds reach 2 MB).
 */
export const MAX_FEED_SIZE = 5_000_000;

/**
 * Documents longer than this many characters are read in a worker (read-off-thread.ts), whose
 * code is downloaded then. Below it the page's own tasks stay short (1 MB: at most about 90 ms of
 * JSON.parse or DOMParser on a loaded machine), and a worker would cost more than it saves.
 */
export const OFF_THREAD_CHARS = 1_000_000;

const megabytes = (size: number) => (size < 1e6 ? `${Math.round(size / 100) / 10} kB` : `${Math.round(size / 1e5) / 10} MB`);

/** The `too-large` error: `size` bytes of a document (read so far, when `partial`) against the `limit`. */
export function tooLarge(size: number, limit: number, url: string, partial?: boolean): FeedError {
  const message = partial
    ? `The feed is larger than the ${megabytes(limit)} a widget reads: its download was stopped after ${megabytes(size)}.`
    : // Just over the limit: in bytes, not "5 MB, more than the 5 MB".
      `The feed is ${megabytes(size) == megabytes(limit) ? `${size} bytes` : megabytes(size)}, more than the ${megabytes(limit)} a widget reads.`;
  return new FeedError('too-large', message, { url, size });
}

/** A DOM Document (an XML feed already parsed), from this window or another. */
export function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 9;
}

async function adapter(url: string) {
  try {
    return await xmlAdapter();
  } catch (cause) {
    throw new FeedError('network', 'The code that reads RSS and Atom feeds could not be downloaded.', { url, cause });
  }
}

/**
 * Reads a feed document. `url` is where it came from (relative links resolve against it);
 * `contentType` is the response's header, which names the charset of bytes and what arrived when
 * it is not a feed. Rejects with a FeedError: `parse` for a broken document, `not-a-feed` for
 * anything that is not a feed, `too-large` above `maxBytes` (MAX_FEED_SIZE by default), `network`
 * when the XML adapter cannot be downloaded.
 */
export async function readFeed(
  source: Uint8Array | string | Document,
  url: string,
  contentType?: string | null,
  maxBytes = MAX_FEED_SIZE
): Promise<NormalizedFeed> {
  // One item past the limit tells the normalizer that there were more.
  if (isDocument(source)) return normalizeFeedInTasks((await adapter(url)).xmlToJsonFeed(source, url, MAX_ITEMS + 1), { sourceUrl: url });
  if (source.length > maxBytes) throw tooLarge(source.length, maxBytes, url);
  const text = typeof source === 'string' ? source : decodeFeedBytes(source, contentType);
  // A large document is parsed and normalized by a worker, where it holds up nothing; where no
  // worker can start, the page reads it as any other, in tasks.
  const offThreadFeed = text.length > OFF_THREAD_CHARS && (await readOffThread(text, url, contentType));
  if (offThreadFeed) return offThreadFeed;
  // Decoding, parsing and normalizing are each a task of their own (normalizing a large feed
  // several): the page may paint and answer input between them (test/hardening/long-tasks.test.ts
  // measures the longest).
  await nextTask();
  const json = sniffFeedSyntax(text, contentType, url) === 'json' ? parseFeedText(text, url) : await readXml(text, url);
  await nextTask();
  return normalizeFeedInTasks(json, { sourceUrl: url });
}

/** The feed read by a worker, or undefined where none can start or its code cannot be downloaded (the page reads it then). */
async function readOffThread(text: string, url: string, contentType?: string | null): Promise<NormalizedFeed | undefined> {
  try {
    return await (await offThread()).readInWorker({ text, url, contentType });
  } catch (error) {
    if (error instanceof FeedError) throw error;
    return undefined;
  }
}

/** An XML feed to JSON Feed: parsing it and mapping its items are a task each (5 MB of RSS: about 170 and 110 ms). */
async function readXml(text: string, url: string): Promise<unknown> {
  const xml = await adapter(url);
  const doc = xml.parseXml(text, undefined, url);
  await nextTask();
  return xml.xmlToJsonFeed(doc, url, MAX_ITEMS + 1);
}
