/**
 * The shape checks for untrusted feed JSON, written with valibot.
 *
 * Two levels of strictness, on purpose:
 * - the envelope (`FeedEnvelope`, `ItemEnvelope`) must hold, or the document / the item is
 *   rejected with valibot's message as the reason;
 * - every other field is lenient: a value of the wrong type becomes "absent" (`lenient`), and a
 *   list keeps its good entries and drops the bad ones (`listOf`), so one broken FAQ entry never
 *   costs the reader the other three.
 * Text and URL policy (entities, schemes, relative URLs) is `normalize`'s job, not this file's.
 */
import * as v from 'valibot';

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/;

/** A schema whose failures turn into `undefined` instead of an error. */
const lenient = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

/**
 * The entries that match `schema`, as the schema outputs them: defaults, fallbacks and trimming
 * applied. (Filtering with `v.is` kept the raw entries, so a `level` of -3 passed a check that
 * had replaced it.)
 */
export function validEntries<T extends v.GenericSchema>(schema: T, entries: readonly unknown[]): v.InferOutput<T>[] {
  return entries.flatMap((entry) => {
    const result = v.safeParse(schema, entry);
    return result.success ? [result.output] : [];
  });
}

/**
 * A list in a feed (tags, FAQ, takeaways, references, sections, breadcrumbs, authors) is read up to
 * its first this many entries: far more than a reader uses, and few enough that no list of 5 MB
 * holds the page up (455,000 tags took 1 s to read, and a page showing lists of 5 MB, 250,000
 * questions first, crashed).
 */
export const MAX_LIST_ENTRIES = 500;

/** An array that keeps only the entries matching `schema`, of its first MAX_LIST_ENTRIES (a non-array becomes []). */
const listOf = <T extends v.GenericSchema>(schema: T) =>
  v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((entries) => validEntries(schema, entries.slice(0, MAX_LIST_ENTRIES)))
    ),
    []
  );

const text = lenient(v.string());
const requiredText = v.pipe(v.string(), v.trim(), v.nonEmpty());
const count = lenient(v.pipe(v.number(), v.finite(), v.minValue(0)));
const flag = v.fallback(v.optional(v.boolean(), false), false);

export const Author = v.looseObject({ name: text, url: text, avatar: text });

/** `tags` should be an array of strings; some feeds send one comma-separated string. */
const Tags = v.fallback(
  v.union([
    v.pipe(
      v.array(v.unknown()),
      v.transform((tags) => tags.slice(0, MAX_LIST_ENTRIES).filter((tag): tag is string => typeof tag === 'string'))
    ),
    v.pipe(
      v.string(),
      v.transform((tags) => tags.split(',', MAX_LIST_ENTRIES))
    ),
  ]),
  []
);

const Link = v.looseObject({ title: requiredText, url: text, id: lenient(v.union([v.string(), v.number()])) });

export const NewsItemExtension = v.fallback(
  v.looseObject({
    category: text,
    reading_time_minutes: count,
    image_alt: text,
    image_caption: text,
    dateline: text,
    credits: text,
    key_takeaways: listOf(v.looseObject({ text: requiredText, source: lenient(v.looseObject({ title: text, url: v.string() })) })),
    faq: listOf(v.looseObject({ question: requiredText, answer: requiredText })),
    references: listOf(v.looseObject({ title: requiredText, url: text, publisher: text })),
    sections: listOf(
      v.looseObject({
        id: requiredText,
        title: requiredText,
        // A heading level, 2 when absent; any other value drops the entry.
        level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)), 2),
      })
    ),
    breadcrumbs: listOf(v.looseObject({ title: requiredText, url: text })),
    previous: lenient(Link),
    next: lenient(Link),
    sponsored: flag,
  }),
  {
    key_takeaways: [],
    faq: [],
    references: [],
    sections: [],
    breadcrumbs: [],
    sponsored: false,
  }
);

export const NewsFeedExtension = v.fallback(
  v.looseObject({
    publisher: lenient(v.looseObject({ name: requiredText, url: text, logo: text })),
    disclosure: text,
    newsletter: lenient(v.looseObject({ action: requiredText, title: text, text: text })),
  }),
  {}
);

/** What makes an item an item: an object with an id (JSON Feed 1.0 producers sometimes use numbers). */
export const ItemEnvelope = v.looseObject({
  id: v.pipe(
    v.union([v.string('its "id" is not a string'), v.number('its "id" is not a string')], 'it has no "id"'),
    v.transform(String),
    v.trim(),
    v.nonEmpty('its "id" is empty')
  ),
  url: text,
  external_url: text,
  title: text,
  summary: text,
  content_html: text,
  content_text: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  author: lenient(Author),
  authors: lenient(v.array(v.unknown())),
  tags: Tags,
  language: text,
  _news: NewsItemExtension,
});

/** What makes a document a JSON Feed: a version URL of jsonfeed.org (when given) and an items list. */
export const FeedEnvelope = v.looseObject({
  version: v.optional(
    v.pipe(v.string(), v.regex(JSON_FEED_VERSION, '"version" is not a jsonfeed.org version URL')),
    'https://jsonfeed.org/version/1.1'
  ),
  items: v.array(v.unknown(), 'it has no "items" list'),
  title: text,
  description: text,
  home_page_url: text,
  feed_url: text,
  language: text,
  icon: text,
  favicon: text,
  next_url: text,
  author: lenient(Author),
  authors: lenient(v.array(v.unknown())),
  _news: NewsFeedExtension,
});

export type RawFeed = v.InferOutput<typeof FeedEnvelope>;
export type RawItem = v.InferOutput<typeof ItemEnvelope>;
export type RawAuthor = v.InferOutput<typeof Author>;
