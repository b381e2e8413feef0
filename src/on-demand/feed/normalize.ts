/**
 * Untrusted JSON in, a typed read-only `NewsFeed` out.
 *
 * The only place that reads raw feed JSON. It never throws for a bad item: the item is dropped
 * and the reason recorded in `dropped`. It throws a FeedError only when the whole document is
 * unusable (not JSON, or JSON that is not a feed).
 */
import * as v from 'valibot';
import { inertHtml } from '../../util/trusted-types.js';
import { safeUrl } from './safe-url.js';
import { parseFeedDate } from './parse-date.js';
import { FeedError } from '../../feed/errors.js';
import { markNewsFeed } from '../../feed/brand.js';
import { Author, FeedEnvelope, ItemEnvelope, validEntries, type RawAuthor, type RawFeed, type RawItem } from './schema.js';
import { slugify } from '../../util/text.js';
import { oneLine, paragraphs, plainParagraphs, plainText, readingTimeMinutes } from './feed-text.js';
import type { DroppedItem, NewsAuthor, NewsFeed, NewsItem, NewsLink, NewsSection, NormalizedFeed } from '../../feed/types.js';

export interface NormalizeOptions {
  /** The URL the document was loaded from; relative URLs resolve against it when the feed has no `feed_url`. */
  readonly sourceUrl?: string;
}

/**
 * A feed is read up to this many items: far more than a page shows, and few enough that a huge
 * feed cannot hold the page up (reading an item's body takes a fraction of a millisecond).
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
  const body = raw.content_html ? readBody(raw.content_html, base) : undefined;
  const contentText = plainParagraphs(raw.content_text) ?? body?.text;
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
    contentHtml: body?.html,
    contentText,
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
    sections: news.sections.length
      ? news.sections.map((section) => ({ id: section.id, title: plainText(section.title) ?? '', level: section.level }))
      : (body?.sections ?? []),
    breadcrumbs: news.breadcrumbs.map((crumb) => ({ title: plainText(crumb.title) ?? '', url: safeUrl(crumb.url, base) })),
    previous: normalizeLink(news.previous, base),
    next: normalizeLink(news.next, base),
    sponsored: news.sponsored,
  };
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ['href'],
  AREA: ['href'],
  IMG: ['src'],
  SOURCE: ['src'],
  VIDEO: ['src', 'poster'],
  AUDIO: ['src'],
  TRACK: ['src'],
  IFRAME: ['src'],
  EMBED: ['src'],
  BLOCKQUOTE: ['cite'],
  Q: ['cite'],
};

/**
 * A body whose markup nests deeper than this is not read (the item keeps its other fields). The
 * browser's HTML parser looks through the whole stack of open elements for many tags (is a `<p>`
 * open?), so parsing n nested elements costs n²: 20,000 nested `<div>` took 0.4 s, 100,000 took
 * 9 s. Articles nest a few dozen levels at most.
 */
export const MAX_BODY_DEPTH = 256;

/** Elements that never stay open (void), or that a sibling closes (optional end tags): no stack of them can build up. */
const NON_NESTING_TAG = /^(br|img|hr|wbr|input|source|p|li|dt|dd|option|tr|td|th)$/i;

/**
 * Whether `html` may nest deeper than MAX_BODY_DEPTH, in one linear pass (no parse), erring deep:
 * every start tag that can stay open is pushed, and an end tag pops back to the last open element
 * of its name, the way the parser closes misnested tags. Stray end tags close nothing, so they
 * cannot hide depth. Inside `<svg>` and `<math>` a self-closed tag (`<path/>`) closes itself, as
 * the parser reads it there (in HTML `<div/>` stays open, so it counts). The stack never grows
 * past the limit, so each step is bounded.
 */
function nestsTooDeep(html: string): boolean {
  const open: string[] = [];
  let foreign = 0; // open <svg> and <math> elements
  for (const [, slash, name, rest] of html.matchAll(/<(\/?)([a-z][^\s/>]*)([^>]*)/gi)) {
    if (NON_NESTING_TAG.test(name)) continue;
    const isForeignRoot = /^(svg|math)$/i.test(name);
    if (!slash) {
      // `<svg/>` itself closes at once too: the parser reads it as foreign content.
      if (rest.endsWith('/') && (foreign > 0 || isForeignRoot)) continue;
      if (open.push(name) > MAX_BODY_DEPTH) return true;
      if (isForeignRoot) foreign++;
    } else {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      foreign -= open.slice(at).filter((tag) => /^(svg|math)$/i.test(tag)).length;
      open.length = at;
    }
  }
  return false;
}

/**
 * Reads an item's HTML body in an inert document (nothing loads or runs): its plain text, its
 * headings as sections, and the HTML with relative URLs made absolute and unsafe ones removed.
 * This is not sanitizing: the HTML stays untrusted and is sanitized where it is rendered.
 * Every step is linear in the body's length; a body nested deeper than MAX_BODY_DEPTH is not read.
 */
function readBody(html: string, base: string): { html?: string; text?: string; sections: NewsSection[] } {
  if (nestsTooDeep(html)) return { sections: [] };
  const doc = new DOMParser().parseFromString(inertHtml(html), 'text/html');
  const body = doc.body;
  for (const element of body.querySelectorAll<HTMLElement>(Object.keys(URL_ATTRIBUTES).join(','))) {
    // SVG and MathML elements report lower-case tag names (`<svg><a>`): the same policy applies to them.
    for (const name of URL_ATTRIBUTES[element.tagName.toUpperCase()] ?? []) {
      const value = element.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      const resolved = safeUrl(value, base, { mailto: name === 'href' });
      if (resolved) element.setAttribute(name, resolved);
      else element.removeAttribute(name);
    }
    if (element.hasAttribute('srcset')) element.removeAttribute('srcset');
  }
  const sections = headingSections(body);
  return { html: body.innerHTML, text: paragraphs(textWithParagraphs(body)), sections };
}

/**
 * The body's h2–h4 headings as sections, each given a unique id: a repeated id gets `-2`, `-3`, ….
 * The next suffix is remembered per id, so 20,000 identical headings cost 20,000 steps, not 20,000².
 */
function headingSections(body: HTMLElement): NewsSection[] {
  const sections: NewsSection[] = [];
  /** Each id used so far, and the next suffix to try when a heading wants it again. */
  const nextSuffix = new Map<string, number>();
  for (const heading of body.querySelectorAll<HTMLElement>('h2, h3, h4')) {
    const title = oneLine(heading.textContent ?? '');
    if (!title) continue;
    const wanted = heading.id || slugify(title);
    let id = wanted;
    let n = nextSuffix.get(wanted) ?? 2;
    while (nextSuffix.has(id)) id = `${wanted}-${n++}`;
    nextSuffix.set(id, 2).set(wanted, n);
    heading.id = id;
    sections.push({ id, title, level: Number(heading.tagName[1]) });
  }
  return sections;
}

const BLOCK_TAG = /^(P|LI|H[1-6]|BLOCKQUOTE|BR|DIV|TR|PRE|FIGCAPTION|DT|DD)$/;
const SILENT_TAG = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

/** The text a person reads, with a paragraph break before each block (iterative: hostile nesting cannot overflow the stack). */
function textWithParagraphs(root: HTMLElement): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SILENT_TAG.test(node.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (BLOCK_TAG.test(node.nodeName)) text += '\n\n';
  }
  return text;
}
