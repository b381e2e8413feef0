/**
 * Trusted Types: on a page whose CSP says `require-trusted-types-for 'script'`, the DOM refuses
 * plain strings at HTML and script sinks. The library has three such sinks and none of them puts
 * feed HTML into the page: the normalizer parses bodies into an inert DOMParser document, entity
 * decoding reads a detached textarea, and the FAQ's JSON-LD is JSON.stringify output. The
 * `news-widgets` policy passes those strings through; pages allow it with
 * `trusted-types news-widgets lit-html` (docs/security.md). A page that does not is told so in
 * the console, once, the first time a sink is needed.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}

let policy: Policy | null | undefined;

function newsPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  try {
    const pass = (input: string) => input;
    policy = factory ? factory.createPolicy('news-widgets', { createHTML: pass, createScript: pass }) : null;
  } catch {
    // The page's CSP does not allow our policy name: the sinks then fail with the browser's own
    // message, and the widgets that need them show their error state. Say which names to allow.
    console.error(
      `news-widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "news-widgets", so article bodies, rare entities and JSON-LD cannot be read or written. Allow the library's policies: trusted-types lit-html news-widgets (docs/security.md, Trusted Types).`
    );
    policy = null;
  }
  return policy;
}

/** HTML for an inert parse (DOMParser, a detached textarea): a TrustedHTML where the page requires one. */
export function inertHtml(html: string): string {
  return (newsPolicy()?.createHTML(html) ?? html) as string;
}

/** Text for a non-executing script element (JSON-LD): a TrustedScript where the page requires one. */
export function dataScript(text: string): string {
  return (newsPolicy()?.createScript(text) ?? text) as string;
}
