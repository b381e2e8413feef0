/**
 * An article's untrusted HTML body made safe, as nodes ready for a widget's shadow root. Two paths,
 * never both on one page:
 * - where the browser has the HTML Sanitizer API (`Element.setHTML`), it sanitizes; no download;
 * - elsewhere DOMPurify does, downloaded the first time a body needs it (src/on-demand/sanitize/).
 * Either path parses into an inert document and applies the same policy
 * (src/util/article-body-policy.ts) and the same finishing pass, so nothing loads or runs before
 * the result is final. No HTML string reaches a DOM sink: the page's Trusted Types rules do not
 * apply to `setHTML`, and DOMPurify parses through the `news-widgets` policy.
 */
import { lazy } from '../util/lazy.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, finishBody, UNWRAPPED_ELEMENTS, XLINK, type BodyOptions } from '../util/article-body-policy.js';

/** DOMPurify and its configuration: fetched once per page, only where `setHTML` is missing. */
const downloadPurify = lazy(() => import('../on-demand/sanitize/purify-html.js'));

/** `Element.setHTML` and the `Sanitizer` constructor, which TypeScript's DOM types may not list yet. */
type SafeSetter = (this: Element, html: string, options: { sanitizer: unknown }) => void;
type SanitizerConstructor = new (config: object) => unknown;

let sanitizer: unknown;

/**
 * The native sanitizer: the policy's allow-lists over the browser's safe baseline (which `setHTML`
 * always applies). Undefined when this browser's `Sanitizer` refuses the configuration (an older
 * shape of the API): DOMPurify then sanitizes instead, still the only path on the page.
 */
function nativeSanitizer(Sanitizer: SanitizerConstructor): unknown {
  try {
    sanitizer ??= new Sanitizer({
      elements: Object.entries(ALLOWED_ELEMENTS).flatMap(([namespace, names]) => names.map((name) => ({ name, namespace }))),
      replaceWithChildrenElements: UNWRAPPED_ELEMENTS,
      attributes: [...ALLOWED_ATTRIBUTES, { name: 'href', namespace: XLINK }],
      dataAttributes: true,
      comments: false,
    });
  } catch {
    sanitizer = null;
  }
  return sanitizer ?? undefined;
}

/** The HTML Sanitizer API where the browser has it, checked on every call (tests take it away). */
function nativeApi(): { setHTML: SafeSetter; sanitizer: unknown } | undefined {
  const setHTML = (Element.prototype as { setHTML?: SafeSetter }).setHTML;
  const Sanitizer = (globalThis as { Sanitizer?: SanitizerConstructor }).Sanitizer;
  const configured = typeof setHTML === 'function' && typeof Sanitizer === 'function' ? nativeSanitizer(Sanitizer) : undefined;
  return configured ? { setHTML: setHTML!, sanitizer: configured } : undefined;
}

/** Which path sanitizes on this page: `native` (the HTML Sanitizer API) or `dompurify`. */
export const sanitizerPath = (): 'native' | 'dompurify' => (nativeApi() ? 'native' : 'dompurify');

/**
 * `html` sanitized and finished, as a fragment of an inert document: at once on the native path,
 * as a promise where DOMPurify has to be downloaded first (it rejects when the download fails).
 */
export function sanitizeBody(html: string, options: BodyOptions): DocumentFragment | Promise<DocumentFragment> {
  const api = nativeApi();
  if (!api) return downloadPurify().then(({ purifyHtml }) => finished(purifyHtml(html), options));
  // A document without a browsing context: images in it do not load before `finishBody` made them lazy.
  const holder = document.implementation.createHTMLDocument('').createElement('template');
  api.setHTML.call(holder, html, { sanitizer: api.sanitizer });
  return finished((holder as HTMLTemplateElement).content, options);
}

function finished(fragment: DocumentFragment, options: BodyOptions): DocumentFragment {
  finishBody(fragment, options);
  return fragment;
}
