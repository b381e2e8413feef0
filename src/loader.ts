/**
 * `dist/news-widgets.js`, the script tag for partner sites: a small classic script that knows the
 * tag names, not the widgets. The first time a tag is on the page (from the start, or added
 * later), it downloads that widget's module from its own folder (`widgets/<tag>.js` next to this
 * file, which imports Lit and the shared base from `widgets/chunks/`) and registers the class.
 *
 *   <script src="https://cdn.example/news-widgets/dist/news-widgets.js" data-prefix="acme" defer></script>
 *
 * - `data-prefix="acme"` registers `<acme-headline-list>` and so on, and watches for those names.
 * - A tag already defined (the page's own element, another copy of the library) is left alone,
 *   with a warning, and its widget is never downloaded.
 * - Until its widget arrives, an element keeps the block size of the widget's loading skeleton, so
 *   what follows it on the page does not move.
 * - A failed download shows a small error box with "Try again" in each element of that tag.
 *
 * Nothing here needs 'unsafe-inline' or Trusted Types: styles are constructed stylesheets
 * (CSP's style-src does not apply to them) and the DOM is built node by node.
 */
import { ContextRoot } from '@lit/context';
import { prefixedTag, warnTaken } from './base/register.js';
import { errorBox } from './util/error-box.js';
import { whenLitPolicyBlocked } from './util/lit-policy.js';
import type { WidgetTag } from './util/widget-tags.js';

// The headline list's skeleton shows min(limit, 6) rows (4 without one): a header and rows of a
// known size, so the reserve counts them where the browser reads attr() as a number (the plain
// size before it is the fallback elsewhere). Sizes measured by `npm run bench -- --only cls`.
const ROWS = 'min(attr(limit type(<number>),4),6)';

/**
 * Every default tag, `<news-feed>` first, and the space reserved for it until its widget has
 * arrived: by layout, what its loading skeleton takes at the default `limit`, in em of
 * the widget's own text size (`--news-font-size`, else the reader's default: not the page's root
 * size, as inside the widget). Where a widget changes its layout at a width of its own (its
 * container queries), a clamp() on padding, whose percentages are of the width, adds the
 * difference on one side of that width. Equal to the skeleton within a pixel from 320 to 900 px,
 * except the headline list's default and grid layouts, whose rows and columns follow the width,
 * and its compact layout from 40em (two columns): exact at 640 px, approximate elsewhere
 * (test/node/loader.test.js measures what remains). A page that knows better sets its own:
 * `headline-list:not(:defined) { min-block-size: 40em }` wins.
 */
const RESERVED: Readonly<Record<WidgetTag, Readonly<Record<string, string>>>> = {
  'news-feed': { '': 'display:contents' },
  'headline-list': {
    '': `min-block-size:30.5em;min-block-size:calc(2.2em + 7.06em*${ROWS})`,
    '[layout=compact]': `min-block-size:18.5em;min-block-size:calc(2.2em + 4.05em*${ROWS})`,
    '[layout=grid]': `min-block-size:33.4em;min-block-size:calc(2.2em + 15.6em*round(up,${ROWS}/2))`,
  },
  'article-card': {
    // A 16:9 picture as wide as the card, and the text under it.
    '': 'box-sizing:content-box;aspect-ratio:16/9;padding-block-end:8.75em',
    // Its text over the picture from 36em, under it when narrower (as the default layout).
    '[layout=hero]': 'padding:0 0 clamp(0px,(36em - 100%)*999,8.75em)',
    // Under its picture below 30em of its own width (the widget's container query), as tall as a
    // vertical card; from 30em beside it, as tall as the thumbnail (40% of the width, 16:9, padded)
    // or the text lines. Percentages in padding are of the width: each clamp() is 0 on the other side.
    '[layout=horizontal]':
      'aspect-ratio:auto;padding:clamp(0px,(30em - 100%)*999,56.25% + 8.75em) 0 clamp(0px,(100% - 30em)*999,max(9.1em,22.5% + 1.8em + 2px))',
    '[layout=compact]': 'aspect-ratio:auto;padding:0;min-block-size:8.3em',
  },
  // Tighter padding at 30em and narrower.
  'faq-accordion': { '': 'min-block-size:16.55em;padding-block-end:clamp(0px,(100% - 30em)*999,1.95em)' },
  // Tighter below 28em.
  'key-takeaways': { '': 'min-block-size:19.1em;padding-block-end:clamp(0px,(100% - 28em)*999,0.5em)' },
  // The skeleton is 14em from 30em wide, 23.2em when narrower, where the envelope, the field and the button stack.
  'newsletter-signup': { '': 'min-block-size:14em;padding-block-end:clamp(0px,(30em - 100%)*999,9.2em)' },
  // All facts: the line, the dateline and the credits; with hide (e.g. hide="dateline credits") the line alone.
  'article-meta': { '': 'min-block-size:5.4em', '[hide]': 'min-block-size:1.3em' },
  'article-tags': { '': 'min-block-size:1.75em' },
  'reference-list': { '': 'min-block-size:6.7em' },
  // The two links side by side from 32em, one above the other when narrower.
  'article-pager': { '': 'min-block-size:7em;padding-block-end:clamp(0px,(32em - 100%)*999,8em)' },
  'article-breadcrumbs': { '': 'min-block-size:1.56em' },
  'editorial-disclosure': { '': 'min-block-size:10.5em' },
  // An article and its body: at least a screen, as their skeletons (what follows starts below the fold).
  'news-article': { '': 'min-block-size:max(43.6em,100svh)' },
  'article-body': { '': 'min-block-size:max(21.5em,100svh)' },
  'quick-summary': { '': 'min-block-size:6.4em' },
  // Folded behind its toggle below 40em; from 40em the list always shows (five skeleton rows).
  'table-of-contents': { '': 'min-block-size:3.25em;padding-block-end:clamp(0px,(100% - 40em)*999,9em)' },
};

/** What a widget module exports: its class, found by its default tag. */
interface WidgetClass {
  tagName: string;
  define(name: string): boolean;
}

/** One tag the loader registers: where its download stands, and the error boxes it shows. */
interface Entry {
  readonly tag: WidgetTag;
  state: 'waiting' | 'loading' | 'failed' | 'defined';
  readonly boxes: Map<Element, HTMLElement>;
}

const script = document.currentScript as HTMLScriptElement | null;
// Relative to this script's own URL, wherever the page is.
const folder = new URL('widgets/', script?.src || document.baseURI);
if (!script) console.error('news-widgets: load news-widgets.js with a classic <script src> (not type="module"), so it can find its folder.');

/** Prefixed name → its entry, in RESERVED's order. */
const entries = new Map<string, Entry>();
for (const tag of Object.keys(RESERVED) as WidgetTag[]) {
  const name = prefixedTag(tag, script?.dataset.prefix);
  if (customElements.get(name)) warnTaken(name);
  else entries.set(name, { tag, state: 'waiting', boxes: new Map() });
}

const reserved = new CSSStyleSheet();
reserved.replaceSync(
  [...entries]
    .flatMap(([name, { tag }]) =>
      // :where() weighs nothing: any rule of the page about the element wins.
      Object.entries(RESERVED[tag]).map(
        ([variant, rule]) =>
          `:where(${name}${variant}:not(:defined):not([hidden])){display:block;font-size:var(--news-font-size,medium);${rule}}`
      )
    )
    .join('')
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserved];

// A <news-feed> that arrives after the widgets inside it (added to the page later, or simply
// downloaded last) still reaches them: the root replays their unanswered requests for its feed.
new ContextRoot().attach(document.documentElement);

// A page whose CSP requires Trusted Types without allowing `lit-html`: every widget module fails
// as it loads (Lit creates that policy first), each element shows the error box, and the console
// says what to allow (a missing `news-widgets` is reported by the widgets, when they need it).
whenLitPolicyBlocked(() => {});

/** Settles when the `<news-feed>` found so far is registered (or has failed): widgets wait for it. */
let feedProvider: Promise<unknown> = Promise.resolve();

function load(name: string, entry: Entry): void {
  entry.state = 'loading';
  // Browsers do not keep a failed module (or a failed chunk it imports): importing again is a retry.
  const url = new URL(`${entry.tag}.js`, folder).href;
  const module = import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
  // Widgets are registered after a <news-feed> found with them, so they find its feed when they connect.
  const registered = Promise.all([module, entry.tag === 'news-feed' ? undefined : feedProvider]).then(([exports]) => {
    const widget = Object.values(exports).find((value) => (value as WidgetClass | undefined)?.tagName === entry.tag) as WidgetClass;
    for (const box of entry.boxes.values()) box.remove();
    entry.boxes.clear();
    entry.state = 'defined';
    widget.define(name);
  });
  registered.catch((error: unknown) => {
    console.error(`news-widgets: <${name}> could not be loaded from ${url}.`, error);
    entry.state = 'failed';
    for (const element of document.getElementsByTagName(name)) showError(element, name, entry);
  });
  if (entry.tag === 'news-feed') feedProvider = registered.catch(() => {});
}

/** Starts the download of every waiting tag under `root` (itself included); boxes for failed ones. */
function find(root: Element): void {
  for (const [name, entry] of entries) {
    if (entry.state !== 'waiting' && entry.state !== 'failed') continue;
    const elements = [...(root.localName === name ? [root] : []), ...root.getElementsByTagName(name)];
    if (!elements.length) continue;
    if (entry.state === 'waiting') load(name, entry);
    else for (const element of elements) showError(element, name, entry);
  }
  if ([...entries.values()].every((entry) => entry.state === 'defined')) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) find(node);
});
observer.observe(document, { childList: true, subtree: true });
find(document.documentElement);

/** The widget's error state, drawn by the loader since the widget's code never arrived, with "Try again". */
function showError(element: Element, name: string, entry: Entry): void {
  if (entry.boxes.has(element)) return;
  const box = errorBox(element, () => {
    if (entry.state === 'failed') load(name, entry);
  });
  element.prepend(box);
  entry.boxes.set(element, box);
}
