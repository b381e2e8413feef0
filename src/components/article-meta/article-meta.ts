import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RelativeDateClock } from '../../controllers/relative-date-clock.js';
import { renderDate, type DateFormat } from '../../render/date.js';
import { namedPeople, renderPeople } from '../../render/people-list.js';
import { fillSlots } from '../../render/template-slots.js';
import { metaRowStyles } from '../../render/meta-row.js';
import { formatMinutes } from '../../i18n/intl.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { styles } from './article-meta.styles.js';

/** The facts the widget can show, in the order it shows them (the seed page's). */
export const ARTICLE_META_PARTS = ['publisher', 'author', 'published', 'reading-time', 'updated', 'dateline', 'credits'] as const;
export type ArticleMetaPart = (typeof ARTICLE_META_PARTS)[number];

export interface ArticleMetaStrings extends WidgetStrings {
  /** `{publisher}` is the publisher's name (a link when the feed gives its URL). */
  publishedBy: string;
  /** The author line; `{authors}` is a localized list of names. */
  byline: string;
  /** `{date}` is the publication date, absolute or relative (`date-format`): word it for both. */
  published: string;
  /** `{date}` is the date of the last change, absolute or relative. */
  updated: string;
  /** `{duration}` is a localized "3 min". */
  readingTime: string;
}

const english: ArticleMetaStrings = {
  ...widgetStrings,
  publishedBy: 'Published by {publisher}',
  byline: 'By {authors}',
  published: 'Published {date}',
  updated: 'Last updated: {date}',
  readingTime: '{duration} read',
};

/** The parts named in a `show` or `hide` value: words separated by spaces or commas, unknown ones ignored. */
function partsOf(value: string | undefined): Set<ArticleMetaPart> {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/);
  return new Set(ARTICLE_META_PARTS.filter((part) => words.includes(part)));
}

/**
 * The facts about one article, as the top of the seed article page shows them: who published it
 * (the feed's publisher, with its logo), who wrote it (names linked where the feed gives a URL),
 * when it was published and last updated (each a `<time datetime>`), how long it takes to read;
 * and the two lines that belong to the story's text: its dateline ("March 19 (Reuters)") and its
 * credits ("(Reporting by …; Editing by …)").
 *
 * The first five share one row, the meta row of article-card and headline-list
 * (src/render/meta-row.ts): separators drawn by CSS sit between them, and never end or start a
 * line however the row wraps. The dateline and the credits are paragraphs of their own.
 * `show` and `hide` choose the facts: the page that places the credits under the body uses
 * `<article-meta show="credits">` there, and `hide="dateline credits"` at the top.
 *
 * "Last updated" shows whenever the feed gives a modification date, also on the day of
 * publication, as the seed page does: it tells the reader when the article was last checked. It is
 * left out only when it is earlier than the publication date (a feed error), or with
 * `hide="updated"`.
 *
 * Nothing to show (no such facts, or all hidden) renders nothing at all: the element gets the
 * `empty` attribute and `display: none`. It has no heading of its own.
 *
 * @summary Publisher, authors, dates, reading time, dateline and credits of one article.
 * @tagname article-meta
 *
 * @csspart base - The outer box.
 * @csspart line - The row of inline facts (publisher, authors, dates, reading time).
 * @csspart item - Each fact in that row, with its own name too (`item publisher`, `item author`…).
 * @csspart publisher - "Published by …".
 * @csspart logo - The publisher's logo (`<img>`), when the feed gives one.
 * @csspart publisher-name - The publisher's name, a link when the feed gives its URL.
 * @csspart author - "By …".
 * @csspart name - Each author's name; `link` too when it is a link.
 * @csspart link - An author's link.
 * @csspart published - "Published …".
 * @csspart updated - "Last updated: …".
 * @csspart date - Each `<time>` element.
 * @csspart reading-time - "3 min read".
 * @csspart dateline - The dateline paragraph.
 * @csspart credits - The credits paragraph.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-meta-separator - The colour of the separator dots (default: the muted text colour).
 * @cssproperty --news-article-meta-font-size - The size of the facts (default `0.875em`).
 * @cssproperty --news-article-meta-logo-size - The height of the publisher's logo (default `1.5em`).
 */
export class ArticleMeta extends NewsItemWidget<ArticleMetaStrings> {
  static override tagName = 'article-meta';
  static override styles = [NewsItemWidget.styles, metaRowStyles, styles];

  /**
   * The facts to show, separated by spaces or commas, from `publisher author published
   * reading-time updated dateline credits`; all of them when absent. They keep the widget's order.
   */
  @property() show?: string;

  /** The facts to leave out (same names as `show`), e.g. `hide="dateline credits"`. Wins over `show`. */
  @property() hide?: string;

  /** `absolute` ("March 19, 2026") or `relative` ("3 days ago", the exact date in a tooltip, kept current). */
  @property({ attribute: 'date-format' }) dateFormat: DateFormat = 'absolute';

  /** A logo URL that failed to load: the name then stands alone. */
  @state() private brokenLogo?: string;

  /** The facts shown for the current article, derived before each render. */
  private shown: ReadonlySet<ArticleMetaPart> = new Set();

  constructor() {
    super();
    // Keeps a relative date ("3 hours ago") true while the widget stays on the page.
    new RelativeDateClock(this);
  }

  protected override get englishStrings(): ArticleMetaStrings {
    return english;
  }

  /** The facts `show` and `hide` allow. */
  private get allowed(): Set<ArticleMetaPart> {
    const shown = this.show === undefined ? new Set(ARTICLE_META_PARTS) : partsOf(this.show);
    for (const part of partsOf(this.hide)) shown.delete(part);
    return shown;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    const state = this.feedController.state;
    const feed = state.status === 'complete' ? state.feed : undefined;
    const present: Record<ArticleMetaPart, boolean> = {
      publisher: !!feed?.publisher,
      author: !!item && namedPeople(item.authors).length > 0,
      published: !!item?.datePublished,
      'reading-time': !!item?.readingTimeMinutes,
      updated: !!item && this.updatedDate(item) !== undefined,
      dateline: !!item?.dateline,
      credits: !!item?.credits,
    };
    this.shown = new Set([...this.allowed].filter((part) => present[part]));
    // Nothing to say takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.shown.size);
  }

  /** The modification date to show: any the feed gives, unless it is earlier than the publication. */
  private updatedDate(item: NewsItem): string | undefined {
    const { dateModified: modified, datePublished: published } = item;
    if (!modified) return undefined;
    return published && new Date(modified) < new Date(published) ? undefined : modified;
  }

  /** A bar for each row the facts may take: the line, the dateline, the credits, as `show` and `hide` allow. */
  protected override renderLoading(): TemplateResult {
    const allowed = this.allowed;
    const rows = [ARTICLE_META_PARTS.slice(0, 5).some((part) => allowed.has(part)), allowed.has('dateline'), allowed.has('credits')];
    return html`<div class="base">
      ${rows.map((row, index) => (row ? html`<div class="skeleton-row"><div class="skeleton-line skeleton-meta-${index}"></div></div>` : nothing))}
    </div>`;
  }

  protected override renderItem(item: NewsItem, feed: NewsFeed): unknown {
    const shown = this.shown;
    if (!shown.size) return nothing;
    const inline = [
      shown.has('publisher') ? this.renderPublisher(feed) : undefined,
      shown.has('author') ? this.renderItemFact('author', fillSlots(this.text.byline, { authors: this.renderAuthors(item) })) : undefined,
      shown.has('published') ? this.renderDateFact('published', this.text.published, item.datePublished!) : undefined,
      shown.has('reading-time')
        ? this.renderItemFact('reading-time', format(this.text.readingTime, { duration: formatMinutes(item.readingTimeMinutes!, this.locale) }))
        : undefined,
      shown.has('updated') ? this.renderDateFact('updated', this.text.updated, this.updatedDate(item)!) : undefined,
    ].filter((fact) => fact !== undefined);
    const lang = item.language || nothing;
    return html`<div class="base" part="base">
      ${inline.length ? html`<div class="meta line" part="line">${inline}</div>` : nothing}
      ${shown.has('dateline') ? html`<p class="dateline" part="dateline" lang=${lang} dir="auto">${item.dateline}</p>` : nothing}
      ${shown.has('credits') ? html`<p class="credits" part="credits" lang=${lang} dir="auto">${item.credits}</p>` : nothing}
    </div>`;
  }

  private renderAuthors(item: NewsItem): unknown[] {
    return renderPeople(item.authors, this.locale, { links: true, lang: item.language });
  }

  /** One fact of the line: an item that the separator precedes. */
  private renderItemFact(name: ArticleMetaPart, content: unknown): TemplateResult {
    return html`<span class="item ${name}" part="item ${name}">${content}</span>`;
  }

  private renderDateFact(name: 'published' | 'updated', template: string, iso: string): TemplateResult {
    return this.renderItemFact(name, fillSlots(template, { date: renderDate(iso, this.locale, this.dateFormat) }));
  }

  private renderPublisher(feed: NewsFeed): TemplateResult {
    const publisher = feed.publisher!;
    const logo = publisher.logo && publisher.logo !== this.brokenLogo ? publisher.logo : undefined;
    const lang = feed.language || nothing;
    // The logo is decoration next to the name it shows (alt=""): the name is always written out. Not
    // lazy: the facts sit at the top of an article, in view at once.
    const name = publisher.url
      ? html`<a class="publisher-name" part="publisher-name" href=${publisher.url} lang=${lang} dir="auto">${publisher.name}</a>`
      : html`<span class="publisher-name" part="publisher-name" lang=${lang} dir="auto">${publisher.name}</span>`;
    return this.renderItemFact(
      'publisher',
      html`<span class="publisher-box">${
        logo ? html`<img class="logo" part="logo" src=${logo} alt="" decoding="async" @error=${() => (this.brokenLogo = logo)} />` : nothing
      }<span>${fillSlots(this.text.publishedBy, { publisher: name })}</span></span>`
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-meta': ArticleMeta;
  }
}
