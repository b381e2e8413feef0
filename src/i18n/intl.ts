/** Dates and durations for people, through Intl, in the widget's language. */

type Formatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

function memo<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** Intl throws on a malformed language tag (a page with lang="en_US"): fall back to the default locale. */
function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang.replace('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * "March 19, 2026" in English, "19. März 2026" in German. Midnight UTC means a calendar day (a
 * feed that knows only the date), so it is shown in UTC: the reader's zone must not move the day.
 */
export function formatDate(iso: string, lang: string): string {
  const locale = safeLocale(lang);
  const calendarDay = /T00:00:00(\.000)?Z$/.test(iso);
  const formatter = memo(
    `d|${locale}|${calendarDay}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(calendarDay && { timeZone: 'UTC' }) })
  );
  return formatter.format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "yesterday", "in 2 days" (relative to `now`). */
export function formatRelative(iso: string, lang: string, now = Date.now()): string {
  const locale = safeLocale(lang);
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1];
  const formatter = memo(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  return formatter.format(Math.round(seconds / size), unit);
}

/** "3 min read" style duration: "3 min" from Intl; the widget adds its own "read" wording. */
export function formatMinutes(minutes: number, lang: string): string {
  const locale = safeLocale(lang);
  return memo(`m|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(minutes);
}

/** "A, B and C" in the widget's language. */
export function formatList(items: readonly string[], lang: string): string {
  const locale = safeLocale(lang);
  return memo(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** formatList's pieces, so that each name can be rendered on its own (a link): elements in the order given, literals between. */
export function formatListParts(items: readonly string[], lang: string): { type: 'element' | 'literal'; value: string }[] {
  const locale = safeLocale(lang);
  return memo(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).formatToParts(items);
}
