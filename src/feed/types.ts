/**
 * The typed, read-only model every widget renders from.
 *
 * `feed/normalize` is the only producer of these objects: it turns untrusted JSON Feed 1.0/1.1
 * documents (with our `_news` extension) into them. Every string here is plain text unless its
 * name ends in `Html`; every URL is absolute http(s) (or mailto where a person expects one);
 * every date is an ISO 8601 string that `new Date()` parses.
 */

export interface NewsAuthor {
  readonly name?: string;
  readonly url?: string;
  readonly avatar?: string;
}

/** A link to another article, e.g. the previous or next post. */
export interface NewsLink {
  readonly title: string;
  readonly url?: string;
  /** The id of the linked item when it is in the same feed. */
  readonly id?: string;
}

export interface NewsSource {
  readonly title?: string;
  readonly url: string;
}

export interface NewsTakeaway {
  readonly text: string;
  readonly source?: NewsSource;
}

export interface NewsFaqEntry {
  readonly question: string;
  readonly answer: string;
}

export interface NewsReference {
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
}

export interface NewsSection {
  readonly id: string;
  readonly title: string;
  /** Heading level, an integer 1 to 6. */
  readonly level: number;
}

export interface NewsBreadcrumb {
  readonly title: string;
  readonly url?: string;
}

export interface NewsItem {
  readonly id: string;
  /** The article's own page: `url`, else `external_url`. */
  readonly url?: string;
  readonly externalUrl?: string;
  readonly title?: string;
  /** The "Quick Summary". */
  readonly summary?: string;
  /**
   * The body exactly as the feed gave it: untrusted, and its relative URLs not yet resolved.
   * Normalizing never parses it; `<article-body>` reads it when it is shown (URLs resolved against
   * `baseUrl`, unsafe ones removed, headings given ids: src/on-demand/feed/article-html.ts) and
   * sanitizes it before it reaches the DOM.
   */
  readonly contentHtml?: string;
  /** The body as plain text (from `content_text`, else the text of `content_html`, read without a DOM). */
  readonly contentText?: string;
  /**
   * What relative URLs in `contentHtml` resolve against: the feed's `feed_url`, else the URL it was
   * loaded from, else its home page, else the page. Every other URL of the item is already absolute.
   */
  readonly baseUrl?: string;
  readonly image?: string;
  readonly bannerImage?: string;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly authors: readonly NewsAuthor[];
  readonly tags: readonly string[];
  readonly language?: string;
  readonly category?: string;
  /** From `_news.reading_time_minutes`, else computed from the text (at least 1). */
  readonly readingTimeMinutes?: number;
  readonly imageAlt?: string;
  readonly imageCaption?: string;
  readonly dateline?: string;
  readonly credits?: string;
  readonly keyTakeaways: readonly NewsTakeaway[];
  readonly faq: readonly NewsFaqEntry[];
  readonly references: readonly NewsReference[];
  /**
   * The sections the feed declares (`_news.sections`), else none: the body's own headings become
   * sections only when the body is read (`<table-of-contents>` and `<article-body>` do that, with
   * the same ids).
   */
  readonly sections: readonly NewsSection[];
  readonly breadcrumbs: readonly NewsBreadcrumb[];
  readonly previous?: NewsLink;
  readonly next?: NewsLink;
  readonly sponsored: boolean;
}

export interface NewsPublisher {
  readonly name: string;
  readonly url?: string;
  readonly logo?: string;
}

export interface NewsNewsletter {
  /** Where the signup form posts to. */
  readonly action: string;
  readonly title?: string;
  readonly text?: string;
}

export interface NewsFeed {
  /** The JSON Feed version URL the document declared. */
  readonly version: string;
  readonly title?: string;
  /** What the feed is about (JSON Feed `description`, RSS channel `description`, Atom `subtitle`). */
  readonly description?: string;
  readonly homePageUrl?: string;
  readonly feedUrl?: string;
  readonly language?: string;
  readonly icon?: string;
  readonly favicon?: string;
  readonly nextUrl?: string;
  readonly authors: readonly NewsAuthor[];
  readonly items: readonly NewsItem[];
  readonly publisher?: NewsPublisher;
  readonly disclosure?: string;
  readonly newsletter?: NewsNewsletter;
}

/** An item the normalizer could not keep, and why. */
export interface DroppedItem {
  /** Position in the feed's `items` array. */
  readonly index: number;
  /** The item's id when it had a usable one. */
  readonly id?: string;
  readonly reason: string;
}

/** What normalizing one document gives: the feed and the items it had to drop. */
export interface NormalizedFeed {
  readonly feed: NewsFeed;
  readonly dropped: readonly DroppedItem[];
}
