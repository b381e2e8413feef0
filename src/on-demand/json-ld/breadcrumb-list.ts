/**
 * The breadcrumbs' optional schema.org BreadcrumbList JSON-LD (the `structured-data` attribute of
 * `<article-breadcrumbs>`). Few pages ask for it, so it is loaded the first time a trail on the
 * page does, not with the component.
 */
import { jsonLdText, writeJsonLd } from './json-ld-script.js';
import type { NewsBreadcrumb } from '../../feed/types.js';

/**
 * A schema.org BreadcrumbList of `crumbs`, in order, as JSON that is safe inside `<script>`. Each
 * entry is a ListItem with its 1-based `position` and `name`; `item` (the page's URL) only where
 * the crumb has one, as schema.org allows for the last, current page.
 */
export function breadcrumbListJson(crumbs: readonly NewsBreadcrumb[]): string {
  return jsonLdText({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.title,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  });
}

/**
 * Makes `script` (a new one when undefined) hold the BreadcrumbList of `crumbs` as the last child
 * of `host`, in its light DOM where search engines read it. Returns the script, to reuse next time.
 */
export function writeBreadcrumbList(
  host: HTMLElement,
  script: HTMLScriptElement | undefined,
  crumbs: readonly NewsBreadcrumb[]
): HTMLScriptElement {
  return writeJsonLd(host, script, breadcrumbListJson(crumbs));
}
