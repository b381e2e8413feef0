/**
 * The worker that reads a large feed away from the page's main thread (started by
 * read-off-thread.ts for documents over OFF_THREAD_CHARS). JSON.parse of millions of tiny values,
 * or DOMParser on megabytes of XML, is a single task nothing can interrupt: on the page it would
 * freeze scrolling and input for a quarter of a second and more (issue #13); here it holds up
 * nothing. It parses (XML with @xmldom/xmldom: workers have no DOMParser), normalizes, and sends
 * back the NormalizedFeed, which is bounded (MAX_ITEMS, the field caps), so copying it to the page
 * is cheap whatever the document held.
 */
import { FeedError } from '../../feed/errors.js';
import type { NormalizedFeed } from '../../feed/types.js';
import { MAX_ITEMS, normalizeFeed } from './normalize.js';
import { feedTextToJson } from './read-without-dom.js';

/** What the page sends: the decoded feed text, where it came from, and its Content-Type. */
export interface FeedWorkerRequest {
  readonly text: string;
  readonly url: string;
  readonly contentType?: string | null;
}

/** What the worker answers: the feed, or the FeedError that says why there is none (its `cause` stays here). */
export type FeedWorkerReply =
  | { readonly feed: NormalizedFeed }
  | { readonly error: Pick<FeedError, 'kind' | 'message'> & { readonly details: Omit<FeedError['details'], 'cause'> } };

function read({ text, url, contentType }: FeedWorkerRequest): FeedWorkerReply {
  try {
    // One item past the limit tells the normalizer that there were more.
    return { feed: normalizeFeed(feedTextToJson(text, url, contentType, MAX_ITEMS + 1), { sourceUrl: url }) };
  } catch (error) {
    // Anything else is a fault of ours: thrown on, it becomes the worker's `error` event, and the page reads the feed itself.
    if (!(error instanceof FeedError)) throw error;
    const { cause, ...details } = error.details;
    return { error: { kind: error.kind, message: error.message, details } };
  }
}

addEventListener('message', ({ data }: MessageEvent<FeedWorkerRequest>) => postMessage(read(data)));
