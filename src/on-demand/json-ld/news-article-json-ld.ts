/**
 * `<news-article>`'s optional schema.org NewsArticle JSON-LD (the `structured-data` attribute).
 * Few pages ask for it, so it is loaded the first time an article on the page does, not with the
 * component. Written like the FAQ's FAQPage and the breadcrumbs' BreadcrumbList, through the
 * shared json-ld-script.ts: JSON that is safe inside `<script>`, kept in the element's light DOM.
 * (Not named news-article.ts: file names do not repeat across folders.)
 */
import { jsonLdText, writeJsonLd } from './json-ld-script.js';
import type { NewsAuthor, NewsFeed, NewsItem } from '../../feed/types.js';

type Json = Record<string, unknown>;

/** Leaves out the keys whose value is undefined or an empty list, so the markup holds only what is known. */
function compact(data: Json): Json {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length)));
}

function person(author: NewsAuthor): Json {
  return compact({ '@type': 'Person', name: author.name, url: author.url });
}

/** The NewsArticle of `item` as a schema.org object (publisher from the feed's `_news.publisher`). */
export function newsArticleData(item: NewsItem, feed: NewsFeed): Json {
  const publisher = feed.publisher;
  const image = [item.image, item.bannerImage].filter((url): url is string => !!url);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    image,
    datePublished: item.datePublished,
    dateModified: item.dateModified,
    author: item.authors.filter((author) => author.name).map(person),
    publisher: publisher
      ? compact({
          '@type': 'Organization',
          name: publisher.name,
          url: publisher.url,
          logo: publisher.logo ? { '@type': 'ImageObject', url: publisher.logo } : undefined,
        })
      : undefined,
    mainEntityOfPage: item.url ? { '@type': 'WebPage', '@id': item.url } : undefined,
    url: item.url,
    articleSection: item.category,
    keywords: item.tags.length ? item.tags.join(', ') : undefined,
    inLanguage: item.language ?? feed.language,
  });
}

/** The NewsArticle as JSON that is safe inside `<script>`: `<` is escaped, so `</script>` cannot end it. */
export function newsArticleJson(item: NewsItem, feed: NewsFeed): string {
  return jsonLdText(newsArticleData(item, feed));
}

/**
 * Makes `script` (a new one when undefined) hold the NewsArticle of `item` as the last child of
 * `host`. Returns the script, to reuse next time.
 */
export function writeNewsArticle(host: HTMLElement, script: HTMLScriptElement | undefined, item: NewsItem, feed: NewsFeed): HTMLScriptElement {
  return writeJsonLd(host, script, newsArticleJson(item, feed));
}
