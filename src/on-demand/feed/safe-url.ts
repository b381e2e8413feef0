/**
 * URL policy for everything that came from a feed: resolve relative references, then keep only
 * schemes a reader can safely follow. `javascript:`, `data:`, `vbscript:` and friends never survive.
 * The normalizer applies it to every URL before a widget sees one.
 */

const WEB = new Set(['http:', 'https:']);
const WEB_OR_MAIL = new Set(['http:', 'https:', 'mailto:']);

export interface SafeUrlOptions {
  /** Allow `mailto:` (author links, contact addresses). */
  readonly mailto?: boolean;
}

/** An absolute, safe URL string, or undefined when the value is missing, malformed or unsafe. */
export function safeUrl(value: unknown, base?: string, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  const allowed = options.mailto ? WEB_OR_MAIL : WEB;
  return allowed.has(url.protocol) ? url.href : undefined;
}
