/**
 * The DOMPurify path of `<article-body>`, downloaded only on pages whose browser lacks the HTML
 * Sanitizer API (`Element.setHTML`). DOMPurify keeps its own allow-list of elements and
 * attributes (no script, no event handler, no `javascript:` URL); the policy's lists
 * (src/util/article-body-policy.ts) are removed on top, with their content, as on the native path.
 */
import DOMPurify from 'dompurify';
import { REMOVED_ATTRIBUTES, REMOVED_ELEMENTS } from '../../util/article-body-policy.js';
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
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: [...REMOVED_ELEMENTS],
    FORBID_ATTR: [...REMOVED_ATTRIBUTES],
    // Removed with their content, as the native sanitizer removes them.
    ADD_FORBID_CONTENTS: [...REMOVED_ELEMENTS],
    TRUSTED_TYPES_POLICY: TRUSTED_TYPES_POLICY as never,
  });
}
