/**
 * `news-widgets/hydrate`: the browser's half of server rendering (`news-widgets/ssr`). Import it
 * instead of `news-widgets/define` on a page whose widgets came from the server:
 *
 * ```html
 * <script type="module">import 'news-widgets/hydrate';</script>
 * ```
 *
 * It loads Lit's hydration support before Lit itself (a widget then adopts the Declarative Shadow
 * DOM the server sent instead of rendering it again), reads each server-rendered widget's inline
 * feed into the NewsFeed the widget renders at once (no request, no loading state, the same
 * content as the server's: no hydration mismatch), and registers every widget.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Host = HTMLElement & { feed?: unknown; partTags?: object };

async function hydrateWidgets(): Promise<void> {
  // Lit loads only now, after its hydration support (a static import would be bundled before it).
  const [{ defineWidgets }, { PART_MODULES }, { normalizeFeed, parseFeedText }, { TableOfContents }, bodyReader] = await Promise.all([
    import('./widgets.js'),
    import('./components/news-article/news-article-parts.js'),
    import('./on-demand/feed/normalize.js'),
    import('./components/table-of-contents/table-of-contents.js'),
    import('./on-demand/feed/article-html.js'),
  ]);
  // A table of contents made from the body's headings lists them in its first render, as the server did.
  TableOfContents.useReader(bodyReader);
  // Widgets not yet defined with an inline JSON Feed (a server-rendered one has it) get its NewsFeed
  // as `.feed`, which Lit takes over at the upgrade: the first render shows the feed. A feed that
  // cannot be read is left to the widget, which shows the error as it would without the server.
  for (const script of document.querySelectorAll(':not(:defined) > script[type="application/feed+json"]')) {
    const host = script.parentElement as Host;
    if (host.feed !== undefined) continue;
    try {
      host.feed = normalizeFeed(parseFeedText(script.textContent ?? ''), { sourceUrl: document.baseURI }).feed;
    } catch {
      // The widget reads the inline feed itself and shows why it could not.
    }
  }
  // Every part's module is here, so a server-rendered article's first render has its parts, as on the server.
  const partTags = Object.fromEntries(Object.entries(PART_MODULES).map(([part, module]) => [part, module!.tag]));
  for (const article of document.querySelectorAll<Host>('news-article:not(:defined)')) {
    if (article.shadowRoot) article.partTags = partTags;
  }
  defineWidgets();
}

void hydrateWidgets();
