/**
 * The accordion's optional schema.org FAQPage JSON-LD (the `structured-data` attribute). Few pages
 * ask for it, so it is loaded the first time an accordion on the page does, not with the component.
 */
import { jsonLdText, writeJsonLd } from './json-ld-script.js';
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
  return jsonLdText(data);
}

/**
 * Makes `script` (a new one when undefined) hold the FAQPage of `entries` as the last child of
 * `host`, in its light DOM where search engines read it. Returns the script, to reuse next time.
 */
export function writeFaqPage(host: HTMLElement, script: HTMLScriptElement | undefined, entries: readonly NewsFaqEntry[]): HTMLScriptElement {
  return writeJsonLd(host, script, faqPageJson(entries));
}
