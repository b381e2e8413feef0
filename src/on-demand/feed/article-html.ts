/**
 * The work that only a shown article body needs, done when a body is shown, once per item: its
 * HTML parsed in an inert document, relative URLs made absolute, unsafe ones removed, and its
 * headings collected as sections with unique ids. The normalizer does none of this (it keeps
 * `contentHtml` as the feed gave it and reads the body's text without a DOM), so a page of
 * headlines never parses a body. `<article-body>` shows the HTML and `<table-of-contents>` links
 * to the same ids, both from this one result, so the links always find their headings.
 *
 * Widgets download this module on demand (`lazy(() => import(…))`). It reads with DOMParser; where
 * there is none (a server), a body has no HTML and no sections from it.
 */
import { inertHtml } from '../../util/trusted-types.js';
import { collapseWhitespace, slugify } from '../../util/text.js';
import { safeUrl } from './safe-url.js';
import type { NewsItem, NewsSection } from '../../feed/types.js';

/** A body as a widget shows it. */
export interface ArticleHtml {
  /**
   * The body with relative URLs made absolute against the item's `baseUrl` (else the page's),
   * unsafe URLs and `srcset` removed, and every `h2`–`h4` given the id of its section. Undefined
   * when the item has no HTML body, or one that nests deeper than MAX_BODY_DEPTH. Still
   * untrusted: sanitize it before it reaches the DOM.
   */
  readonly html?: string;
  /** The body's `h2`–`h4` headings in order, each with a unique id (a repeated one gets `-2`, `-3`…). */
  readonly sections: readonly NewsSection[];
  /**
   * True when the body is longer than a widget shows (MAX_BODY_HTML characters or
   * MAX_BODY_ELEMENTS elements): `html` and `sections` are its beginning, cut between elements.
   */
  readonly truncated?: boolean;
}

const read = new WeakMap<NewsItem, ArticleHtml>();

/** The item's body, read on the first call and remembered for as long as the item lives. */
export function readArticleHtml(item: NewsItem): ArticleHtml {
  let body = read.get(item);
  if (body) return body;
  body = { sections: [] };
  // Without a DOM (a server rendering the widgets) there is nothing to read it with, and where the
  // page's Trusted Types refuse the string (no `news-widgets` policy) DOMParser throws: either way
  // no HTML and no sections, so <article-body> shows the text and nothing waits forever.
  try {
    if (item.contentHtml && typeof DOMParser === 'function') body = readBody(item.contentHtml, item.baseUrl ?? document.baseURI);
  } catch {
    // The browser reports a Trusted Types refusal itself.
  }
  read.set(item, body);
  return body;
}

/** Attributes that hold a URL a reader could follow or a page could load, by local name (`xlink:href` is `href`). */
const URL_ATTRIBUTE = /^(href|src|poster|cite)$/i;

/**
 * A body whose markup nests deeper than this is not read (the item's text still shows). The
 * browser's HTML parser looks through the whole stack of open elements for many tags (is a `<p>`
 * open?), so parsing n nested elements costs n²: 20,000 nested `<div>` took 0.4 s, 100,000 took
 * 9 s. Articles nest a few dozen levels at most.
 */
export const MAX_BODY_DEPTH = 256;

/** Elements that never stay open (void), or that a sibling closes (optional end tags): no stack of them can build up. */
const NON_NESTING_TAG = /^(br|img|hr|wbr|input|source|p|li|dt|dd|option|tr|td|th)$/i;

/**
 * A widget shows a body's beginning, up to this many characters of HTML and MAX_BODY_ELEMENTS
 * elements: reading, sanitizing and laying out a body are each one task the page cannot
 * interrupt, and with these limits none of them comes near 200 ms on a slow machine (issue #13;
 * figures in docs/security.md, "Long tasks"). 5 MB of markup took seconds for each, and tens of
 * thousands of elements seconds to lay out. Articles are far below both: a long read is about
 * 100 kB and 1,500 elements.
 */
export const MAX_BODY_HTML = 262_144;

/** See MAX_BODY_HTML: a body is shown up to this many elements (start tags). */
export const MAX_BODY_ELEMENTS = 2_000;

/**
 * The part of `html` a widget reads: all of it, or its beginning up to MAX_BODY_HTML characters
 * and MAX_BODY_ELEMENTS elements, cut before a tag (after the last element that left nothing
 * open, when there is one in the second half: a paragraph is not cut in two). Undefined when that
 * part may nest deeper than MAX_BODY_DEPTH. One linear pass that stops at the limits (no parse),
 * erring deep: every start tag that can stay open is pushed, and an end tag pops back to the last
 * open element of its name, the way the parser closes misnested tags. Stray end tags close
 * nothing, so they cannot hide depth. Inside `<svg>` and `<math>` a self-closed tag (`<path/>`)
 * closes itself, as the parser reads it there (in HTML `<div/>` stays open, so it counts). The
 * stack never grows past the limit, so each step is bounded. Cutting is safe: the parser closes
 * what is left open, and the sanitizer reads the result as it reads any body. The server's reader
 * (src/on-demand/server/server-body-html.ts) reads the same part.
 */
export function partToRead(html: string): { html: string; truncated: boolean } | undefined {
  const open: string[] = [];
  let foreign = 0; // open <svg> and <math> elements
  let elements = 0;
  /** Where the last element that left nothing open ended. */
  let topLevel = 0;
  for (const match of html.matchAll(/<(\/?)([a-z][^\s/>]*)([^>]*)>?/gi)) {
    const [tag, slash, name, rest] = match;
    const end = match.index + tag.length;
    if (end > MAX_BODY_HTML || (!slash && ++elements > MAX_BODY_ELEMENTS)) {
      // Before this tag, or in the text before it when that text runs past the limit.
      const limit = Math.min(match.index, MAX_BODY_HTML);
      return { html: cut(html, topLevel >= limit / 2 ? topLevel : limit), truncated: true };
    }
    const isForeignRoot = /^(svg|math)$/i.test(name);
    if (NON_NESTING_TAG.test(name)) {
      // An end tag, or a void element, with nothing open.
    } else if (!slash) {
      // `<svg/>` itself closes at once too: the parser reads it as foreign content.
      if (!(rest.endsWith('/') && (foreign > 0 || isForeignRoot))) {
        if (open.push(name) > MAX_BODY_DEPTH) return undefined;
        if (isForeignRoot) foreign++;
      }
    } else {
      const at = open.lastIndexOf(name);
      if (at >= 0) {
        foreign -= open.slice(at).filter((tag) => /^(svg|math)$/i.test(tag)).length;
        open.length = at;
      }
    }
    if (!open.length && (slash || /^(br|img|hr|wbr|input|source)$/i.test(name))) topLevel = end;
  }
  // Text past the last tag.
  return html.length > MAX_BODY_HTML ? { html: cut(html, MAX_BODY_HTML), truncated: true } : { html, truncated: false };
}

/** `html` up to `end`, not splitting a surrogate pair. */
const cut = (html: string, end: number) => html.slice(0, /[\ud800-\udbff]/.test(html[end - 1] ?? '') ? end - 1 : end);

/**
 * Reads an HTML body in an inert document (nothing loads or runs). This is not sanitizing: the
 * HTML stays untrusted and is sanitized where it is rendered. Only the part a widget shows is read
 * (partToRead), and every step is linear in its length; a body nested deeper than MAX_BODY_DEPTH
 * there is not read.
 */
function readBody(html: string, base: string): ArticleHtml {
  const part = partToRead(html);
  if (!part) return { sections: [] };
  const body = new DOMParser().parseFromString(inertHtml(part.html), 'text/html').body;
  safeUrls(body, base);
  const sections = headingSections(body);
  return { html: body.innerHTML, sections, ...(part.truncated && { truncated: true }) };
}

/**
 * A body's first this many headings become sections: a table of contents longer than that helps
 * no reader (a body read up to MAX_BODY_ELEMENTS may have 2,000 headings).
 */
export const MAX_SECTIONS = 500;

/**
 * Resolves URL attributes and removes unsafe ones (and `srcset`) on every element, in any
 * namespace (MathML lets any element have an `href`, SVG uses `xlink:href`), inside `<template>`
 * contents too, and removes comments (no reader sees them; the sanitizer drops them as well).
 * Templates nest no deeper than MAX_BODY_DEPTH, so the recursion is bounded. A `<form>` answers
 * for its controls by name (`<input name="attributes">` hides `form.attributes`), so attributes are
 * read and changed through Element's own getter and methods: a hostile form cannot make it throw.
 */
function safeUrls(root: Element | DocumentFragment, base: string): void {
  const comments = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) (comment as Comment).remove();
  // Looked up here, not when the module loads: a server has no Element.
  const attributesOf = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')!.get! as (this: Element) => NamedNodeMap;
  const { removeAttribute, setAttribute } = Element.prototype;
  for (const element of root.querySelectorAll('*')) {
    // A <base> is left to the sanitizer, which drops it: changing or removing one makes the document
    // look for its base URL again, which a page's CSP `base-uri 'none'` reports as a violation.
    if (element.localName === 'base') continue;
    for (const { name, localName, value } of [...attributesOf.call(element)]) {
      if (localName === 'srcset') removeAttribute.call(element, name);
      if (!URL_ATTRIBUTE.test(localName) || value.startsWith('#')) continue;
      const resolved = safeUrl(value, base, { mailto: localName === 'href' });
      if (resolved) setAttribute.call(element, name, resolved);
      else removeAttribute.call(element, name);
    }
    if (element instanceof HTMLTemplateElement) safeUrls(element.content, base);
  }
}

/**
 * The body's h2–h4 headings as sections, each given a unique id: a repeated id gets `-2`, `-3`, ….
 * The next suffix is remembered per id, so 20,000 identical headings cost 20,000 steps, not 20,000².
 * Headings past MAX_SECTIONS keep the id they have, if any.
 */
function headingSections(body: HTMLElement): NewsSection[] {
  const sections: NewsSection[] = [];
  /** Each id used so far, and the next suffix to try when a heading wants it again. */
  const nextSuffix = new Map<string, number>();
  for (const heading of body.querySelectorAll<HTMLElement>('h2, h3, h4')) {
    const title = collapseWhitespace(heading.textContent ?? '');
    if (!title) continue;
    if (sections.length === MAX_SECTIONS) break;
    const wanted = heading.id || slugify(title);
    let id = wanted;
    let n = nextSuffix.get(wanted) ?? 2;
    while (nextSuffix.has(id)) id = `${wanted}-${n++}`;
    nextSuffix.set(id, 2).set(wanted, n);
    heading.id = id;
    sections.push({ id, title, level: Number(heading.tagName[1]) });
  }
  return sections;
}
