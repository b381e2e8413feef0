/**
 * What every JSON-LD writer shares (faq-page.ts, breadcrumb-list.ts): schema.org data as JSON that
 * is safe inside `<script>`, kept in one `<script type="application/ld+json">` in the host's light
 * DOM, where search engines read it. Loaded on demand with the writer that imports it.
 */
import { dataScript } from '../../util/trusted-types.js';

/** `data` as JSON that is safe inside `<script>`: `<` is escaped, so `</script>` or `<!--` cannot end or change it. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Makes `script` (a new one when undefined) hold `json` as the last child of `host`, in its light
 * DOM. The text is only replaced when it changed. Returns the script, to reuse next time.
 */
export function writeJsonLd(host: HTMLElement, script: HTMLScriptElement | undefined, json: string): HTMLScriptElement {
  const element = script ?? host.ownerDocument.createElement('script');
  element.type = 'application/ld+json';
  if (element.textContent !== json) element.textContent = dataScript(json);
  if (element.parentNode !== host) host.append(element);
  return element;
}
