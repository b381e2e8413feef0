/**
 * What widgets need from the data layer at run time, as one module: the shared loader, and
 * `loadSource`, which turns whatever source a widget was given into a normalized feed. Widgets
 * never import it statically; they go through `feedRuntime()` in feed/runtime.ts, so this code
 * (with the normalizer and its valibot schema) is fetched only when a widget first has a source
 * of its own to load.
 */
import { absolute, feedLoader, releaseFrames, warnAboutDropped, type FeedLoader, type LoadedFeed } from './load.js';
import { normalizeFeedInTasks } from './normalize.js';
import { isNewsFeed } from '../../feed/brand.js';
import { isDocument, readFeed } from './read-feed.js';
import type { NormalizedFeed } from '../../feed/types.js';

export { feedLoader };

/** What the shared Retry needs of a widget (a FeedSourceElement): its `src`, its loader, reload(). */
interface FeedSourceHost extends Element {
  readonly src?: string;
  readonly loader?: FeedLoader;
  reload(): void;
}

/** Widgets whose `src` failed, held weakly so that a removed one can still be collected. */
const failed = new Set<WeakRef<FeedSourceHost>>();

/**
 * Each failure, once, in the console for developers (readers see a plain sentence in the error
 * box): the element, the source, and the FeedError with its English message, kind and details.
 *
 * Retry in one widget recovers every widget on that `src`: a widget whose `src` failed (its
 * `news-feed-error`) reloads, from the loader's cache, when any widget brings a copy of that URL.
 * One that left the page is not reloaded; one noted twice reloads twice, and its later answer wins.
 */
document.addEventListener('news-feed-error', (event) => {
  const host = event.composedPath()[0] as FeedSourceHost;
  const { error, url } = event.detail;
  // The console keeps the error: its frames must not keep the widget (see releaseFrames).
  console.warn(`news-widgets: <${host.localName}> could not show ${url ?? 'its feed'}:`, releaseFrames(error));
  if (!host.src || !host.reload) return;
  failed.add(new WeakRef(host));
  (host.loader ?? feedLoader).onLoad = reloadFailed;
});

function reloadFailed(url: string): void {
  for (const ref of failed) {
    const host = ref.deref();
    if (host?.src && absolute(host.src) !== url) continue;
    failed.delete(ref);
    if (host?.isConnected) host.reload();
  }
}

/** A widget's own source, in the order it wins: the `.feed` property, an inline feed's text, `src`. */
export interface OwnSource {
  /** A NewsFeed, a parsed JSON Feed object, feed text (JSON, RSS or Atom), or an XML `Document`. */
  readonly feed?: unknown;
  readonly inline?: string;
  readonly src?: string;
  /** The loader for `src`; the page-wide one by default. */
  readonly loader?: FeedLoader;
  /** Ask again with a conditional request (`src` only): a retry keeps the last good copy. */
  readonly refresh?: boolean;
}

/** A feed ready to show; `url` and `staleError` are set when it came from `src`. */
export type LoadedSource = NormalizedFeed & Partial<Pick<LoadedFeed, 'url' | 'staleError'>>;

/**
 * The feed of the first source given. A NewsFeed passed as `.feed` is used as it is; a JSON
 * Feed object, feed text (JSON, RSS or Atom, from `.feed` or inline) and an XML Document are
 * normalized against the page's URL (items dropped with a reason are reported in the console);
 * `src` goes through the loader. Rejects with a FeedError.
 */
export async function loadSource({ feed, inline, src = '', loader = feedLoader, refresh }: OwnSource): Promise<LoadedSource> {
  if (feed != null && isNewsFeed(feed)) return { feed, dropped: [] };
  if (feed != null || inline !== undefined) {
    const page = document.baseURI;
    const given = feed ?? inline!;
    const normalized =
      typeof given === 'string' || isDocument(given) ? await readFeed(given, page) : await normalizeFeedInTasks(given, { sourceUrl: page });
    warnAboutDropped(normalized, feed != null ? 'the .feed property' : 'an inline feed');
    return normalized;
  }
  return refresh ? loader.refresh(src) : loader.load(src);
}
