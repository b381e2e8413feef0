import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { sanitizeBody } from '../../render/article-body-html.js';
import { clampHeadingLevel } from '../../render/heading.js';
import { lazy } from '../../util/lazy.js';
import { findSectionTarget, registerSectionTargets, sectionTargetsChanged } from '../../util/section-targets.js';
import type { NewsItem } from '../../feed/types.js';
import { styles } from './article-body.styles.js';

export interface ArticleBodyStrings extends WidgetStrings {
  /** Shown when the article has neither an HTML nor a text body. */
  noBody: string;
  /** Describes each body link when `target` opens a new tab or window. */
  opensInNewTab: string;
  /** After a body longer than a page shows (256 kB, 2,000 blocks): the rest is not shown. */
  bodyCut: string;
  /** The link to the article's own page, after `bodyCut`. */
  readWhole: string;
}

const english: ArticleBodyStrings = {
  ...widgetStrings,
  noBody: 'This article has no text yet.',
  opensInNewTab: '(opens in a new tab)',
  bodyCut: 'The rest of this article is not shown here.',
  readWhole: 'Read the whole article',
};

/**
 * The id of the note that links opening a new tab point to with `aria-describedby` (news-widgets/ssr writes it too).
 * @internal
 */
export const NEW_TAB_NOTE = 'news-article-body-new-tab';

/** The longest text body shown, and its most paragraphs: as much as an HTML body (article-html.ts). */
const MAX_TEXT = 262_144;
const MAX_PARAGRAPHS = 2_000;

/** A failed download (of the body reader or the fallback sanitizer) is said once per page, however many bodies ask. */
let failureReported = false;

/** What reads a body (URLs resolved, headings given ids: src/on-demand/feed/article-html.ts), downloaded with the first body shown. */
const downloadReader = lazy(() => import('../../on-demand/feed/article-html.js'));
let reader: Awaited<ReturnType<typeof downloadReader>> | undefined;

/**
 * The text of one article: its `content_html` made safe and shown in the widget's shadow root,
 * else its `content_text` as paragraphs. Where the browser has the HTML Sanitizer API
 * (`Element.setHTML`), it sanitizes; elsewhere DOMPurify is downloaded the first time a body needs
 * it, never both on one page. Either way there is no script, event handler, `javascript:` or
 * `data:` URL, frame, object, form, style or `style` attribute; links get
 * `rel="noopener noreferrer"`; images load lazily with their size reserved (docs/security.md).
 *
 * The body's headings keep their ids, which the table of contents links to: the widget registers
 * them (src/util/section-targets.ts) so a `<table-of-contents>` elsewhere on the page can scroll
 * to them, and links to `#id` inside the body scroll to their target. The highest heading takes
 * `heading-level`, deeper ones follow.
 *
 * An article with neither body shows a short message and gets the `empty` attribute (hide it with
 * `article-body[empty] { display: none }`).
 *
 * @summary One article's text, sanitized: paragraphs, headings, lists, quotes, figures, tables.
 * @tagname article-body
 *
 * @csspart base - The outer box.
 * @csspart content - The article's text (the sanitized body, or the text's paragraphs).
 * @csspart cut - After a body too long to show whole (over 256 kB or 2,000 blocks): the rest is not shown, with a link to the article.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the article has no text, or is not in the feed.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-body-font-size - The text's size (default: `1.0625em`).
 * @cssproperty --news-article-body-line-height - The text's line height (default: `1.7`).
 * @cssproperty --news-article-body-measure - The longest line, for readable paragraphs (default: `70ch`).
 * @cssproperty --news-article-body-gap - The space between paragraphs and blocks (default: `1.1em`).
 * @cssproperty --news-article-body-accent - Links, the quote bar and list markers (default: the theme accent).
 */
export class ArticleBody extends NewsItemWidget<ArticleBodyStrings> {
  static override tagName = 'article-body';

  static override styles = [NewsItemWidget.styles, styles];

  /** The level (2–6) the body's highest heading takes; deeper headings follow, clamped at 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where the body's links open, like `<a target>` (e.g. `_blank`); links that open a new tab say
   * so to screen readers. Same tab by default. Every link gets `rel="noopener noreferrer"`.
   */
  @property() target?: string;

  /** The sanitized body, in an element of its own that Lit places; undefined while it is prepared or when there is none. */
  @state() private content?: HTMLElement;

  /** The sanitizer could not be downloaded: the text body shows instead. */
  @state() private failed = false;

  /** The body shown is the first part of a longer one (article-html.ts: MAX_BODY_HTML, MAX_BODY_ELEMENTS). */
  @state() private cut = false;

  /**
   * The body the server rendered (news-widgets/ssr, docs/server-rendering.md). On the server: its
   * finished HTML, which the server sets and renders where `content` goes. In the browser:
   * `nothing` while the server's nodes show (hydration keeps them: Lit checks only its own
   * markers), until the first sanitized body replaces them, the same text laid out alike.
   * @internal
   */
  prerendered?: unknown;

  /** What the current `content` was made from, so only a change sanitizes again. */
  private madeFrom?: string;

  /** The content whose headings the section registry last heard of. */
  private announced?: HTMLElement;

  private unregister?: () => void;

  protected override get englishStrings(): ArticleBodyStrings {
    return english;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The body reader downloads while the feed does; its failure is reported when a body needs it.
    downloadReader().then(
      (module) => (reader = module),
      () => undefined
    );
    this.unregister = registerSectionTargets((id) =>
      this.content?.isConnected ? this.content.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) : null
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregister?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    const source = item?.contentHtml;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const key = source && JSON.stringify([source, item.baseUrl, level, this.target]);
    // A body the server rendered shows until the first one sanitized here; another body waits in the skeleton.
    if (!this.hasUpdated && !isServer && this.shadowRoot?.getElementById(NEW_TAB_NOTE)) this.prerendered = nothing;
    else if (this.madeFrom !== undefined && key !== this.madeFrom) this.prerendered = undefined;
    if (key !== this.madeFrom) {
      this.madeFrom = key;
      this.content = undefined;
      this.failed = false;
      if (item && key && !isServer) this.sanitize(item, { headingLevel: level, target: this.target, newTabNote: NEW_TAB_NOTE }, key);
    }
    if (this.content) {
      if (item?.language) this.content.lang = item.language;
      else this.content.removeAttribute('lang');
    }
    this.toggleAttribute('empty', !!item && !source && !item.contentText);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // New headings: links elsewhere (the table of contents) look their targets up again.
    if (this.content !== this.announced) {
      this.announced = this.content;
      sectionTargetsChanged();
    }
  }

  /**
   * Reads the item's body (once per item, shared with the table of contents), then sanitizes it:
   * at once when the reader is here and the browser sanitizes, else when the downloads arrive. A
   * body that cannot be read (nested too deep) shows as text.
   */
  private sanitize(item: NewsItem, options: Parameters<typeof sanitizeBody>[1], key: string): void {
    let cut = false;
    const read = (module: NonNullable<typeof reader>) => {
      const article = module.readArticleHtml(item);
      cut = !!article.truncated;
      return article.html === undefined ? undefined : sanitizeBody(article.html, options);
    };
    const show = (fragment: DocumentFragment | undefined): void => {
      if (this.madeFrom !== key) return;
      // The first render hydrates the server's body as it is; the sanitized one replaces it in the next.
      if (!this.hasUpdated && this.prerendered) return void this.updateComplete.then(() => show(fragment));
      this.prerendered = undefined;
      this.content = fragment && this.contentOf(fragment);
      this.failed = !fragment;
      this.cut = cut;
    };
    const result = reader ? read(reader) : downloadReader().then((module) => read((reader = module)));
    if (!(result instanceof Promise)) return show(result);
    result.then(show, (error: unknown) => {
      if (this.madeFrom === key) [this.prerendered, this.failed] = [undefined, true];
      if (!failureReported)
        console.warn(
          'news-widgets: the code that reads and sanitizes the article body could not be loaded; the article shows as plain text.',
          error
        );
      failureReported = true;
    });
  }

  /** The element that holds a sanitized body: adopting the nodes into the page is when images may start loading (lazily). */
  private contentOf(fragment: DocumentFragment): HTMLElement {
    const content = document.createElement('div');
    content.className = 'content';
    content.setAttribute('part', 'content');
    content.dir = 'auto';
    content.append(fragment);
    content.addEventListener('click', (event) => this.followFragmentLink(event));
    return content;
  }

  /**
   * A link to `#id` in the body (a footnote, a section) scrolls to its target: the page's own
   * navigation would look for the id in the document and not find it inside the shadow root.
   */
  private followFragmentLink(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    const id = decodeURIComponent(link?.getAttribute('href')?.slice(1) ?? '');
    const target = id && findSectionTarget(id, this.renderRoot as ShadowRoot);
    if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  protected override renderLoading(): TemplateResult {
    // Enough paragraphs for a tall screen; the box clips what it does not need.
    return html`<div class="base skeleton-body">
      ${Array.from(
        { length: 12 },
        () => html`<div class="skeleton-paragraph">
          <div class="skeleton-line"></div>
          <div class="skeleton-line"></div>
          <div class="skeleton-line"></div>
          <div class="skeleton-line short"></div>
        </div>`
      )}
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    const body = this.content ?? this.prerendered;
    if (body) {
      return html`<div class="base" part="base">
        ${body}${this.content && this.cut ? this.renderCut(item) : nothing}
        <span id=${NEW_TAB_NOTE} hidden>${this.text.opensInNewTab}</span>
      </div>`;
    }
    // The sanitizer is still on its way: the skeleton holds the body's place.
    if (item.contentHtml && !this.failed) return this.renderSkeleton();
    // As much text as a body's HTML is read (article-html.ts: MAX_BODY_HTML, MAX_BODY_ELEMENTS): 5 MB of paragraphs took seconds to render.
    const text = item.contentText ?? '';
    const paragraphs = text
      .slice(0, MAX_TEXT)
      .split(/\n{2,}/)
      .filter((paragraph) => paragraph.trim());
    if (!paragraphs.length) return this.renderEmpty(this.text.noBody);
    return html`<div class="base" part="base">
      <div class="content" part="content" lang=${item.language || nothing}>
        ${paragraphs.slice(0, MAX_PARAGRAPHS).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}
      </div>
      ${text.length > MAX_TEXT || paragraphs.length > MAX_PARAGRAPHS ? this.renderCut(item) : nothing}
    </div>`;
  }

  /** Says that the rest of a long body is not shown, with a link to the article's page where it has one. */
  private renderCut(item: NewsItem): TemplateResult {
    return html`<p class="cut" part="cut">
      ${this.text.bodyCut} ${item.url ? html`<a href=${item.url}>${this.text.readWhole}</a>` : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-body': ArticleBody;
  }
}
