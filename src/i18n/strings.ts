/**
 * Visible strings: English defaults in each widget, translations per language (downloaded when a
 * page needs them, or registered by the page), and per-widget overrides through the `strings`
 * property. Dates, numbers and durations come from Intl, so tables stay short.
 */
import type { FeedErrorReason } from '../feed/errors.js';
import { lazy } from '../util/lazy.js';

/**
 * The error box's second sentence, for readers of the page, by the reason a feed could not be
 * shown (FeedErrorReason: a FeedError's `details.found`, else its `kind`). The box always says
 * `errorTitle` ("This content could not be loaded."), and never the FeedError's message or a URL:
 * those are for developers, in `news-feed-error`'s detail and a console warning.
 *
 * Only what a reader can act on has a sentence, in every language: `error-network` and
 * `error-timeout` ("Check your connection and try again."), and `error-http` ("The news source is
 * unavailable."). What came back instead of a feed (`error-empty`, `-html`, `-xml`, `-text`,
 * `-json`, `-not-a-feed`), `error-parse` and `error-too-large` are the page author's to fix: the
 * title alone, and the detail in the console. A page may set any of them through `strings` or
 * `registerLocale()`. Plain sentences without placeholders (the shared base has no `format()`).
 */
export type FeedErrorStrings = { [R in FeedErrorReason as `error-${R}`]?: string };

/** Strings every widget shows for its states. */
export interface WidgetStrings extends FeedErrorStrings {
  loading: string;
  errorTitle: string;
  retry: string;
  empty: string;
  stale: string;
  noSource: string;
  itemMissing: string;
  sponsored: string;
}

/** The strings every widget shows for its states, in English. Each widget adds its own to them. */
export const widgetStrings: WidgetStrings = {
  loading: 'Loading…',
  errorTitle: 'This content could not be loaded.',
  retry: 'Try again',
  empty: 'Nothing to show yet.',
  stale: 'Showing saved content: the latest update could not be loaded.',
  noSource: 'No feed was given to this widget.',
  itemMissing: 'This article is not in the feed.',
  sponsored: 'Sponsored',
  'error-network': 'Check your connection and try again.',
  'error-timeout': 'Check your connection and try again.',
  'error-http': 'The news source is unavailable.',
};

/**
 * One language's strings: `widget` for the shared states and one table per widget, keyed by the
 * widget's default tag (`'headline-list'`). Any subset; English fills the gaps. The built-in
 * languages are typed in detail in src/on-demand/locales/locale.ts.
 */
export type LocaleStrings = { readonly [table: string]: Readonly<Record<string, string>> | undefined };

const locales = new Map<string, LocaleStrings>();
/** Languages whose download has finished, well or not: nothing to wait for any more. */
const settled = new Set<string>();

/** `de-AT` and `DE` both use the `de` strings. */
const languageOf = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0];

/** `extra` over `base`, table by table and key by key. */
function merge(base: LocaleStrings, extra: LocaleStrings): LocaleStrings {
  const result = { ...base };
  for (const [table, entries] of Object.entries(extra)) result[table] = { ...base[table], ...entries };
  return result;
}

/** A built-in language, downloaded once and added under the strings the page registered itself (those win). */
const builtIn = (language: string, load: () => Promise<{ default: LocaleStrings }>) =>
  lazy(() => load().then((module) => void locales.set(language, merge(module.default, locales.get(language) ?? {}))));

/**
 * The built-in translations, one module per language, so a page downloads only its own: a
 * component's import holds English alone. The all-in-one script inlines them all.
 */
const BUILT_IN: Readonly<Record<string, () => Promise<void>>> = {
  ar: builtIn('ar', () => import('../on-demand/locales/ar.js')),
  de: builtIn('de', () => import('../on-demand/locales/de.js')),
  es: builtIn('es', () => import('../on-demand/locales/es.js')),
  fr: builtIn('fr', () => import('../on-demand/locales/fr.js')),
};

/**
 * Adds a language, or replaces strings of a built-in one, for every widget on the page:
 * `registerLocale('it', { widget: { retry: 'Riprova' }, 'headline-list': { loadMore: 'Altri titoli' } })`.
 * Widgets show them at their next update.
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const language = languageOf(lang);
  locales.set(language, merge(locales.get(language) ?? {}, strings));
}

/**
 * Starts downloading a built-in language that `lang` needs. Returns a promise while that
 * download runs (it never rejects: a failed download leaves English, and the page is not asked
 * to wait for it again), else undefined: nothing to wait for.
 */
export function loadLocale(lang: string): Promise<void> | undefined {
  const language = languageOf(lang);
  const download = BUILT_IN[language];
  if (!download || settled.has(language)) return undefined;
  return download()
    .catch((error: unknown) => {
      if (!settled.has(language)) console.warn(`news-widgets: the "${language}" strings could not be loaded; showing English.`, error);
    })
    .finally(() => settled.add(language));
}

/**
 * A widget's strings for `lang`: English first, then the language's shared and own strings (by
 * `table`, the widget's default tag), then the page's `strings` overrides, key by key.
 */
export function resolveStrings<S extends object>(english: S, table: string, lang: string, overrides?: Partial<S>): S {
  const language = languageOf(lang);
  const locale = language === 'en' ? undefined : locales.get(language);
  return { ...english, ...locale?.widget, ...locale?.[table], ...overrides } as S;
}

/** Fills `{name}` placeholders: format('Show all {count}', { count: 5 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
