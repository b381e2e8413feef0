/**
 * Imported first by the entries that carry Lit in the same file (the all-in-one script and
 * `news-widgets/define`), so that it runs before Lit does: when the page's Trusted Types policy
 * stops Lit, every widget element on the page shows the error state (without "Try again": only the
 * page's policy can fix it) and the console names the policies to allow. The script-tag loader has
 * its own boxes, with "Try again", for downloads that fail.
 */
import { prefixedTag } from './base/register.js';
import { errorBox } from './util/error-box.js';
import { whenLitPolicyBlocked } from './util/lit-policy.js';
import { WIDGET_TAGS } from './util/widget-tags.js';

// The all-in-one script's `data-prefix` (a module has no currentScript: no prefix).
const prefix = (document.currentScript as HTMLScriptElement | null)?.dataset.prefix;

function showErrors(): void {
  for (const tag of WIDGET_TAGS) {
    for (const element of document.getElementsByTagName(prefixedTag(tag, prefix))) element.prepend(errorBox(element));
  }
}

// A script in <head> without `defer` runs before the widgets' elements are parsed: wait for them.
whenLitPolicyBlocked(() => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showErrors, { once: true });
  else showErrors();
});
