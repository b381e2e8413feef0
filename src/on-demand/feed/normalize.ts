/**
 * Untrusted JSON in, a typed read-only `NewsFeed` out.
 *
 * The only place that reads raw feed JSON. It never throws for a bad item: the item is dropped
 * and the reason recorded in `dropped`. It throws a FeedError only when the whole document is
 * unusable (not JSON, or JSON that is not a feed).
 */
import * as v from 'valibot';
import { safeUrl } from './safe-url.js';
import { parseFeedDate } from './parse-date.js';
import { FeedError } from '../../feed/errors.js';
import { markNewsFeed } from '../../feed/brand.js';
import { Author, FeedEnvelope, ItemEnvelope, validEntries, type RawAuthor, type RawFeed, type RawItem } from './schema.js';
import { htmlText, plainParagraphs, plainText, readingTimeMinutes } from './feed-text.js';
import type { DroppedItem, NewsAuthor, NewsFeed, NewsItem, NewsLink, NormalizedFeed } from '../../feed/types.js';

export interface NormalizeOptions {
  /** The URL the document was loaded from; relative URLs resolve against it when the feed has no `feed_url`. */
  readonly sourceUrl?: string;
}

/**
 * A feed is read up to this many items: far more than a page shows, and few enough that a huge
 * feed cannot hold the page up.
 */
export const MAX_ITEMS = 500;

// The brand check lives in the static feed model, so a widget recognises a NewsFeed without this module.
export { isNewsFeed } from '../../feed/brand.js';

/** Parses feed text (a byte-order mark is fine). Throws FeedError `parse` for anything that is not JSON. */
export function parseFeedText(text: string, url?: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('parse', `The feed is not valid JSON, perhaps cut off in transfer (${reason}).`, {
      url,
      cause: error,
    });
  }
}

function notAFeedMessage(json: unknown, issue: string): string {
  const hint = json && typeof json === 'object' && 'rss' in json ? ' It looks like RSS converted to JSON, which is a different format.' : '';
  return `This is JSON but not a JSON Feed: ${issue}.${hint}`;
}

/**
 * Normalizes a parsed JSON Feed 1.0/1.1 document. Throws FeedError `not-a-feed` when the document
 * is not a feed at all.
 */
export function normalizeFeed(json: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new FeedError('not-a-feed', notAFeedMessage(json, 'the document is not an object'), { url: options.sourceUrl, found: 'json' });
  }
  const envelope = v.safeParse(FeedEnvelope, json);
  if (!envelope.success) {
    throw new FeedError('not-a-feed', notAFeedMessage(json, envelope.issues[0].message), { url: options.sourceUrl, found: 'json' });
  }
  const raw = envelope.output;
  const base = baseUrl(raw, options.sourceUrl);
  const feedAuthors = authorsOf(raw, base);

  const items: NewsItem[] = [];
  const dropped: DroppedItem[] = [];
  const seen = new Set<string>();
  raw.items.slice(0, MAX_ITEMS).forEach((entry, index) => {
    let id: string | undefined;
    // Whatever one item does (a shape no check foresaw, a getter that throws), it costs only that item.
    try {
      const parsed = v.safeParse(ItemEnvelope, entry);
      if (!parsed.success) {
        dropped.push({ index, reason: `Item ${index + 1} was dropped: ${itemProblem(entry, parsed.issues[0].message)}.` });
        return;
      }
      id = parsed.output.id;
      if (seen.has(id)) {
        dropped.push({ index, id, reason: `Item ${index + 1} was dropped: its id "${id}" repeats an earlier item's.` });
        return;
      }
      const item = normalizeItem(parsed.output, base, feedAuthors, raw.language);
      if (!item.title && !item.summary && !item.contentText && !item.url && !item.image) {
        dropped.push({ index, id, reason: `Item ${index + 1} ("${id}") was dropped: it has no title, text, link or image.` });
        return;
      }
      seen.add(id);
      items.push(item);
    } catch (error) {
      dropped.push({ index, id, reason: `Item ${index + 1} was dropped: reading it failed (${error}).` });
    }
  });

  if (raw.items.length > MAX_ITEMS) {
    dropped.push({ index: MAX_ITEMS, reason: `The feed has more than ${MAX_ITEMS} items; only the first ${MAX_ITEMS} were read.` });
  }

  const news = raw._news;
  const publisherName = plainText(news.publisher?.name);
  const newsletterAction = safeUrl(news.newsletter?.action, base);
  const feed: NewsFeed = {
    version: raw.version,
    title: plainText(raw.title),
    description: plainText(raw.description),
    homePageUrl: safeUrl(raw.home_page_url, base),
    feedUrl: safeUrl(raw.feed_url, base),
    language: plainText(raw.language),
    icon: safeUrl(raw.icon, base),
    favicon: safeUrl(raw.favicon, base),
    nextUrl: safeUrl(raw.next_url, base),
    authors: feedAuthors,
    items,
    publisher: publisherName
      ? { name: publisherName, url: safeUrl(news.publisher?.url, base), logo: safeUrl(news.publisher?.logo, base) }
      : undefined,
    disclosure: plainParagraphs(news.disclosure),
    newsletter: newsletterAction
      ? { action: newsletterAction, title: plainText(news.newsletter?.title), text: plainParagraphs(news.newsletter?.text) }
      : undefined,
  };
  markNewsFeed(feed);
  return { feed, dropped };
}

function itemProblem(entry: unknown, issue: string): string {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return 'it is not an object';
  return (entry as { id?: unknown }).id == null ? 'it has no "id"' : issue;
}

/**
 * Relative URLs resolve against the feed's own declared URL, else where it was loaded from, else
 * its home page, else the page the widget is on.
 */
function baseUrl(raw: RawFeed, sourceUrl: string | undefined): string {
  const page = typeof document === 'undefined' ? undefined : document.baseURI;
  const loadedFrom = safeUrl(sourceUrl, page);
  return safeUrl(raw.feed_url, loadedFrom ?? page) ?? loadedFrom ?? safeUrl(raw.home_page_url, page) ?? page ?? 'https://invalid.invalid/';
}

function normalizeAuthor(raw: RawAuthor, base: string): NewsAuthor | undefined {
  const author: NewsAuthor = {
    name: plainText(raw.name),
    url: safeUrl(raw.url, base, { mailto: true }),
    avatar: safeUrl(raw.avatar, base),
  };
  return author.name || author.url ? author : undefined;
}

/** JSON Feed 1.1 `authors`, else 1.0 `author`; entries that are not authors are skipped. */
function authorsOf(raw: { author?: RawAuthor; authors?: unknown[] }, base: string): NewsAuthor[] {
  const candidates = raw.authors ?? (raw.author ? [raw.author] : []);
  return validEntries(Author, candidates)
    .map((entry) => normalizeAuthor(entry, base))
    .filter((author): author is NewsAuthor => author !== undefined);
}

function normalizeLink(raw: { title: string; url?: string; id?: string | number } | undefined, base: string): NewsLink | undefined {
  const title = plainText(raw?.title);
  if (!raw || !title) return undefined;
  return { title, url: safeUrl(raw.url, base), id: raw.id === undefined ? undefined : String(raw.id) };
}

function normalizeItem(raw: RawItem, base: string, feedAuthors: NewsAuthor[], feedLanguage?: string): NewsItem {
  const news = raw._news;
  // The body's HTML is only kept here: src/on-demand/feed/article-html.ts reads it when a body is shown.
  const contentHtml = raw.content_html || undefined;
  const contentText = plainParagraphs(raw.content_text) ?? (contentHtml && htmlText(contentHtml));
  const ownAuthors = authorsOf(raw, base);
  const url = safeUrl(raw.url, base);
  const externalUrl = safeUrl(raw.external_url, base);
  const declaredMinutes = news.reading_time_minutes;
  return {
    id: raw.id,
    url: url ?? externalUrl,
    externalUrl,
    title: plainText(raw.title),
    summary: plainParagraphs(raw.summary),
    contentHtml,
    contentText,
    baseUrl: base,
    image: safeUrl(raw.image, base),
    bannerImage: safeUrl(raw.banner_image, base),
    datePublished: parseFeedDate(raw.date_published),
    dateModified: parseFeedDate(raw.date_modified),
    authors: ownAuthors.length ? ownAuthors : feedAuthors,
    tags: [...new Set(raw.tags.map((tag) => plainText(tag)).filter((tag): tag is string => !!tag))],
    language: plainText(raw.language) ?? plainText(feedLanguage),
    category: plainText(news.category),
    readingTimeMinutes: declaredMinutes ? Math.max(1, Math.round(declaredMinutes)) : readingTimeMinutes(contentText),
    imageAlt: plainText(news.image_alt),
    imageCaption: plainText(news.image_caption),
    dateline: plainText(news.dateline),
    credits: plainText(news.credits),
    keyTakeaways: news.key_takeaways.map((takeaway) => {
      const sourceUrl = safeUrl(takeaway.source?.url, base);
      return {
        text: plainParagraphs(takeaway.text) ?? '',
        source: sourceUrl ? { url: sourceUrl, title: plainText(takeaway.source?.title) } : undefined,
      };
    }),
    faq: news.faq.map((entry) => ({
      question: plainText(entry.question) ?? '',
      answer: plainParagraphs(entry.answer) ?? '',
    })),
    references: news.references.map((reference) => ({
      title: plainText(reference.title) ?? '',
      url: safeUrl(reference.url, base),
      publisher: plainText(reference.publisher),
    })),
    sections: news.sections.map((section) => ({ id: section.id, title: plainText(section.title) ?? '', level: section.level })),
    breadcrumbs: news.breadcrumbs.map((crumb) => ({ title: plainText(crumb.title) ?? '', url: safeUrl(crumb.url, base) })),
    previous: normalizeLink(news.previous, base),
    next: normalizeLink(news.next, base),
    sponsored: news.sponsored,
  };
}
