/**
 * What no widget may ever put in the page, whatever the feed says: the checks the hostile-input
 * suites share (test/hardening/xss-every-widget.test.ts in the browser; test/node/ssr-xss.test.js
 * on server-rendered pages, which bundles this file and imports it in Chromium). DOM only: no
 * test framework, no widget code.
 */

/** Never rendered by a widget, whatever the feed says. */
export const DANGEROUS =
  'script:not([type="application/ld+json"]), iframe, frame, frameset, object, embed, applet, portal, base, meta, link, style, ' +
  'template, noscript, noembed, noframes, xmp, plaintext, dialog, marquee, foreignObject, use, animate, set, discard, feImage, maction, annotation-xml';
/** A widget's own form (newsletter-signup) and buttons are fine; none may come from the article body. */
export const FORM_CONTROLS = 'form, input, button, select, textarea, option';
/** Attributes whose value is loaded or followed as a URL. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
  'codebase',
  'manifest',
  'longdesc',
  'usemap',
  'lowsrc',
  'dynsrc',
  'icon',
  'itemtype',
]);
export const DANGEROUS_CSS = /expression\s*\(|url\s*\(\s*['"]?\s*(javascript|data|vbscript):|@import|behavio(u)?r\s*:|-moz-binding/i;

/** Every element of the light DOM under `root` and of every open shadow root in it, at any depth. */
export function everyElement(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...everyElement(element.shadowRoot)] : [element]));
}

/** The widget whose shadow root holds `element`, if any. */
export const hostOf = (element: Element): Element | undefined => (element.getRootNode() as ShadowRoot).host;

/** Whether `element` came from the article body's sanitized HTML. */
export const inBody = (element: Element) => !!element.closest('[part~="content"]') && hostOf(element)?.localName === 'article-body';

/** Why a URL attribute's value is not one a reader may follow or a page may load (not http(s), or mailto: for links), if it is not. */
export function urlProblem(name: string, value: string): string | undefined {
  const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
  for (const candidate of candidates) {
    let protocol: string;
    try {
      protocol = new URL(candidate, document.baseURI).protocol;
    } catch {
      continue; // nothing a browser would follow
    }
    const allowed = name === 'href' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
    if (!allowed.includes(protocol)) return `${name}="${value.slice(0, 60)}" (${protocol})`;
  }
  return undefined;
}

/**
 * What is wrong with one element, wherever it is, as sentences naming it: a dangerous element, a
 * form control from the feed, an `on*` handler, `srcdoc`, a URL outside http(s)/mailto:, dangerous CSS.
 */
export function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  const host = hostOf(element);
  const where = `<${element.localName}> in ${host ? `<${host.localName}>` : 'the light DOM'}`;
  if (element.matches(DANGEROUS)) problems.push(`${where}: a dangerous element`);
  if (element.matches(FORM_CONTROLS) && (inBody(element) || (element.localName === 'form' && host?.localName !== 'newsletter-signup')))
    problems.push(`${where}: a form control from the feed`);
  for (const { name, value } of element.attributes) {
    if (/^on/i.test(name)) problems.push(`${where}: ${name}`);
    if (name === 'srcdoc') problems.push(`${where}: srcdoc`);
    if (URL_ATTRIBUTES.has(name) || name === 'srcset') {
      const problem = urlProblem(name, value);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    if (name === 'style' && DANGEROUS_CSS.test(value)) problems.push(`${where}: style="${value.slice(0, 60)}"`);
  }
  return problems;
}
