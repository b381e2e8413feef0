/**
 * The one sanitizer policy of `<article-body>`, described once and applied by both paths: the
 * browser's HTML Sanitizer API (`Element.setHTML`, src/render/article-body-html.ts) and DOMPurify,
 * downloaded only where `setHTML` is missing (src/on-demand/sanitize/purify-html.ts). Both keep
 * only the elements and attributes allowed here, on top of their own safe baseline (both always
 * drop scripts, event handler attributes and `javascript:` URLs), and never the ones removed
 * here; `finishBody()` then runs on the result of either path, in an inert document, before
 * anything reaches the page. docs/security.md ("Article body: the two sanitizer paths") says what
 * each path removes and why.
 *
 * Why allow-lists for the native path too: Chromium 156 crashes the whole tab when `setHTML` with
 * a remove-list configuration (or `{}`) meets `onstart` or `onfinish` (`<p onstart=x>`), and keeps
 * `onbounce`; with allow-lists it drops them like any attribute not listed.
 */

const HTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** What an article may contain, by namespace: text structure, media, tables, and drawings and formulas without links out. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  [HTML]: (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd li main mark nav ol p picture pre q rp rt ruby s ' +
    'samp section small source span strong sub summary sup table tbody td tfoot th thead time tr track u ul var wbr video audio'
  ).split(' '),
  [SVG]: (
    'svg a g path rect circle ellipse line polyline polygon text tspan title desc defs linearGradient radialGradient stop ' +
    'clipPath mask pattern marker'
  ).split(' '),
  [MATHML]: (
    'math mi mn mo ms mtext mrow mfrac msqrt mroot msub msup msubsup munder mover munderover mmultiscripts mprescripts mtable ' +
    'mtr mtd mspace mpadded mphantom menclose merror mstyle semantics annotation'
  ).split(' '),
};

/** Legacy wrappers whose text stays while the element goes (DOMPurify keeps the content of any element it drops). */
export const UNWRAPPED_ELEMENTS: readonly string[] = ['font', 'center', 'big', 'tt', 'strike', 'nobr', 'acronym', 'label', 'marquee', 'blink'];

/** Attributes an allowed element may keep (any element: the lists are short and none of them runs code); `data-*` stay too. */
export const ALLOWED_ATTRIBUTES: readonly string[] = (
  'id title lang dir translate href src alt width height cite datetime colspan rowspan headers scope abbr span start reversed ' +
  'type value open controls loop muted playsinline poster preload kind srclang label default media name ' +
  'viewBox d x y x1 y1 x2 y2 cx cy r rx ry dx dy points fill fill-opacity fill-rule clip-rule stroke stroke-width ' +
  'stroke-linecap stroke-linejoin stroke-dasharray stroke-opacity opacity transform font-size font-family font-weight ' +
  'text-anchor dominant-baseline offset stop-color stop-opacity gradientUnits gradientTransform preserveAspectRatio clip-path ' +
  'mask marker-start marker-mid marker-end vector-effect pathLength textLength patternUnits markerWidth markerHeight refX refY orient ' +
  'mathvariant display displaystyle scriptlevel stretchy fence separator lspace rspace accent accentunder linethickness ' +
  'columnalign rowalign columnspan encoding mathsize'
).split(' ');

/** `xlink:href` on SVG links, checked like `href` by `finishBody()`. */
export const XLINK = 'http://www.w3.org/1999/xlink';

/**
 * Elements removed with everything inside them, and why: none of them is allowed above, and this
 * list keeps the reasons (and DOMPurify's `FORBID_TAGS`, which also drops their content).
 */
export const REMOVED_ELEMENTS: readonly string[] = [
  // Code, and markup whose content the parser reads as raw text or re-parses (mutation XSS).
  'script',
  'noscript',
  'template',
  'xmp',
  'plaintext',
  'listing',
  'noembed',
  'noframes',
  // Styles: a <style> would restyle the widget (or pull in fonts and images); <link> loads
  // stylesheets, <meta> can refresh the page and <base> would change where links go.
  'style',
  'link',
  'meta',
  'base',
  'title',
  // Other documents and plugins inside the article.
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'portal',
  'fencedframe',
  // Forms and their controls: a feed must not ask readers for anything (phishing), nor submit.
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'dialog',
  // A <slot> inside the widget's shadow root would show the host's own light DOM children.
  'slot',
  // SVG that reaches outside the drawing: <use> and <feImage> reference other documents, animations
  // can rewrite an href to a script URL after sanitizing, <foreignObject> nests HTML.
  'use',
  'foreignObject',
  'feImage',
  'animate',
  'animateMotion',
  'animateTransform',
  'set',
  'discard',
  // MathML with actions or nested HTML.
  'maction',
  'annotation-xml',
];

/**
 * Attributes removed from every element, and why (DOMPurify's `FORBID_ATTR`; none is allowed
 * above). Event handler attributes (`on*`) are removed by both sanitizers' baselines and again by
 * `finishBody()`, which no fixed list could name in full.
 */
export const REMOVED_ATTRIBUTES: readonly string[] = [
  // `style`: inline CSS could cover the host page (`position: fixed` is relative to the viewport,
  // even inside a shadow root: a fake login box over the partner's page), load images, or hide text.
  'style',
  // Classes would match the widget's own rules (`.visually-hidden`, the skeleton); the body is
  // styled by element instead. `part` and `exportparts` would expose feed markup to the host
  // page's `::part()` rules, `slot` would place it, `is` would upgrade it into a custom element.
  'class',
  'part',
  'exportparts',
  'slot',
  'is',
  // Focus and interaction belong to the page: no stolen focus, no tab order, no editing, no popovers.
  'autofocus',
  'tabindex',
  'accesskey',
  'contenteditable',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  'interestfor',
  // Where links and media go, and what they tell: set by the widget (rel, target), or not at all.
  'target',
  'rel',
  'ping',
  'referrerpolicy',
  'attributionsrc',
  'autoplay',
  'srcdoc',
  'action',
  'formaction',
  // Image candidates (each would be a URL to check; the normalizer drops them as well) and legacy URLs.
  'srcset',
  'imagesrcset',
  'sizes',
  'background',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'nonce',
];

/** Attributes holding a URL (by local name, so `xlink:href` counts as `href`). */
const URL_ATTRIBUTE = /^(href|src|poster|cite|data|codebase|usemap|manifest|icon|action|formaction)$/i;

/** A URL's scheme, once ASCII whitespace and control characters (which browsers skip) are gone. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Whether `value` may stay in the attribute `name`: a relative URL or fragment, `http:`/`https:`,
 * and `mailto:` for links. Everything else goes: `javascript:`, `vbscript:`, `data:` (a `data:`
 * document or SVG can carry script), `blob:`, `file:` and schemes no one checked.
 */
export function isSafeBodyUrl(name: string, value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const scheme = SCHEME.exec(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1].toLowerCase();
  return !scheme || scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && /href$/i.test(name));
}

export interface BodyOptions {
  /** The level (2–6) the body's highest heading takes; deeper headings follow, clamped at 6. */
  headingLevel: number;
  /** The `target` of every link (e.g. `_blank`), or undefined for the same tab. */
  target?: string;
  /** The id of an element that says "(opens in a new tab)", described by links that do. */
  newTabNote?: string;
}

/** Targets that navigate in place rather than opening another tab or window. */
const SAME_TAB = /^(_self|_parent|_top)?$/i;

/**
 * The finishing pass both sanitizer paths share, on their output in an inert document (nothing
 * loads or runs there), in place:
 * - belt and braces: any `on*` attribute, any URL attribute outside `isSafeBodyUrl()`, and custom
 *   elements (replaced by their content: in the widget's shadow root they would upgrade into
 *   whatever the page defined under that name) go, whichever sanitizer ran;
 * - links get `rel="noopener noreferrer"`, and `target` only when the widget was asked for one;
 * - images load lazily (`loading="lazy"`, `decoding="async"`), keep their `width`/`height` (the
 *   widget's CSS scales them with their aspect ratio reserved) and get `alt=""` when they had none;
 * - headings shift so that the highest takes `headingLevel`, ids kept (the table of contents links to them);
 * - tables scroll inline in a focusable box (named by the caption), and `<pre>` is focusable to scroll.
 */
export function finishBody(root: DocumentFragment | Element, options: BodyOptions): void {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const target = options.target?.trim();
  const newTab = !!target && !SAME_TAB.test(target);
  const headings: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const { name, localName, value } of [...element.attributes]) {
      if (/^on/i.test(localName) || (URL_ATTRIBUTE.test(localName) && !isSafeBodyUrl(localName, value))) element.removeAttribute(name);
    }
    const tag = element.localName;
    if (tag.includes('-')) element.replaceWith(...element.childNodes);
    else if (tag === 'a' && element.hasAttribute('href')) {
      element.setAttribute('rel', 'noopener noreferrer');
      if (target) element.setAttribute('target', target);
      if (newTab && options.newTabNote) element.setAttribute('aria-describedby', options.newTabNote);
    } else if (tag === 'img') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    } else if (tag === 'video' || tag === 'audio') {
      // Without autoplay, media needs its controls to play at all; nothing downloads before that.
      element.setAttribute('controls', '');
      element.setAttribute('preload', 'none');
    } else if (/^h[1-6]$/.test(tag) && element.namespaceURI === 'http://www.w3.org/1999/xhtml') headings.push(element);
    else if (tag === 'pre') element.setAttribute('tabindex', '0');
    else if (tag === 'table') {
      const box = doc.createElement('div');
      box.setAttribute('data-table-scroll', '');
      box.setAttribute('tabindex', '0');
      const caption = element.querySelector('caption')?.textContent?.trim();
      if (caption) box.setAttribute('role', 'group');
      if (caption) box.setAttribute('aria-label', caption);
      element.replaceWith(box);
      box.append(element);
    }
  }
  shiftHeadings(headings, options.headingLevel);
}

/** Renames the headings so that the highest takes `level` (2–6) and deeper ones follow, clamped at 6. */
function shiftHeadings(headings: readonly Element[], level: number): void {
  const levelOf = (heading: Element) => Number(heading.localName[1]);
  const shift = Math.min(6, Math.max(2, Math.trunc(level) || 2)) - Math.min(...headings.map(levelOf));
  if (!headings.length || !shift) return;
  for (const heading of headings) {
    const renamed = heading.ownerDocument.createElement(`h${Math.min(6, levelOf(heading) + shift)}`);
    for (const { name, value } of [...heading.attributes]) renamed.setAttribute(name, value);
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}
