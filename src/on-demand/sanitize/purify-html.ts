/**
 * The DOMPurify path of `<article-body>`, downloaded only on pages whose browser lacks the HTML
 * Sanitizer API (`Element.setHTML`). DOMPurify keeps the policy's allow-lists
 * (src/util/article-body-policy.ts) instead of its own, removes the policy's removed elements with
 * their content, as the native path does, and keeps the text of other elements it drops.
 */
import DOMPurify from 'dompurify';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, REMOVED_ATTRIBUTES, REMOVED_ELEMENTS } from '../../util/article-body-policy.js';
import { inertHtml } from '../../util/trusted-types.js';

/**
 * DOMPurify parses with DOMParser, an HTML sink under `require-trusted-types-for 'script'`: it
 * goes through the library's `news-widgets` policy, so DOMPurify never creates a `dompurify`
 * policy that the page's CSP would have to allow. Nothing here returns HTML to a sink: the
 * result is a DocumentFragment of DOMPurify's inert document.
 */
const TRUSTED_TYPES_POLICY = { createHTML: inertHtml, createScriptURL: (url: string) => url };

/** `html` sanitized into a fragment of an inert document (nothing in it loads or runs). */
export function purifyHtml(html: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    ALLOWED_TAGS: Object.values(ALLOWED_ELEMENTS).flat(),
    ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES, 'xlink:href'],
    FORBID_TAGS: [...REMOVED_ELEMENTS],
    FORBID_ATTR: [...REMOVED_ATTRIBUTES],
    // Removed with their content, as the native sanitizer removes them.
    ADD_FORBID_CONTENTS: [...REMOVED_ELEMENTS],
    TRUSTED_TYPES_POLICY: TRUSTED_TYPES_POLICY as never,
  }) as DocumentFragment | null;
  // Markup that leaves no body (a <frameset> document) sanitizes to nothing.
  return fragment ?? new DocumentFragment();
}
