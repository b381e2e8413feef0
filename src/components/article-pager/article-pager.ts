import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import type { NewsFeed, NewsItem, NewsLink } from '../../feed/types.js';
import { styles } from './article-pager.styles.js';

export interface ArticlePagerStrings extends WidgetStrings {
  /** The accessible name of the navigation landmark. */
  label: string;
  /** The label above the previous article's title when the article has no category. */
  previous: string;
  /** The label above the next article's title when the article has no category. */
  next: string;
  /** The label above the previous article's title; `{category}` is the category (the seed's "Previous Headlines Post"). */
  previousInCategory: string;
  /** The label above the next article's title; `{category}` is the category. */
  nextInCategory: string;
}

const english: ArticlePagerStrings = {
  ...widgetStrings,
  label: 'Previous and next articles',
  previous: 'Previous article',
  next: 'Next article',
  previousInCategory: 'Previous {category} Post',
  nextInCategory: 'Next {category} Post',
};

/** One side of the pager, resolved against the feed. */
interface Side {
  readonly rel: 'prev' | 'next';
  readonly title: string;
  readonly url: string;
  /** The linked article when it is in the same feed: `news-select` names it. */
  readonly item?: NewsItem;
  /** The category the label names: the linked article's, else the shown article's. */
  readonly category?: string;
  readonly lang?: string;
}

/**
 * Links to the previous and next articles of one article (`_news.previous` / `_news.next`), as
 * at the foot of the seed page: a navigation landmark with a `rel="prev"` link on the
 * inline-start side and a `rel="next"` link on the inline-end side, each a label ("Previous
 * Headlines Post", from the category; "Previous article" without one) above the linked title.
 * Side by side in a wide column, stacked in a narrow one; the arrows mirror in right-to-left pages.
 *
 * A link whose `id` names an article of the same feed goes to that article's URL, and a plain click
 * on it fires `news-select` with that article. A link to an article outside the feed is an ordinary
 * link without an event (there is no NewsItem to name). A side without a URL to go to is left out,
 * and the other keeps its place; an article with neither renders nothing at all: the element gets
 * the `empty` attribute and `display: none`.
 *
 * @summary Previous / next article links below an article.
 * @tagname article-pager
 *
 * @csspart base - The navigation landmark (a `<nav>`).
 * @csspart link - Each of the two links (with `previous` or `next`).
 * @csspart previous - The link to the previous article.
 * @csspart next - The link to the next article.
 * @csspart label - The small label of a link ("Previous Headlines Post").
 * @csspart title - The linked article's title.
 * @csspart arrow - The arrow beside a label.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-pager-gap - Space between the two links (default `1em`).
 * @cssproperty --news-article-pager-padding - Padding inside each link (default `1em 1.25em`).
 * @cssproperty --news-article-pager-background - Each link's background (default: the theme background).
 * @cssproperty --news-article-pager-border - Each link's border (default `1px solid` the theme border colour).
 *
 * @fires news-select - A plain left click on a link to an article of the same feed; detail
 *   `{ item, url, originalEvent }`. Cancelable: `preventDefault()` stops the navigation (a
 *   single-page app routing itself). Not fired for articles outside the feed.
 */
export class ArticlePager extends NewsItemWidget<ArticlePagerStrings> {
  static override tagName = 'article-pager';

  static override styles = [NewsItemWidget.styles, styles];

  /** The two sides of the shown article, derived before each render. */
  private sides: readonly (Side | undefined)[] = [];

  protected override get englishStrings(): ArticlePagerStrings {
    return english;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    const state = this.feedController.state;
    const feed = state.status === 'complete' ? state.feed : undefined;
    this.sides = item && feed ? [resolve(item.previous, 'prev', item, feed), resolve(item.next, 'next', item, feed)] : [];
    // An article with neither side takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.sides.some(Boolean));
  }

  private onClick(event: MouseEvent, side: Side): void {
    if (side.item) this.selectItem(event, side.item);
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      ${[0, 1].map(
        () => html`<div class="link skeleton-link">
          <div class="skeleton-line skeleton-label"></div>
          <div class="skeleton-line skeleton-title"></div>
          <div class="skeleton-line skeleton-title short"></div>
        </div>`
      )}
    </div>`;
  }

  protected override renderItem(): unknown {
    const [previous, next] = this.sides;
    if (!previous && !next) return nothing;
    return html`<nav class="base" part="base" aria-label=${this.text.label}>
      ${previous ? this.renderSide(previous) : nothing}${next ? this.renderSide(next) : nothing}
    </nav>`;
  }

  private renderSide(side: Side): TemplateResult {
    const previous = side.rel === 'prev';
    const text = this.text;
    const label = side.category
      ? format(previous ? text.previousInCategory : text.nextInCategory, { category: side.category })
      : previous
        ? text.previous
        : text.next;
    const name = previous ? 'previous' : 'next';
    // The label and the title both name the link: "Previous Headlines Post, As Israel expands strikes…". The
    // title's text keeps its own direction (an inline dir="auto") but lines up with its side of the pager.
    return html`<a class="link ${name}" part="link ${name}" href=${side.url} rel=${side.rel} @click=${(event: MouseEvent) => this.onClick(event, side)}>
      <span class="label" part="label"
        ><svg class="arrow" part="arrow" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d=${previous ? 'M10 3L5 8l5 5' : 'M6 3l5 5-5 5'} /></svg
        ><span class="label-text">${label}</span></span
      >
      <span class="title" part="title"><span dir="auto" lang=${side.lang || nothing}>${side.title}</span></span>
    </a>`;
  }
}

/**
 * One side of the pager: the link, with the article it names when that is in `feed` (its URL
 * wins, as the feed's own page for it). Undefined when there is no link or nowhere to go.
 */
function resolve(link: NewsLink | undefined, rel: Side['rel'], current: NewsItem, feed: NewsFeed): Side | undefined {
  if (!link) return undefined;
  const item = link.id === undefined ? undefined : feed.items.find((candidate) => candidate.id === link.id);
  const url = item?.url ?? link.url;
  if (!url) return undefined;
  return { rel, title: link.title, url, item, category: item?.category ?? current.category, lang: item?.language ?? current.language };
}

declare global {
  interface HTMLElementTagNameMap {
    'article-pager': ArticlePager;
  }
}
