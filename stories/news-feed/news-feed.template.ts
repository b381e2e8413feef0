import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Theme } from '../../src/base/news-widget.js';
import type { FeedLoader } from '../../src/on-demand/feed/load.js';
import { SEED_ARTICLE_ID } from '../../sample/sample-data.js';

/** What a news-feed story sets: the feed's source, and the theme of the widgets inside. */
export interface NewsFeedArgs {
  /** URL of a JSON Feed. */
  src?: string;
  /** A parsed JSON Feed object; wins over `src`. */
  feed?: unknown;
  /** The loader to fetch `src` with. */
  loader?: FeedLoader;
  /** The theme of the widgets inside (`<news-feed>` itself draws nothing). */
  theme: Theme;
}

/** A small article page: three widgets, one feed, one request. */
export const renderArticlePage = (args: NewsFeedArgs) => html`
  <news-feed src=${ifDefined(args.src)} .feed=${args.feed} .loader=${args.loader}>
    <div style="display: grid; gap: 1.5rem; max-width: 46rem;">
      <article-card layout="horizontal" theme=${args.theme}></article-card>
      <key-takeaways limit="2" theme=${args.theme}></key-takeaways>
      <headline-list heading="More from Headlines" exclude=${SEED_ARTICLE_ID} limit="4" layout="compact" theme=${args.theme}></headline-list>
    </div>
  </news-feed>
`;
