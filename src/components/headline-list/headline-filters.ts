/**
 * Which items a headline list shows, and what names each one: plain functions of the list's
 * `category`, `tag` and `exclude` attributes, so the widget and its tests share one definition.
 */
import { siteName } from '../../util/site-name.js';
import { excerpt } from '../../util/text.js';
import type { NewsItem } from '../../feed/types.js';

/** How long a title stand-in cut from the summary may be, in characters. */
const EXCERPT_LENGTH = 110;

/** The filter attributes as written on the element. */
export interface FilterAttributes {
  readonly category?: string;
  readonly tag?: string;
  readonly exclude?: string;
}

/** The filters ready to apply: trimmed and lower-cased, `exclude` split into ids. */
export interface HeadlineFilters {
  readonly category?: string;
  readonly tag?: string;
  readonly exclude: readonly string[];
}

/** The words a list of ids or names was written with: commas and/or white space between them. */
export function words(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function headlineFilters({ category, tag, exclude }: FilterAttributes): HeadlineFilters {
  return {
    category: category?.trim().toLowerCase() || undefined,
    tag: tag?.trim().toLowerCase() || undefined,
    exclude: words(exclude),
  };
}

/** Whether any filter is set (an empty list then means "nothing matches", not "no items"). */
export function hasFilters(filters: HeadlineFilters): boolean {
  return !!(filters.category || filters.tag || filters.exclude.length);
}

/** The title, else an excerpt of the summary or text, else the image's description or the link's site. */
export function headlineTitle(item: NewsItem): string | undefined {
  const text = item.summary || item.contentText;
  return item.title || (text ? excerpt(text, EXCERPT_LENGTH) : undefined) || item.imageAlt || (item.url ? siteName(item.url) : undefined);
}

/** Whether the list shows `item`: it passes every filter (ignoring case) and has something to name its link by. */
export function passesFilters(item: NewsItem, filters: HeadlineFilters): boolean {
  if (filters.category && item.category?.toLowerCase() !== filters.category) return false;
  if (filters.tag && !item.tags.some((candidate) => candidate.toLowerCase() === filters.tag)) return false;
  if (filters.exclude.includes(item.id)) return false;
  return headlineTitle(item) !== undefined;
}
