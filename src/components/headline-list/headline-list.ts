import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RelativeDateClock } from '../../controllers/relative-date-clock.js';
import { PagingController } from '../../controllers/paging-controller.js';
import { ImpressionController } from '../../controllers/impression-controller.js';
import { renderDate, type DateFormat } from '../../render/date.js';
import { renderHeading } from '../../render/heading.js';
import { metaRowStyles } from '../../render/meta-row.js';
import { formatDate, formatMinutes } from '../../i18n/intl.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsWidget } from '../../base/news-widget.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { hasFilters, headlineFilters, headlineTitle, passesFilters } from './headline-filters.js';
import { styles } from './headline-list.styles.js';

export type HeadlineListLayout = 'list' | 'grid' | 'compact';
export type HeadlineListDateFormat = DateFormat;

export interface HeadlineListStrings extends WidgetStrings {
  /** The default heading, when `heading` is absent and no `category` names the list. */
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

/**
 * A list of headlines linking to their articles, like "More from Headlines" under an article:
 * optional thumbnail, category, title, date and reading time, in a list, a grid of cards or a
 * compact text list. It follows its own width (container queries), not the viewport's: a
 * grid narrower than 30em shows compact rows, a small thumbnail beside each title, instead of
 * a column of full-width cards.
 * Filters (`category`, `tag`, `exclude`) and `limit` apply in the widget; "Load more" reveals
 * items hidden by `limit`, then follows the feed's `next_url` page by page.
 *
 * Thumbnails are decorative (`alt=""`): the headline right next to one names the link, and a
 * description of the photo would repeat or distract. Items without a title show a short
 * excerpt of their summary or text instead, so microblog feeds render too. In a grid of two
 * columns or more, an item without a picture gets a tile with the feed's icon in its place (no
 * box at all when the feed has no icon), so the cards stay aligned without looking broken.
 *
 * The heading defaults to the list's `category` as the feed writes it ("Politics"), else the
 * translated "Latest headlines": short enough for a sidebar and in the page's language, where the
 * feed's title ("Headlines — Global Banking & Finance Review®") is long, and in the feed's.
 *
 * @summary A list of headlines ("More from Headlines") with filters, a "View all" link and "Load more".
 * @tagname headline-list
 *
 * @csspart base - The wrapper around everything; it is the container for the layout's container queries.
 * @csspart header - The row with the heading and the "View all" link.
 * @csspart heading - The heading (an `h2`…`h6` element, see `heading-level`).
 * @csspart view-all - The "View all" link.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>` item.
 * @csspart link - The link to the article; it wraps the title and its hit area covers the whole item.
 * @csspart image - A thumbnail `<img>`.
 * @csspart image-placeholder - The tile with the feed's icon standing in for a missing picture in a grid of two columns or more.
 * @csspart placeholder-icon - The feed's icon on that tile.
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
 * @cssproperty --news-headline-list-heading-size - Font size of the heading (default `1.25em`).
 * @cssproperty --news-headline-list-title-size - Font size of the item titles (default `1em`; `0.9375em` in compact).
 * @cssproperty --news-headline-list-thumbnail-width - Width of the thumbnails in the list layout (default `7.5em`).
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
  static override styles = [NewsWidget.styles, metaRowStyles, styles];

  /** `list` (thumbnails beside titles), `grid` (cards; compact rows when narrower than 30em) or `compact` (text only). */
  @property({ reflect: true }) layout: HeadlineListLayout = 'list';

  /** How many items to show at first; all when absent. "Load more" shows this many more each time. */
  @property({ type: Number }) limit?: number;

  /** Show only items of this category (case-insensitive). */
  @property() category?: string;

  /** Show only items with this tag (case-insensitive). */
  @property() tag?: string;

  /** Ids of items to leave out, separated by commas or spaces (e.g. the article the page shows). */
  @property() exclude?: string;

  /**
   * The heading text; by default the `category` (as the feed writes it), else "Latest headlines"
   * in the page's language. An empty `heading=""` hides the heading.
   */
  @property() heading?: string;

  /** The heading's level, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Where "View all" links to; the feed's `home_page_url` by default. No link when neither exists. */
  @property({ attribute: 'more-href' }) moreHref?: string;

  /** `absolute` ("March 19, 2026") or `relative` ("3 hours ago", the exact date in a tooltip, kept current). */
  @property({ attribute: 'date-format' }) dateFormat: HeadlineListDateFormat = 'absolute';

  /** `category`, `tag` and `exclude`, ready to apply. */
  private filters = headlineFilters({});

  /** Which items are shown: `limit`, the filters, and "Load more" through the feed's `next_url`. */
  private readonly paging = new PagingController(this, {
    feed: () => this.loadedFeed,
    accepts: (item) => passesFilters(item, this.filters),
    pageSize: () => this.pageSize,
    loader: () => this.loader,
    focusItem: (index) => this.itemElements()[index]?.querySelector<HTMLElement>('.link')?.focus(),
  });

  constructor() {
    super();
    // Keeps relative dates ("3 hours ago") true while the list stays on the page.
    new RelativeDateClock(this);
    new ImpressionController(this, { items: () => this.paging.shown, elements: () => this.itemElements() });
  }

  protected override get englishStrings(): HeadlineListStrings {
    return english;
  }

  /** The feed once it has loaded. */
  private get loadedFeed(): NewsFeed | undefined {
    const state = this.feedController.state;
    return state.status === 'complete' ? state.feed : undefined;
  }

  /** `limit` as a usable number, or undefined for "show everything". */
  private get pageSize(): number | undefined {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : undefined;
  }

  private get layoutName(): HeadlineListLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  /** The rendered items, in order. */
  private itemElements(): NodeListOf<HTMLElement> {
    return this.renderRoot.querySelectorAll<HTMLElement>('li.item');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filtersChanged = changed.has('category') || changed.has('tag') || changed.has('exclude');
    if (filtersChanged) this.filters = headlineFilters(this);
    if (filtersChanged || changed.has('limit')) this.paging.restart();
  }

  private onLoadMore(event: Event): void {
    void this.paging.loadMore(event.currentTarget as HTMLElement);
  }

  protected override renderFeed(feed: NewsFeed): unknown {
    const { items, shown, canLoadMore, failed, moreShown } = this.paging;
    const layout = this.layoutName;
    const heading = this.heading ?? ((this.filters.category && shown[0]?.category) || this.text.heading);
    const more = this.moreHref || feed.homePageUrl;
    // Placeholders keep grid cards aligned, but only when some items have pictures to align with.
    const icon = layout === 'grid' && shown.some((item) => item.image) ? feed.icon || feed.favicon : undefined;
    return html`<section part="base" class="base layout-${layout}" aria-labelledby=${heading ? 'heading' : nothing}>
      ${this.renderHeader(heading, more)}
      ${
        shown.length === 0
          ? this.renderEmpty(items.length > 0 && hasFilters(this.filters) ? this.text.noMatches : this.text.empty)
          : html`<ul part="list" class="list" role="list">
            ${shown.map((item) => this.renderItem(item, layout, icon))}
          </ul>`
      }
      ${canLoadMore || failed ? this.renderFooter() : nothing}
      <div class="visually-hidden" role="status">${moreShown ? this.text.moreShown : ''}</div>
    </section>`;
  }

  private renderHeader(heading: string, more: string | undefined): unknown {
    if (!heading && !more) return nothing;
    return html`<div part="header" class="header">
      ${heading ? renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading) : nothing}
      ${
        more
          ? html`<a part="view-all" class="view-all" href=${more} aria-describedby=${heading ? 'heading' : nothing}
            >${this.text.viewAll}</a
          >`
          : nothing
      }
    </div>`;
  }

  /**
   * A plain left click on a headline: `news-select` for the item of that row. One handler for
   * every link (not a closure per item), so Lit never swaps listeners when the list re-renders.
   */
  private onLinkClick(event: MouseEvent): void {
    const row = (event.currentTarget as Element).closest('li');
    const item = row && this.paging.shown[[...this.itemElements()].indexOf(row as HTMLElement)];
    if (item) this.selectItem(event, item);
  }

  /**
   * One item. Its usual parts (link and title, meta line and date) are written into one template
   * each rather than nested ones: every nested template is one more clone and walk per item, the
   * largest part of the list's script work (`npm run bench -- --profile "scriptOnly(10)"`). The
   * date is renderDate()'s absolute `<time>`, written out here; a relative date still uses it.
   */
  private renderItem(item: NewsItem, layout: HeadlineListLayout, icon: string | undefined): TemplateResult {
    const title = headlineTitle(item);
    const image = item.image ?? item.bannerImage;
    const date = item.datePublished ?? item.dateModified;
    const hasKicker = !!item.category || item.sponsored;
    const readingText =
      item.readingTimeMinutes !== undefined
        ? format(this.text.readingTime, { duration: formatMinutes(item.readingTimeMinutes, this.locale) })
        : undefined;
    const reading = readingText === undefined ? nothing : html`<span part="reading-time" class="reading-time">${readingText}</span>`;
    let meta: unknown = nothing;
    if (date && this.dateFormat !== 'relative') {
      // The usual meta line: date and reading time in one template.
      meta =
        readingText === undefined
          ? html`<div part="meta" class="meta">
              <time part="date" datetime=${date}>${formatDate(date, this.locale)}</time>
              ${nothing}
            </div>`
          : html`<div part="meta" class="meta">
              <time part="date" datetime=${date}>${formatDate(date, this.locale)}</time>
              <span part="reading-time" class="reading-time">${readingText}</span>
            </div>`;
    } else if (date || readingText !== undefined) {
      meta = html`<div part="meta" class="meta">
        ${date ? renderDate(date, this.locale, this.dateFormat) : nothing}
        ${reading}
      </div>`;
    }
    const kicker = !hasKicker
      ? nothing
      : item.category
        ? html`<div part="kicker" class="kicker">
            <span part="category" class="category">${item.category}</span>${this.renderSponsored(item)}
          </div>`
        : html`<div part="kicker" class="kicker">
            ${this.renderSponsored(item)}
          </div>`;
    return html`<li part="item" class="item ${image && layout !== 'compact' ? 'has-image' : ''}">
      ${layout === 'compact' ? nothing : this.renderImage(image, icon)}
      <div class="body">
        ${kicker}
        ${
          item.url
            ? html`<a part="link" class="link" href=${item.url} @click=${this.onLinkClick}><span part="title" class="title" dir="auto">${title}</span></a>`
            : html`<span part="title" class="title" dir="auto">${title}</span>`
        }
        ${meta}
      </div>
    </li>`;
  }

  /** The box is sized by CSS (aspect-ratio) before the picture arrives, so nothing shifts. Without one, the feed's `icon` on a tile. */
  private renderImage(image: string | undefined, icon: string | undefined): unknown {
    if (image) {
      return html`<div class="thumb">
        <img part="image" class="image cover" src=${image} alt="" loading="lazy" decoding="async" />
      </div>`;
    }
    return icon
      ? html`<div part="image-placeholder" class="thumb placeholder">
          <img part="placeholder-icon" class="icon" src=${icon} alt="" loading="lazy" decoding="async" />
        </div>`
      : nothing;
  }

  private renderFooter(): TemplateResult {
    const { canLoadMore, failed, loading } = this.paging;
    return html`<div part="footer" class="footer">
      ${failed ? html`<p part="load-more-error" class="load-more-error" role="alert">${this.text.loadMoreError}</p>` : nothing}
      ${
        canLoadMore
          ? html`<button
            part="load-more"
            class="button load-more"
            type="button"
            aria-disabled=${loading ? 'true' : 'false'}
            @click=${this.onLoadMore}
          >
            ${loading ? html`<span class="spinner" aria-hidden="true"></span>${this.text.loadingMore}` : this.text.loadMore}
          </button>`
          : nothing
      }
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
}

declare global {
  interface HTMLElementTagNameMap {
    'headline-list': HeadlineList;
  }
}
