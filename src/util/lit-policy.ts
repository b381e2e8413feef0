/**
 * Trusted Types before Lit loads. On a page whose CSP requires Trusted Types without allowing the
 * `lit-html` policy, Lit throws as its module creates that policy, and no widget code runs after
 * it. The browser reports the refusal as a `securitypolicyviolation` event; a listener added before
 * Lit is evaluated hears it, says in the console which policies to allow, and lets its caller show
 * an error where the widgets would be.
 */

const MESSAGE = `news-widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "lit-html", so no widget can render. Allow the library's policies: trusted-types lit-html news-widgets`;

/** Calls `blocked` (after the console message) each time the page refuses Lit's Trusted Types policy. */
export function whenLitPolicyBlocked(blocked: () => void): void {
  document.addEventListener('securitypolicyviolation', ({ effectiveDirective, sample }) => {
    if (effectiveDirective == 'trusted-types' && sample == 'lit-html') {
      console.error(MESSAGE);
      blocked();
    }
  });
}
