/**
 * The link of a tag from a page's URL template (`tag-href="https://site.example/tag/{tag}"`).
 * The template comes from the page, the tag from the feed: the tag is encoded as one URL
 * component, so "a/b?c#d" stays inside the path segment, and the result must be an http(s) URL,
 * so neither a `javascript:` template nor a tag can make a script link.
 */

const WEB = /^https?:$/;

/**
 * The absolute URL for `tag`, with every `{tag}` of `template` replaced by the tag's
 * `encodeURIComponent`, resolved against `base` (the page's URL); undefined when there is no
 * template, it has no `{tag}`, or the result is not an http(s) URL.
 */
export function tagHref(template: string | undefined, tag: string, base: string): string | undefined {
  const trimmed = template?.trim();
  if (!trimmed?.includes('{tag}')) return undefined;
  try {
    const url = new URL(trimmed.replaceAll('{tag}', encodeURIComponent(tag)), base);
    return WEB.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
