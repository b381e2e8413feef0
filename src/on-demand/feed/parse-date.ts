/**
 * Lenient date parsing for feeds. Accepts RFC 3339 / ISO 8601 (with or without a zone; a missing
 * zone is read as UTC so every reader sees the same instant), and RFC 822 as RSS-era generators
 * write it (`Wed, 29 May 2019 10:16:00 GMT`, single-digit days, `-0000`, named US zones, two-digit
 * years, no weekday, no seconds). Anything else gives undefined, so no widget ever shows
 * "Invalid Date".
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4})?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper] * 60;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offset: number | undefined
): string | undefined {
  if (offset === undefined || month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const time = Date.UTC(year, month, day, hour, minute, second, millis) - offset * 60_000;
  const date = new Date(time);
  // Date.UTC rolls 31 February over into March; a real feed date never needs that.
  if (Number.isNaN(time) || new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return undefined;
  return date.toISOString();
}

/** Parses a feed date into an ISO 8601 UTC string, or undefined. */
export function parseFeedDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = iso;
    const millis = frac ? Math.round(Number(frac) * 1000) : 0;
    return build(+y, +mo - 1, +d, +h, +mi, +s, millis, offsetMinutes(zone));
  }
  const rfc = RFC822.exec(text);
  if (rfc) {
    const [, d, mon, y, h, mi, s = '0', zone] = rfc;
    // RFC 2822 §4.3: a two-digit year below 50 is 20xx, from 50 on 19xx.
    const year = y.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y);
    return build(year, MONTHS.indexOf(mon.toLowerCase()), +d, +h, +mi, +s, 0, offsetMinutes(zone));
  }
  return undefined;
}
