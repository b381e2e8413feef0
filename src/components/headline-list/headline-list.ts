import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../events/news-events.js';
import { RelativeDateClock } from '../../controllers/relative-date-clock.js';
import { renderDate, type DateFormat } from '../../render/date.js';
import { formatMinutes } from '../../i18n/intl.js';
import { renderHeading } from '../../render/heading.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { feedRuntime } from '../../feed/runtime.js';
import { NewsWidget } from '../../base/news-widget.js';
import { siteName } from '../../util/site-name.js';
import { excerpt } from '../../util/text.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { styles } from './headline-list.styles.js';

export type HeadlineListLayout = 'list' | 'grid' | 'compact';
export type HeadlineListDateFormat = DateFormat;

export interface HeadlineListStrings extends WidgetStrings {
  /** The heading when neither `heading` nor the feed's title gives one. */
  heading: string;
  viewAll: string;
  loadMore: string;
  /** The "Load more" button's label while the next page is on its way. */
  loadingMore: string;
  /** Shown (with the items kept) when the next page could not be loaded. */
  loadMoreError: string;
  /** Announced to screen readers after "Load more" showed more items. */
  moreShown: string;
  /** `{duration}` is Intl's "3 min" in the widget's language. */
  readingTime: string;
  /** The feed has items, but `category`, `tag` or `exclude` hide every one. */
  noMatches: string;
}

const english: HeadlineListStrings = {
  ...widgetStrings,
  empty: 'No headlines yet.',
  heading: 'Latest headlines',
  viewAll: 'View all',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  loadMoreError: 'More headlines could not be loaded.',
  moreShown: 'More headlines shown.',
  readingTime: '{duration} read',
  noMatches: 'No headlines match the filters of this list (category, tag or excluded articles).',
};

const LAYOUTS: readonly HeadlineListLayout[] = ['list', 'grid', 'compact'];

/** How long a title stand-in cut from the summary may be, in characters. */
const EXCERPT_LENGTH = 110;

/** Pages fetched in one "Load more" click at most, when the filters hide everything they bring. */
const MAX_PAGES_PER_CLICK = 5;

/** The words a list of ids or names was written with: commas and/or white space between them. */
function words(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * A list of headlines linking to their articles, like "More from Headlines" under an article:
 * optional thumbnail, category, title, date and reading time, in a list, a grid of cards or a
 * compact text list. It follows its own width (container queries), not the viewport's.
 * Filters (`category`, `tag`, `exclude`) and `limit` apply in the widget; "Load more" reveals
 * items hidden by `limit`, then follows the feed's `next_url` page by page.
 *
 * Thumbnails are decorative (`alt=""`): the headline right next to one names the link, and a
 * description of the photo would repeat or distract. Items without a title show a short
 * excerpt of their summary or text instead, so microblog feeds render too.
 *
 * @summary A list of headlines ("More from Headlines") with filters, a "View all" link and "Load more".
 *
 * @csspart base - The wrapper around everything; it is the container for the layout's container queries.
 * @csspart header - The row with the heading and the "View all" link.
 * @csspart heading - The heading (an `h2`…`h6` element, see `heading-level`).
 * @csspart view-all - The "View all" link.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>` item.
 * @csspart link - The link to the article; it wraps the title and its hit area covers the whole item.
 * @csspart image - A thumbnail `<img>`.
 * @csspart image-placeholder - The neutral block standing in for a missing thumbnail in the grid layout.
 * @csspart kicker - The row above the title with the category and the sponsored label.
 * @csspart category - The item's category.
 * @csspart title - The item's title (or, without one, an excerpt of its summary).
 * @csspart meta - The row under the title with the date and the reading time.
 * @csspart date - The `<time>` element of the publication date.
 * @csspart reading-time - The reading time.
 * @csspart footer - The row with the "Load more" button and its error message.
 * @csspart load-more - The "Load more" button.
 * @csspart load-more-error - The message shown when the next page could not be loaded.
 * @csspart sponsored - The visible label on sponsored items.
 * @csspart empty - The message when there is nothing to show.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart message - The message when no feed was given.
 * @csspart error - The error block (with `role="alert"`) when the feed could not be loaded.
 * @csspart retry - The "Try again" button of the error and stale states.
 * @csspart stale - The note shown when saved content is displayed after a failed refresh.
 *
 * @cssproperty --news-headline-list-heading-size - Font size of the heading (default `1.25rem`).
 * @cssproperty --news-headline-list-title-size - Font size of the item titles (default `1rem`; `0.9375rem` in compact).
 * @cssproperty --news-headline-list-thumbnail-width - Width of the thumbnails in the list layout (default `7.5rem`).
 * @cssproperty --news-headline-list-image-ratio - Aspect ratio of the thumbnail boxes (default `16 / 9`).
 * @cssproperty --news-headline-list-rule-color - Colour of the rule under the heading (default: the text colour).
 * @cssproperty --news-headline-list-category-color - Colour of the category label (default: the accent colour).
 *
 * @fires news-select - A reader clicked a headline (plain left click). Cancelable: `preventDefault()` stops the
 *   navigation so a single-page app can route instead. Detail `{ item, url, originalEvent }`.
 * @fires news-impression - An item became at least half visible; once per item and element. Detail `{ item, index }`.
 * @fires news-feed-load - The feed arrived; detail `{ feed, url, dropped, stale }`.
 * @fires news-feed-error - The feed could not be loaded; detail `{ error, url }`.
 */
export class HeadlineList extends NewsWidget<HeadlineListStrings> {
  static override tagName = 'headline-list';
  static override styles = [NewsWidget.styles, styles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    limit: { type: Number },
    category: {},
    tag: {},
    exclude: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    moreHref: { attribute: 'more-href' },
    dateFormat: { attribute: 'date-format' },
    pagedItems: { state: true },
    nextUrl: { state: true },
    revealed: { state: true },
    loadingMore: { state: true },
    loadMoreFailed: { state: true },
    announcement: { state: true },
  };

  /** `list` (thumbnails beside titles), `grid` (cards) or `compact` (text only). */
  layout: HeadlineListLayout = 'list';

  /** How many items to show at first; all when absent. "Load more" shows this many more each time. */
  limit?: number;

  /** Show only items of this category (case-insensitive). */
  category?: string;

  /** Show only items with this tag (case-insensitive). */
  tag?: string;

  /** Ids of items to leave out, separated by commas or spaces (e.g. the article the page shows). */
  exclude?: string;

  /** The heading text; the feed's title by default. An empty `heading=""` hides the heading. */
  heading?: string;

  /** The heading's level, 2 to 6. */
  headingLevel = 2;

  /** Where "View all" links to; the feed's `home_page_url` by default. No link when neither exists. */
  moreHref?: string;

  /** `absolute` ("March 19, 2026") or `relative` ("3 hours ago", the exact date in a tooltip, kept current). */
  dateFormat: HeadlineListDateFormat = 'absolute';

  /** Items of later pages (`next_url`), de-duplicated against what was already there. */
  private pagedItems: readonly NewsItem[] = [];

  /** The next page to fetch, once the first page came from the feed. */
  private nextUrl?: string;

  /** How many items "Load more" revealed beyond `limit`. */
  private revealed = 0;

  private loadingMore = false;

  private loadMoreFailed = false;

  /** Text for the polite live region after "Load more". */
  private announcement = '';

  constructor() {
    super();
    // Keeps relative dates ("3 hours ago") true while the list stays on the page.
    new RelativeDateClock(this);
  }

  /** The feed the pages above belong to; another feed starts over. */
  private firstPage?: NewsFeed;

  /** Pages already fetched, so a `next_url` loop cannot go on forever. */
  private readonly fetchedPages = new Set<string>();

  /** What the list shows, as rendered last: read by the observer and by "Load more". */
  private shown: readonly NewsItem[] = [];
  private matching: readonly NewsItem[] = [];

  private observer?: IntersectionObserver;
  private observedItems?: readonly NewsItem[];
  private readonly impressed = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the document after a move: watch the items again (updated() will not run by itself).
    if (this.hasUpdated) this.observeItems();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedItems = undefined;
  }

  protected override get englishStrings(): HeadlineListStrings {
    return english;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedController.state;
    const feed = state.status === 'complete' ? state.feed : undefined;
    if (feed !== this.firstPage) {
      this.firstPage = feed;
      this.pagedItems = [];
      this.nextUrl = feed?.nextUrl;
      this.fetchedPages.clear();
      this.loadMoreFailed = false;
      this.revealed = 0;
    }
    if (changed.has('limit') || changed.has('category') || changed.has('tag') || changed.has('exclude')) this.revealed = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shown !== this.observedItems) this.observeItems();
  }

  /** Reveals items already loaded but hidden by `limit`; when there are none, fetches the next page. */
  private async onLoadMore(): Promise<void> {
    if (this.loadingMore) return;
    const before = this.shown.length;
    const hadFocus = this.shadowRoot?.activeElement === this.loadMoreButton;
    if (this.matching.length <= before) {
      if (!(await this.fetchNextPages())) return;
    }
    if (this.pageSize) this.revealed += this.pageSize;
    this.announcement = '';
    await this.updateComplete;
    if (this.shown.length > before) this.announcement = this.text.moreShown;
    // When the button went away with the last page, keep keyboard focus in the list: on the first
    // new item, or on the last one when the page brought nothing new.
    if (hadFocus && !this.loadMoreButton) {
      const items = this.renderRoot.querySelectorAll('li.item');
      items[Math.min(before, items.length - 1)]?.querySelector<HTMLElement>('.link')?.focus();
    }
  }

  /**
   * Follows `next_url` until a page brings an item the filters let through (or there is no next
   * page). Resolves false when a page failed (the error is shown) or the feed changed meanwhile.
   */
  private async fetchNextPages(): Promise<boolean> {
    const owner = this.firstPage;
    this.loadingMore = true;
    this.loadMoreFailed = false;
    try {
      const loader = this.loader ?? (await feedRuntime()).feedLoader;
      for (let page = 0; this.nextUrl && page < MAX_PAGES_PER_CLICK; page++) {
        const url = this.nextUrl;
        const { feed } = await loader.load(url);
        if (this.firstPage !== owner) return false;
        this.fetchedPages.add(url);
        const known = new Set([...(owner?.items ?? []), ...this.pagedItems].map((item) => item.id));
        const fresh = feed.items.filter((item) => !known.has(item.id));
        this.pagedItems = [...this.pagedItems, ...fresh];
        this.nextUrl = feed.nextUrl && !this.fetchedPages.has(feed.nextUrl) ? feed.nextUrl : undefined;
        if (fresh.some((item) => this.passesFilters(item))) break;
      }
      return true;
    } catch {
      if (this.firstPage === owner) this.loadMoreFailed = true;
      return false;
    } finally {
      if (this.firstPage === owner) this.loadingMore = false;
    }
  }

  /** `limit` as a usable number, or undefined for "show everything". */
  private get pageSize(): number | undefined {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : undefined;
  }

  private get layoutName(): HeadlineListLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  private get hasFilters(): boolean {
    return !!(this.category?.trim() || this.tag?.trim() || words(this.exclude).length);
  }

  private passesFilters(item: NewsItem): boolean {
    const category = this.category?.trim().toLowerCase();
    const tag = this.tag?.trim().toLowerCase();
    if (category && item.category?.toLowerCase() !== category) return false;
    if (tag && !item.tags.some((candidate) => candidate.toLowerCase() === tag)) return false;
    if (words(this.exclude).includes(item.id)) return false;
    // An item with nothing to name its link by cannot be listed.
    return this.titleOf(item) !== undefined;
  }

  /** The title, else an excerpt of the summary or text, else the image's description or the link's site. */
  private titleOf(item: NewsItem): string | undefined {
    const text = item.summary || item.contentText;
    return item.title || (text ? excerpt(text, EXCERPT_LENGTH) : undefined) || item.imageAlt || (item.url ? siteName(item.url) : undefined);
  }

  protected override renderFeed(feed: NewsFeed): unknown {
    const seen = new Set<string>();
    const all = [...feed.items, ...this.pagedItems].filter((item) => !seen.has(item.id) && !!seen.add(item.id));
    this.matching = all.filter((item) => this.passesFilters(item));
    const visible = this.pageSize ? this.pageSize + this.revealed : Infinity;
    // Keep the same array while nothing changed, so the impression observer is not reset on every render.
    const shown = this.matching.slice(0, visible);
    if (shown.length !== this.shown.length || shown.some((item, index) => item !== this.shown[index])) this.shown = shown;

    const layout = this.layoutName;
    const heading = this.heading ?? feed.title ?? this.text.heading;
    const more = this.moreHref || feed.homePageUrl;
    const canLoadMore = this.matching.length > this.shown.length || !!this.nextUrl;
    // Placeholders keep grid cards aligned, but only when some items have pictures to align with.
    const placeholders = layout === 'grid' && this.shown.some((item) => item.image);

    return html`<section part="base" class="base layout-${layout}" aria-labelledby=${heading ? 'heading' : nothing}>
      ${this.renderHeader(heading, more)}
      ${this.shown.length === 0
        ? this.renderEmpty(all.length > 0 && this.hasFilters ? this.text.noMatches : this.text.empty)
        : html`<ul part="list" class="list" role="list">
            ${this.shown.map((item, index) => this.renderItem(item, index, layout, placeholders))}
          </ul>`}
      ${canLoadMore || this.loadMoreFailed ? this.renderFooter(canLoadMore) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderHeader(heading: string, more: string | undefined): unknown {
    if (!heading && !more) return nothing;
    return html`<div part="header" class="header">
      ${heading ? renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading) : nothing}
      ${more
        ? html`<a part="view-all" class="view-all" href=${more} aria-describedby=${heading ? 'heading' : nothing}
            >${this.text.viewAll}</a
          >`
        : nothing}
    </div>`;
  }

  private renderItem(item: NewsItem, index: number, layout: HeadlineListLayout, placeholders: boolean): TemplateResult {
    const title = this.titleOf(item);
    const image = item.image ?? item.bannerImage;
    const date = item.datePublished ?? item.dateModified;
    const hasKicker = !!item.category || item.sponsored;
    const hasMeta = !!date || item.readingTimeMinutes !== undefined;
    const titleText = html`<span part="title" class="title" dir="auto">${title}</span>`;
    return html`<li part="item" class="item ${image && layout !== 'compact' ? 'has-image' : ''}" data-index=${index}>
      ${layout === 'compact' ? nothing : this.renderImage(image, placeholders)}
      <div class="body">
        ${hasKicker
          ? html`<div part="kicker" class="kicker">
              ${item.category ? html`<span part="category" class="category">${item.category}</span>` : nothing}${this.renderSponsored(item)}
            </div>`
          : nothing}
        ${item.url
          ? html`<a part="link" class="link" href=${item.url} @click=${(event: MouseEvent) => this.selectItem(event, item)}>${titleText}</a>`
          : titleText}
        ${hasMeta
          ? html`<div part="meta" class="meta">
              ${date ? renderDate(date, this.locale, this.dateFormat) : nothing}
              ${item.readingTimeMinutes !== undefined
                ? html`<span part="reading-time" class="reading-time"
                    >${format(this.text.readingTime, { duration: formatMinutes(item.readingTimeMinutes, this.locale) })}</span
                  >`
                : nothing}
            </div>`
          : nothing}
      </div>
    </li>`;
  }

  /** The box is sized by CSS (aspect-ratio) before the picture arrives, so nothing shifts. */
  private renderImage(image: string | undefined, placeholder: boolean): unknown {
    if (image) {
      return html`<div class="thumb">
        <img part="image" class="image cover" src=${image} alt="" loading="lazy" decoding="async" />
      </div>`;
    }
    return placeholder ? html`<div part="image-placeholder" class="thumb placeholder"></div>` : nothing;
  }

  private renderFooter(canLoadMore: boolean): TemplateResult {
    return html`<div part="footer" class="footer">
      ${this.loadMoreFailed ? html`<p part="load-more-error" class="load-more-error" role="alert">${this.text.loadMoreError}</p>` : nothing}
      ${canLoadMore
        ? html`<button
            part="load-more"
            class="button load-more"
            type="button"
            aria-disabled=${this.loadingMore ? 'true' : 'false'}
            @click=${this.onLoadMore}
          >
            ${this.loadingMore ? html`<span class="spinner" aria-hidden="true"></span>${this.text.loadingMore}` : this.text.loadMore}
          </button>`
        : nothing}
    </div>`;
  }

  protected override renderLoading(): TemplateResult {
    const layout = this.layoutName;
    const count = Math.min(this.pageSize ?? 4, 6);
    return html`<div class="base layout-${layout}">
      <div class="header"><div class="skeleton-line skeleton-heading"></div></div>
      <div class="list">
        ${Array.from(
          { length: count },
          () => html`<div class="item ${layout === 'compact' ? '' : 'has-image'}">
            ${layout === 'compact' ? nothing : html`<div class="thumb skeleton-box"></div>`}
            <div class="body">
              <div class="skeleton-line"></div>
              <div class="skeleton-line short"></div>
            </div>
          </div>`
        )}
      </div>
    </div>`;
  }

  private get loadMoreButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.load-more');
  }

  /** Watches the shown items for `news-impression`, skipping those already reported. */
  private observeItems(): void {
    this.observedItems = this.shown;
    this.observer?.disconnect();
    if (!this.isConnected) return;
    this.observer ??= new IntersectionObserver((entries) => this.onIntersect(entries), { threshold: 0.5 });
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('li.item')) {
      const item = this.shown[Number(element.dataset.index)];
      if (item && !this.impressed.has(item.id)) this.observer.observe(element);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting || entry.intersectionRatio < 0.5) continue;
      const index = Number((entry.target as HTMLElement).dataset.index);
      const item = this.shown[index];
      this.observer?.unobserve(entry.target);
      if (!item || this.impressed.has(item.id)) continue;
      this.impressed.add(item.id);
      emit(this, 'news-impression', { item, index });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'headline-list': HeadlineList;
  }
}
