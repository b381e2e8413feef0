/**
 * Reading a large feed in a worker (feed-worker.ts), so that the page's main thread never runs a
 * task of parsing it: JSON.parse and DOMParser cannot be cut into tasks, and on a 5 MB document of
 * millions of tiny values or of RSS they take 170 to 450 ms (docs/security.md, "Long tasks").
 * read-feed.ts downloads this module for documents over OFF_THREAD_CHARS.
 *
 * Only an optimisation: where a worker cannot start (a Content-Security-Policy that refuses the
 * worker's origin, Trusted Types enforced, a bundler that did not emit the worker file) or fails,
 * `readInWorker` resolves to undefined and the page reads the feed itself, in tasks, as it does
 * every smaller feed.
 */
import { markNewsFeed } from '../../feed/brand.js';
import { FeedError } from '../../feed/errors.js';
import type { NormalizedFeed } from '../../feed/types.js';
import type { FeedWorkerReply, FeedWorkerRequest } from './feed-worker.js';

/** The feed read and normalized by a worker; undefined when no worker could do it. Rejects with the FeedError the document earns. */
export function readInWorker(request: FeedWorkerRequest): Promise<NormalizedFeed | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./feed-worker.ts', import.meta.url), { type: 'module', name: 'news-widgets feed reader' });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FeedWorkerReply>) => {
      worker.terminate();
      if ('error' in data) return reject(new FeedError(data.error.kind, data.error.message, data.error.details));
      // The copy is a new object: it is a NewsFeed the normalizer made all the same.
      markNewsFeed(data.feed.feed);
      resolve(data.feed);
    };
    // The worker's code could not load or run, or its answer could not be read: the page reads the feed itself.
    const readHere = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(undefined);
    };
    worker.onerror = readHere;
    worker.onmessageerror = readHere;
    worker.postMessage(request);
  });
}
