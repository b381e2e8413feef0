/// <reference types="node" />
/**
 * `news-widgets/ssr`: the widgets rendered on the server (Node 20+), with `@lit-labs/ssr`, as
 * Declarative Shadow DOM: a reader sees the content before any script runs, or with none.
 *
 * ```js
 * import { prepareFeed, renderWidget } from 'news-widgets/ssr';
 * const feed = await prepareFeed(jsonText, { url: 'https://example.com/feed.json' });
 * const html = await renderWidget('headline-list', { feed, attributes: { limit: 5 } });
 * ```
 *
 * Each element carries its feed inline (`<script type="application/feed+json">`), so in the
 * browser `news-widgets/hydrate` brings it to life without fetching the feed again, and its first
 * render equals the server's. `<article-body>` renders the article's HTML made safe on the server
 * (src/on-demand/server/server-body-html.ts: parse5 and the body policy the browser applies), which the browser
 * replaces with its own sanitized render once it has one; a `<table-of-contents>` lists the
 * body's headings, read by the same server reader.
 * Node-only (`@lit-labs/ssr`, `node:stream`): built as dist/ssr.js; nothing here reaches a browser
 * bundle. `prepareFeed` (src/on-demand/server/prepare-feed.ts) and the body reader also run in
 * edge runtimes (no DOM, no Node built-in).
 */
import { render, LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Readable } from 'node:stream';
import { widgetClasses } from './widgets.js';
import { NewsArticle } from './components/news-article/news-article.js';
import { PART_MODULES } from './components/news-article/news-article-parts.js';
import { loadLocale } from './i18n/strings.js';
import { ArticleBody, NEW_TAB_NOTE } from './components/article-body/article-body.js';
import { TableOfContents } from './components/table-of-contents/table-of-contents.js';
import { clampHeadingLevel } from './render/heading.js';
import type { NewsFeed, NewsItem } from './feed/types.js';

export type { DroppedItem, NewsFeed } from './feed/types.js';
export type { PreparedFeed, PrepareOptions } from './on-demand/server/prepare-feed.js';

// What widgets construct (controllers observe sizes and the document) or read (`location.hash`,
// `document.baseURI`) and the server does not have.
class Unobserved {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}
/** The page being rendered: what a widget resolves a relative link against (`document.baseURI`). */
let pageUrl = 'http://localhost/';
const shims = {
  IntersectionObserver: Unobserved,
  MutationObserver: Unobserved,
  ResizeObserver: Unobserved,
  location: new URL(pageUrl),
  document: {
    get baseURI() {
      return pageUrl;
    },
  },
};
for (const [name, shim] of Object.entries(shims)) (globalThis as Record<string, unknown>)[name] ??= shim;

for (const widget of widgetClasses) widget.define();

// The data layer and the body reader, which a page would download on demand, are loaded with this module: Node needs them at once.
const [prepareModule, { readServerBody, serverBodyHtml }] = await Promise.all([
  import('./on-demand/server/prepare-feed.js'),
  import('./on-demand/server/server-body-html.js'),
]);

/**
 * Any feed to a PreparedFeed: JSON Feed text or bytes, a parsed JSON Feed object, or RSS / Atom
 * (text or bytes, converted to JSON Feed as `news-widgets convert` does). Throws a FeedError when
 * it is not a feed. Prepare once and cache: rendering many widgets from one PreparedFeed
 * normalizes nothing again. Runs in edge runtimes too (no DOM, no Node built-in).
 */
export const prepareFeed: typeof prepareModule.prepareFeed = prepareModule.prepareFeed;

// A table of contents without `_news.sections` lists the body's headings as the server reads them.
TableOfContents.useReader({ readArticleHtml: (item) => ({ sections: readServerBody(item, pageUrl).sections }) });

/** An attribute's value: a string or number; `true` writes it empty, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderWidgetOptions {
  /** The feed (anything `prepareFeed` takes, or its result). */
  readonly feed: unknown;
  /** The element's attributes (`{ limit: 5, 'heading-level': 3, lang: 'de' }`). */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** `<news-feed>` only: the widgets inside it, each rendered from the same feed. */
  readonly children?: ReadonlyArray<{ readonly tag: string; readonly attributes?: Readonly<Record<string, AttributeValue>> }>;
  /** Where the feed is published, when `feed` is not prepared yet (see `prepareFeed`). */
  readonly url?: string;
  /**
   * The URL of the page the widget is rendered for: links a widget builds from an attribute
   * (`<article-tags tag-href="/tags/{tag}">`) resolve against it, as they do against the page in
   * the browser. `http://localhost/` when absent.
   */
  readonly page?: string;
  /** Ship the feed inside the element for the browser (default true): false renders static HTML only. */
  readonly inline?: boolean;
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** The widget's HTML: the element with its Declarative Shadow DOM and, unless `inline: false`, its feed. */
export async function renderWidget(tag: string, options: RenderWidgetOptions): Promise<string> {
  return collectResult(render(await widgetTemplate(tag, options), { elementRenderers: [WidgetRenderer] }));
}

/** `renderWidget` as a stream of HTML, for a response that starts before the whole widget is rendered. */
export function renderWidgetStream(tag: string, options: RenderWidgetOptions): Readable {
  return Readable.from(
    (async function* () {
      const result = render(await widgetTemplate(tag, options), { elementRenderers: [WidgetRenderer] });
      for await (const chunk of flatten(result)) yield chunk;
    })()
  );
}

async function* flatten(result: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const chunk of result as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield chunk;
    else yield* flatten((await chunk) as Iterable<unknown>);
  }
}

/** The tags this module renders: every widget's default tag. */
export const widgetTags: readonly string[] = widgetClasses.map((widget) => widget.tagName);

async function widgetTemplate(tag: string, options: RenderWidgetOptions): Promise<TemplateResult> {
  const prepared = prepareFeed(options.feed, { url: options.url });
  pageUrl = options.page ? new URL(options.page).href : 'http://localhost/';
  const languages = [options.attributes?.lang, ...(options.children ?? []).map((child) => child.attributes?.lang)];
  // A controller cannot wait on the server: the strings of every language used are loaded first.
  await Promise.all(languages.map((lang) => (typeof lang === 'string' ? loadLocale(lang) : undefined)));
  const inline = options.inline === false ? '' : `<script type="application/feed+json">${scriptText(prepared.json)}</script>`;
  const children = (options.children ?? []).map((child) => element(child.tag, child.attributes, prepared.feed, nothing));
  if (children.length && tag !== 'news-feed') throw new TypeError('news-widgets/ssr: only <news-feed> takes children.');
  return element(tag, options.attributes, prepared.feed, [unsafeHTML(inline), ...children]);
}

/** JSON inside `<script>`: no `</script>` or `<!--` can close or confuse it (JSON reads `\u003c` as `<`). */
const scriptText = (json: unknown) => JSON.stringify(json).replace(/</g, '\\u003c');

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What `<article-body>` renders where its sanitized body goes (`prerendered`): the body's HTML made
 * safe by the server reader, in the box the browser puts its own in (`contentOf`), else, when the
 * browser would not read that HTML either (nested too deep), the text's paragraphs. Undefined for
 * an item without HTML: the widget renders its text itself.
 */
function prerenderedBody(body: ArticleBody, item: NewsItem | undefined): unknown {
  if (!item?.contentHtml) return undefined;
  const options = { headingLevel: clampHeadingLevel(body.headingLevel, 2), target: body.target, newTabNote: NEW_TAB_NOTE };
  const lang = item.language ? ` lang="${escapeText(item.language)}"` : '';
  const paragraphs = () =>
    (item.contentText?.split(/\n{2,}/).filter((paragraph) => paragraph.trim()) ?? []).map(
      (paragraph) => `<p dir="auto">${escapeText(paragraph)}</p>`
    );
  const html = serverBodyHtml(item, pageUrl, options) ?? paragraphs().join('');
  return unsafeHTML(`<div class="content" part="content" dir="auto"${lang}>${html}</div>`);
}

/** `<tag name=${value} … .feed=${feed}>${content}</tag>` as a template: names checked, values escaped by Lit. */
function element(tag: string, attributes: RenderWidgetOptions['attributes'] = {}, feed: NewsFeed, content: unknown): TemplateResult {
  if (!widgetTags.includes(tag)) throw new TypeError(`news-widgets/ssr: <${tag}> is not a widget; the tags are ${widgetTags.join(', ')}.`);
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!NAME.test(name) || name.startsWith('on')) throw new TypeError(`news-widgets/ssr: "${name}" is not an attribute a widget takes.`);
    if (value === false || value == null) continue;
    strings[strings.length - 1] += ` ${name}=`;
    values.push(value === true ? '' : String(value));
    strings.push('');
  }
  strings[strings.length - 1] += ' .feed=';
  values.push(feed);
  strings.push('>');
  values.push(content);
  strings.push(`</${tag}>`);
  const template = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  return { ['_$litType$']: 1, strings: template, values } as unknown as TemplateResult;
}

/**
 * `<news-article>` downloads each part's module before it renders the part, so its first render
 * has none; here (and in news-widgets/hydrate, for the browser's first render) every part module
 * is loaded already: the parts' tags are given at once, as the article would find them.
 */
export function primeArticleParts(article: Record<string, unknown>): void {
  article.partTags = Object.fromEntries(Object.entries(PART_MODULES).map(([part, module]) => [part, module!.tag]));
  article.requested = new Set(Object.keys(PART_MODULES));
}

/**
 * Lit's renderer, with what a widget's update does in the browser and the server leaves out: the
 * state its controllers derive before each render (`hostUpdate`: the strings of its language,
 * the page of headlines shown), an element that reads its light DOM finds it empty, an
 * article's parts are there from the start, and `<article-body>` has its body made safe here.
 */
class WidgetRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    const element = this.element as unknown as Record<string, unknown>;
    if (!('children' in element)) Object.defineProperty(element, 'children', { value: [] });
    // No page and no browser to inherit a language from: English unless the element names one.
    if ('lang' in element && !element.lang) element.lang = 'en';
    if (this.element instanceof NewsArticle) primeArticleParts(element);
    super.connectedCallback();
    // What a controller derives before each render (strings, the page of headlines shown); the
    // feed's controller stays idle (it loads nothing for an element off the page).
    for (const value of Object.values(element)) {
      if (value !== element && typeof (value as ReactiveController | null)?.hostUpdate === 'function')
        (value as ReactiveController).hostUpdate!();
    }
  }

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const body = this.element;
    if (body instanceof ArticleBody) body.prerendered = prerenderedBody(body, (body as unknown as { currentItem?: NewsItem }).currentItem);
    return super.renderShadow(renderInfo);
  }
}
