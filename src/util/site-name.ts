/**
 * URL helpers widgets use while rendering. The URLs are already safe: the data layer's policy
 * (feed/url.ts) admitted them.
 */

/** The host name of a URL without a leading `www.`, for naming a link by its site. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
