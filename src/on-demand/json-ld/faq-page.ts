/**
 * The accordion's optional schema.org FAQPage JSON-LD (the `structured-data` attribute). Few pages
 * ask for it, so it is loaded the first time an accordion on the page does, not with the component.
 */
import { dataScript } from '../../util/trusted-types.js';
import type { NewsFaqEntry } from '../../feed/types.js';

/** A schema.org FAQPage as JSON that is safe inside `<script>`: `<` is escaped, so `</script>` cannot end it. */
export function faqPageJson(entries: readonly NewsFaqEntry[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Makes `script` (a new one when undefined) hold the FAQPage of `entries` as the last child of
 * `host`, in its light DOM where search engines read it. Returns the script, to reuse next time.
 */
export function writeFaqPage(host: HTMLElement, script: HTMLScriptElement | undefined, entries: readonly NewsFaqEntry[]): HTMLScriptElement {
  const element = script ?? host.ownerDocument.createElement('script');
  element.type = 'application/ld+json';
  const json = faqPageJson(entries);
  if (element.textContent !== json) element.textContent = dataScript(json);
  if (element.parentNode !== host) host.append(element);
  return element;
}
