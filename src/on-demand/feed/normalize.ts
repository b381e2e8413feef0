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
import { Author, FeedEnvelope, ItemEnvelope, MAX_LIST_ENTRIES, validEntries, type RawAuthor, type RawFeed, type RawItem } from './schema.js';
import {
  finish,
  htmlTextSteps,
  MAX_PARAGRAPHS_CHARS,
  plainParagraphSteps,
  plainText,
  readingTimeSteps,
  STEP_CHARS,
  type Steps,
} from './feed-text.js';
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
 * Normalizes a parsed JSON Feed 1.0/1.1 document, in one task. Throws FeedError `not-a-feed` when
 * the document is not a feed at all. The data layer uses `normalizeFeedInTasks`, which gives the
 * same result without holding the page up; this one is for a server, a build, and a caller that
 * needs the result at once.
 */
export function normalizeFeed(json: unknown, options: NormalizeOptions = {}): NormalizedFeed {
  return finish(feedSteps(json, options));
}

/**
 * A task of normalizing ends once it has read SLICE_CHARS characters of feed text, or after
 * SLICE_MS, whichever comes first (between two steps of at most STEP_CHARS characters each): the
 * page can paint and answer input in between, and no task comes near 200 ms (issue #13; figures in
 * docs/security.md, "Long tasks"). A feed of news-sized items reads in one task, as before.
 */
export const SLICE_CHARS = 16 * STEP_CHARS;
const SLICE_MS = 40;

type Scheduler = { yield?: () => Promise<void> };

/** Ends the current task: the rest runs in a new one (`scheduler.yield()` keeps its place in the queue, else a timer). */
export function nextTask(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * normalizeFeed's result, without a long task: the same steps, with the task ended between them
 * (see SLICE_CHARS). `onTask` is called each time a new task begins (tests count them).
 */
export async function normalizeFeedInTasks(json: unknown, options: NormalizeOptions = {}, onTask?: () => void): Promise<NormalizedFeed> {
  const steps = feedSteps(json, options);
  for (let chars = 0, started = performance.now(); ;) {
    const step = steps.next();
    if (step.done) return step.value;
    chars += step.value;
    if (chars >= SLICE_CHARS || performance.now() - started >= SLICE_MS) {
      await nextTask();
      onTask?.();
      chars = 0;
      started = performance.now();
    }
  }
}

/** The one implementation of normalizing, in steps (see Steps in feed-text.ts). */
function* feedSteps(json: unknown, options: NormalizeOptions): Steps<NormalizedFeed> {
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
  for (const [index, entry] of raw.items.slice(0, MAX_ITEMS).entries()) {
    // The item before ended a step: the page may get its turn (an item of many small fields yields nowhere else).
    if (index) yield 0;
    let id: string | undefined;
    // Whatever one item does (a shape no check foresaw, a getter that throws), it costs only that item.
    try {
      const parsed = v.safeParse(ItemEnvelope, entry);
      if (!parsed.success) {
        dropped.push({ index, reason: `Item ${index + 1} was dropped: ${itemProblem(entry, parsed.issues[0].message)}.` });
        continue;
      }
      id = parsed.output.id;
      if (seen.has(id)) {
        dropped.push({ index, id, reason: `Item ${index + 1} was dropped: its id "${id}" repeats an earlier item's.` });
        continue;
      }
      const item = yield* itemSteps(parsed.output, base, feedAuthors, raw.language);
      if (!item.title && !item.summary && !item.contentText && !item.url && !item.image) {
        dropped.push({ index, id, reason: `Item ${index + 1} ("${id}") was dropped: it has no title, text, link or image.` });
        continue;
      }
      seen.add(id);
      items.push(item);
    } catch (error) {
      dropped.push({ index, id, reason: `Item ${index + 1} was dropped: reading it failed (${error}).` });
    }
  }

  if (raw.items.length > MAX_ITEMS) {
    dropped.push({ index: MAX_ITEMS, reason: `The feed has more than ${MAX_ITEMS} items; only the first ${MAX_ITEMS} were read.` });
  }

  const news = raw._news;
  const disclosure = yield* plainParagraphSteps(news.disclosure, MAX_PARAGRAPHS_CHARS);
  const newsletterText = yield* plainParagraphSteps(news.newsletter?.text, MAX_PARAGRAPHS_CHARS);
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
    disclosure,
    newsletter: newsletterAction ? { action: newsletterAction, title: plainText(news.newsletter?.title), text: newsletterText } : undefined,
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
  return validEntries(Author, candidates.slice(0, MAX_LIST_ENTRIES))
    .map((entry) => normalizeAuthor(entry, base))
    .filter((author): author is NewsAuthor => author !== undefined);
}

function normalizeLink(raw: { title: string; url?: string; id?: string | number } | undefined, base: string): NewsLink | undefined {
  const title = plainText(raw?.title);
  if (!raw || !title) return undefined;
  return { title, url: safeUrl(raw.url, base), id: raw.id === undefined ? undefined : String(raw.id) };
}

/**
 * One item, in steps: the texts that may be long (the body, the summary, answers and takeaways)
 * are read in steps of at most STEP_CHARS characters, so one item of 5 MB does not hold the page
 * up either.
 */
function* itemSteps(raw: RawItem, base: string, feedAuthors: NewsAuthor[], feedLanguage?: string): Steps<NewsItem> {
  const news = raw._news;
  // The body's HTML is only kept here: src/on-demand/feed/article-html.ts reads it when a body is shown.
  const contentHtml = raw.content_html || undefined;
  const contentText = (yield* plainParagraphSteps(raw.content_text)) ?? (contentHtml && (yield* htmlTextSteps(contentHtml)));
  const summary = yield* plainParagraphSteps(raw.summary, MAX_PARAGRAPHS_CHARS);
  const keyTakeaways: NewsItem['keyTakeaways'][number][] = [];
  for (const takeaway of news.key_takeaways) {
    const sourceUrl = safeUrl(takeaway.source?.url, base);
    keyTakeaways.push({
      text: (yield* plainParagraphSteps(takeaway.text, MAX_PARAGRAPHS_CHARS)) ?? '',
      source: sourceUrl ? { url: sourceUrl, title: plainText(takeaway.source?.title) } : undefined,
    });
  }
  const faq: NewsItem['faq'][number][] = [];
  for (const entry of news.faq)
    faq.push({ question: plainText(entry.question) ?? '', answer: (yield* plainParagraphSteps(entry.answer, MAX_PARAGRAPHS_CHARS)) ?? '' });
  const ownAuthors = authorsOf(raw, base);
  const url = safeUrl(raw.url, base);
  const externalUrl = safeUrl(raw.external_url, base);
  const declaredMinutes = news.reading_time_minutes;
  return {
    id: raw.id,
    url: url ?? externalUrl,
    externalUrl,
    title: plainText(raw.title),
    summary,
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
    readingTimeMinutes: declaredMinutes ? Math.max(1, Math.round(declaredMinutes)) : yield* readingTimeSteps(contentText),
    imageAlt: plainText(news.image_alt),
    imageCaption: plainText(news.image_caption),
    dateline: plainText(news.dateline),
    credits: plainText(news.credits),
    keyTakeaways,
    faq,
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
