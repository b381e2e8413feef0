/**
 * read-off-thread.ts as the all-in-one classic script has it (vite.config.ts, `--mode all`): it is
 * one file that partners copy alone, with no module URL to find a worker's file by, so it reads
 * every feed on the page, in tasks. The widgets the loader downloads, and the npm package, start
 * the worker.
 */
import type { NormalizedFeed } from '../../feed/types.js';
import type { FeedWorkerRequest } from './feed-worker.js';

export function readInWorker(_request: FeedWorkerRequest): Promise<NormalizedFeed | undefined> {
  return Promise.resolve(undefined);
}
