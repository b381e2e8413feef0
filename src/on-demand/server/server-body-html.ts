/**
 * An article's body read and made safe on a server (`news-widgets/ssr`), where there is no DOM:
 * what `<article-body>` renders in its Declarative Shadow DOM and the headings a
 * `<table-of-contents>` lists. Node and edge runtimes (no Node built-ins, no DOM globals);
 * imported by src/ssr.ts alone, so neither parse5 nor this file reaches a browser bundle.
 *
 * It reads as the browser does (src/on-demand/feed/article-html.ts, then
 * src/render/article-body-html.ts), with parse5, a spec HTML parser, in place of DOMParser:
 * - the same part of the body (`partToRead`: the beginning a widget shows, nothing when it nests
 *   too deep), parsed as a document with scripting off, as DOMParser does;
 * - relative URLs resolved against the item's base, unsafe ones removed (`safeUrl`, the project's
 *   URL policy), comments gone;
 * - `h2`–`h4` headings as sections with the same ids (text, slug, `-2`, `-3`… for repeats);
 * - then the output is BUILT from the one policy (src/util/article-body-policy.ts): only the
 *   elements and attributes it allows are written, every text and attribute value escaped, every
 *   URL through `isSafeBodyUrl`; elements that are neither allowed nor unwrapped go with their
 *   content, as the browser's Sanitizer API drops them. The feed's markup is never passed through.
 * - and finished as `finishBody()` finishes the browser's: links get `rel`, `target` and the new-tab
 *   note, images load lazily with their size, media get controls, headings shift to
 *   `heading-level` keeping their ids, tables scroll in a focusable box, `<pre>` is focusable.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_ELEMENTS,
  UNWRAPPED_ELEMENTS,
  XLINK,
  isSafeBodyUrl,
  type BodyOptions,
} from '../../util/article-body-policy.js';
import { MAX_SECTIONS, partToRead } from '../feed/article-html.js';
import { safeUrl } from '../feed/safe-url.js';
import { collapseWhitespace, slugify } from '../../util/text.js';
import type { NewsItem, NewsSection } from '../../feed/types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const HTML = 'http://www.w3.org/1999/xhtml';

/** A body as read on the server: its `<body>` element (URLs made safe, headings given ids) and its sections. */
export interface ServerBody {
  /** Undefined when the item has no HTML body, or one that nests deeper than the browser reads. */
  readonly body?: Element;
  readonly sections: readonly NewsSection[];
}

const read = new WeakMap<NewsItem, Map<string, ServerBody>>();

/** The item's body read against `base` (the item's own base URL wins), once per item and base. */
export function readServerBody(item: NewsItem, base: string): ServerBody {
  const url = item.baseUrl ?? base;
  const byBase = read.get(item) ?? new Map<string, ServerBody>();
  read.set(item, byBase);
  let result = byBase.get(url);
  if (!result) {
    const part = item.contentHtml ? partToRead(item.contentHtml) : undefined;
    result = part ? readBody(part.html, url) : { sections: [] };
    byBase.set(url, result);
  }
  return result;
}

function readBody(html: string, base: string): ServerBody {
  const document = parse(html, { scriptingEnabled: false });
  const htmlElement = document.childNodes.find(isElement);
  const body = htmlElement?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'body');
  if (!body) return { sections: [] };
  safeUrls(body, base);
  return { body, sections: headingSections(body) };
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);

/** Attributes that hold a URL a reader could follow or a page could load, by local name (`xlink:href` is `href`). */
const URL_ATTRIBUTE = /^(href|src|poster|cite)$/i;

/** As article-html.ts `safeUrls`: comments removed, URL attributes resolved or removed, `srcset` removed (template contents are never written). */
function safeUrls(parent: ParentNode, base: string): void {
  parent.childNodes = parent.childNodes.filter((node) => node.nodeName !== '#comment');
  for (const node of parent.childNodes) {
    if (!isElement(node)) continue;
    if (node.tagName !== 'base') {
      node.attrs = node.attrs.flatMap((attribute) => {
        if (attribute.name === 'srcset') return [];
        if (!URL_ATTRIBUTE.test(attribute.name) || attribute.value.startsWith('#')) return [attribute];
        const resolved = safeUrl(attribute.value, base, { mailto: attribute.name === 'href' });
        return resolved ? [{ ...attribute, value: resolved }] : [];
      });
    }
    safeUrls(node, base);
  }
}

/** What `textContent` gives: every text below, template contents aside. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(node).map(textOf).join('');
}

/** Elements in document order. */
function* elementsIn(node: Node): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name && !candidate.namespace);

/** As article-html.ts `headingSections`: the h2–h4 headings as sections, each given a unique id. */
function headingSections(body: Element): NewsSection[] {
  const sections: NewsSection[] = [];
  const nextSuffix = new Map<string, number>();
  for (const heading of elementsIn(body)) {
    if (heading.namespaceURI !== HTML || !/^h[234]$/.test(heading.tagName)) continue;
    const title = collapseWhitespace(textOf(heading));
    if (!title) continue;
    if (sections.length === MAX_SECTIONS) break;
    const wanted = attribute(heading, 'id')?.value || slugify(title);
    let id = wanted;
    let n = nextSuffix.get(wanted) ?? 2;
    while (nextSuffix.has(id)) id = `${wanted}-${n++}`;
    nextSuffix.set(id, 2).set(wanted, n);
    const existing = attribute(heading, 'id');
    if (existing) existing.value = id;
    else heading.attrs.push({ name: 'id', value: id });
    sections.push({ id, title, level: Number(heading.tagName[1]) });
  }
  return sections;
}

const allowedElements = new Map(Object.entries(ALLOWED_ELEMENTS).map(([namespace, names]) => [namespace, new Set(names)]));
const allowedAttributes = new Set(ALLOWED_ATTRIBUTES);
const unwrapped = new Set(UNWRAPPED_ELEMENTS);
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'source', 'track', 'col']);
const DATA_ATTRIBUTE = /^data-[a-z0-9._-]+$/;
const SAME_TAB = /^(_self|_parent|_top)?$/i;

/** What the policy does with an element: keep it, keep only its content, or drop it with its content. */
function verdict(element: Element): 'keep' | 'unwrap' | 'drop' {
  if (allowedElements.get(element.namespaceURI)?.has(element.tagName)) return 'keep';
  return element.namespaceURI === HTML && unwrapped.has(element.tagName) ? 'unwrap' : 'drop';
}

/** The elements that reach the output, in document order: kept ones under kept or unwrapped ancestors. */
function* keptElements(node: Node): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    const kept = verdict(child);
    if (kept === 'drop') continue;
    if (kept === 'keep') yield child;
    yield* keptElements(child);
  }
}

/** The text of what reaches the output under `node`. */
function keptText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && verdict(node) === 'drop') return '';
  return childrenOf(node).map(keptText).join('');
}

const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const isHeading = (element: Element) => element.namespaceURI === HTML && /^h[1-6]$/.test(element.tagName);

/**
 * The body's finished, safe HTML, as `<article-body>` shows it in its shadow root (without the
 * `content` box around it): undefined when the item has no HTML body the browser would read
 * (then the widget shows its text).
 */
export function serverBodyHtml(item: NewsItem, base: string, options: BodyOptions): string | undefined {
  const { body } = readServerBody(item, base);
  if (!body) return undefined;
  const levels = [...keptElements(body)].filter(isHeading).map((heading) => Number(heading.tagName[1]));
  const shift = levels.length ? Math.min(6, Math.max(2, Math.trunc(options.headingLevel) || 2)) - Math.min(...levels) : 0;
  const target = options.target?.trim();
  const finish: Finish = { shift, target, newTab: !!target && !SAME_TAB.test(target), note: options.newTabNote };
  const out: string[] = [];
  for (const child of body.childNodes) write(child, out, finish);
  return out.join('');
}

interface Finish {
  readonly shift: number;
  readonly target?: string;
  readonly newTab: boolean;
  readonly note?: string;
}

/** The attributes the policy keeps on `element`, each URL checked again by `isSafeBodyUrl` (as `finishBody` does). */
function keptAttributes(element: Element): Map<string, string> {
  const kept = new Map<string, string>();
  for (const { name, value, namespace } of element.attrs) {
    const qualified = namespace === XLINK && name === 'href' ? 'xlink:href' : namespace ? undefined : name;
    if (!qualified || /^on/i.test(name)) continue;
    if (namespace !== XLINK && !allowedAttributes.has(name) && !DATA_ATTRIBUTE.test(name)) continue;
    if (URL_ATTRIBUTE.test(name) && !isSafeBodyUrl(name, value)) continue;
    kept.set(qualified, value);
  }
  return kept;
}

function write(node: Node, out: string[], finish: Finish): void {
  if (node.nodeName === '#text') {
    out.push(escapeText((node as DefaultTreeAdapterMap['textNode']).value));
    return;
  }
  if (!isElement(node)) return;
  const kept = verdict(node);
  if (kept === 'drop') return;
  if (kept === 'unwrap') {
    for (const child of node.childNodes) write(child, out, finish);
    return;
  }
  let tag = node.tagName;
  const attributes = keptAttributes(node);
  if (tag === 'a' && attributes.has('href')) {
    attributes.set('rel', 'noopener noreferrer');
    if (finish.target) attributes.set('target', finish.target);
    if (finish.newTab && finish.note) attributes.set('aria-describedby', finish.note);
  } else if (tag === 'img') {
    attributes.set('loading', 'lazy');
    attributes.set('decoding', 'async');
    if (!attributes.has('alt')) attributes.set('alt', '');
  } else if (tag === 'video' || tag === 'audio') {
    attributes.set('controls', '');
    attributes.set('preload', 'none');
  } else if (isHeading(node)) tag = `h${Math.min(6, Number(tag[1]) + finish.shift)}`;
  else if (tag === 'pre') attributes.set('tabindex', '0');
  else if (tag === 'table') {
    const caption = [...keptElements(node)].find((element) => element.tagName === 'caption' && element.namespaceURI === HTML);
    const label = caption && keptText(caption).trim();
    out.push(`<div data-table-scroll="" tabindex="0"${label ? ` role="group" aria-label="${escapeAttribute(label)}"` : ''}>`);
  }
  out.push(`<${tag}`);
  for (const [name, value] of attributes) out.push(` ${name}="${escapeAttribute(value)}"`);
  // A newline right after <pre> is dropped by the parser: one more keeps a first newline of the text.
  out.push(tag === 'pre' ? '>\n' : '>');
  if (node.namespaceURI === HTML && VOID.has(tag)) return;
  for (const child of node.childNodes) write(child, out, finish);
  out.push(`</${tag}>`);
  if (tag === 'table') out.push('</div>');
}
