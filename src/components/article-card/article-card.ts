import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RelativeDateClock } from '../../controllers/relative-date-clock.js';
import { renderDate, type DateFormat } from '../../render/date.js';
import { formatList, formatMinutes } from '../../i18n/intl.js';
import { renderHeading } from '../../render/heading.js';
import { metaRowStyles } from '../../render/meta-row.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { excerpt } from '../../util/text.js';
import type { NewsItem } from '../../feed/types.js';
import { styles } from './article-card.styles.js';

export type ArticleCardLayout = 'vertical' | 'horizontal' | 'compact' | 'hero';
export type ArticleCardDateFormat = DateFormat;

const LAYOUTS: readonly ArticleCardLayout[] = ['vertical', 'horizontal', 'compact', 'hero'];

/** Characters of summary or body text that stand in for a missing title. */
const EXCERPT_LENGTH = 90;

export interface ArticleCardStrings extends WidgetStrings {
  /** The author line; `{authors}` is a localized list of names. */
  byline: string;
  /** `{duration}` is a localized "3 min". */
  readingTime: string;
  /** Accessible name of the tag list. */
  tags: string;
  /** The title of an item that has no title and no text to quote. */
  untitled: string;
}

const english: ArticleCardStrings = {
  ...widgetStrings,
  byline: 'By {authors}',
  readingTime: '{duration} read',
  tags: 'Tags',
  untitled: 'Untitled article',
};

/**
 * One article as a teaser card: image with its caption, category, title, summary, author, date,
 * reading time and tags. The whole card is a single link target (the title's link stretches over
 * it), so nothing interactive is nested and the card is one stop in the tab order. Parts can be
 * hidden from outside, e.g. `article-card::part(tags) { display: none }`.
 *
 * @summary A teaser card for one article, in vertical, horizontal, compact or hero layout.
 * @tagname article-card
 *
 * @csspart base - The card (`<article>`).
 * @csspart image - The `<img>`.
 * @csspart caption - The image caption (`<figcaption>`), when the feed gives one.
 * @csspart body - The text block: category, title, summary, meta and tags.
 * @csspart category - The category line above the title.
 * @csspart title - The heading.
 * @csspart link - The title's link, which covers the whole card.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with author, date and reading time.
 * @csspart author - The author names.
 * @csspart date - The `<time>` element.
 * @csspart reading-time - The reading time.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart sponsored - The "Sponsored" label of an advertorial.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed is empty or lacks the item.
 * @csspart error - The error block (`role="alert"`).
 * @csspart retry - The retry button of the error and stale blocks.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-card-image-ratio - Aspect ratio of the image box, and the smallest shape of a hero card (default `16 / 9`).
 * @cssproperty --news-article-card-media-width - Width of the image column in the horizontal layout (default `40%`).
 * @cssproperty --news-article-card-summary-lines - Lines of summary shown before it is cut off (default 3; 2 in compact and in a wide hero, 4 in a narrow hero).
 * @cssproperty --news-article-card-scrim-color - The shade under a hero card's text (default a near-black).
 * @cssproperty --news-article-card-on-scrim-color - Text colour on that shade (default white, in both themes).
 *
 * @fires news-select - The reader clicked the card with the primary button and no modifier key;
 *   detail `{ item, url, originalEvent }`. Cancelable: `preventDefault()` stops the navigation,
 *   so a single-page app can route instead.
 */
export class ArticleCard extends NewsItemWidget<ArticleCardStrings> {
  static override tagName = 'article-card';
  static override styles = [NewsItemWidget.styles, metaRowStyles, styles];

  /**
   * `vertical` (image above the text), `horizontal` (image beside the text; vertical when the
   * card is narrower than 30em), `compact` (no image) or `hero` (text over the image; narrower
   * than 36em, the image on top with its caption and the text below it, so neither covers the other).
   */
  @property({ reflect: true }) layout: ArticleCardLayout = 'vertical';

  /** The level (2–6) of the card's title, its only heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** `absolute` ("March 19, 2026") or `relative` ("3 days ago", the exact date in a tooltip, kept current). */
  @property({ attribute: 'date-format' }) dateFormat: ArticleCardDateFormat = 'absolute';

  /** An image URL that failed to load: the card is then drawn without it. */
  @state() private brokenImage?: string;

  constructor() {
    super();
    // Keeps a relative date ("3 hours ago") true while the card stays on the page.
    new RelativeDateClock(this);
  }

  private get currentLayout(): ArticleCardLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'vertical';
  }

  protected override get englishStrings(): ArticleCardStrings {
    return english;
  }

  protected override renderLoading(): TemplateResult {
    const layout = this.currentLayout;
    const lines = html`<div class="body">
      <div class="skeleton-line category-line"></div>
      <div class="skeleton-line title-line"></div>
      <div class="skeleton-line title-line short"></div>
      <div class="skeleton-line meta-line"></div>
    </div>`;
    return html`<div class="container">
      <div class="card ${layout} skeleton-card">
        ${layout === 'compact' ? nothing : html`<div class="media"><div class="frame skeleton-box"></div></div>`}
        ${lines}
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): TemplateResult {
    const layout = this.currentLayout;
    const src = item.image ?? item.bannerImage;
    const image = layout !== 'compact' && src && src !== this.brokenImage ? src : undefined;
    // Without a title the card quotes its text; the summary is then not repeated below it.
    const quoted = item.title ? undefined : (item.summary ?? item.contentText);
    const title = item.title ?? (quoted ? excerpt(quoted, EXCERPT_LENGTH) : this.text.untitled);
    const summary = item.title || !item.summary ? item.summary : undefined;
    return html`<div class="container">
      <article part="base" class="card ${layout} ${image ? 'has-image' : 'no-image'}">
        ${image ? this.renderMedia(item, image, layout === 'hero') : nothing}
        <div class="body" part="body">
          ${this.renderKicker(item)} ${this.renderTitle(item, title)}
          ${summary ? html`<p class="summary" part="summary" lang=${item.language ?? nothing} dir="auto">${summary}</p>` : nothing}
          ${this.renderFooter(item)}
        </div>
      </article>
    </div>`;
  }

  /** `prominent`: likely the page's largest element (a hero), so it loads at once and first, not lazily, lest it delay LCP. */
  private renderMedia(item: NewsItem, src: string, prominent: boolean): TemplateResult {
    // The box is sized by aspect-ratio before the image arrives, so nothing shifts.
    const img = html`<div class="frame">
      <img
        part="image"
        class="cover"
        src=${src}
        alt=${item.imageAlt ?? ''}
        loading=${prominent ? 'eager' : 'lazy'}
        fetchpriority=${prominent ? 'high' : nothing}
        decoding="async"
        @error=${() => (this.brokenImage = src)}
      />
    </div>`;
    return item.imageCaption
      ? html`<figure class="media">${img}<figcaption class="caption" part="caption" dir="auto">${item.imageCaption}</figcaption></figure>`
      : html`<div class="media">${img}</div>`;
  }

  private renderKicker(item: NewsItem): unknown {
    if (!item.category && !item.sponsored) return nothing;
    return html`<p class="kicker">
      ${item.category ? html`<span class="category" part="category">${item.category}</span>` : nothing}${this.renderSponsored(item)}
    </p>`;
  }

  // Feed text carries no direction of its own: dir="auto" keeps an English title readable on an Arabic page.
  private renderTitle(item: NewsItem, title: string): TemplateResult {
    const content = item.url
      ? html`<a class="link" part="link" href=${item.url} @click=${(event: MouseEvent) => this.selectItem(event, item)}>${title}</a>`
      : title;
    return renderHeading(this.headingLevel, 3, { name: 'title', lang: item.language }, content);
  }

  /** Meta line and tags share one footer, pinned to the bottom of cards stretched to equal heights. */
  private renderFooter(item: NewsItem): unknown {
    const meta = this.renderMeta(item);
    if (meta === nothing && !item.tags.length) return nothing;
    // role="list" because Safari drops list semantics from lists styled without bullets.
    return html`<div class="footer">
      ${meta}
      ${
        item.tags.length
          ? html`<ul class="tags" part="tags" role="list" aria-label=${this.text.tags}>
            ${item.tags.map((tag) => html`<li class="tag" part="tag" lang=${item.language ?? nothing}>${tag}</li>`)}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private renderMeta(item: NewsItem): unknown {
    const names = item.authors.map((author) => author.name).filter((name): name is string => !!name);
    const date = item.datePublished ?? item.dateModified;
    const minutes = item.readingTimeMinutes;
    if (!names.length && !date && !minutes) return nothing;
    const lang = this.locale;
    const authors = names.length ? format(this.text.byline, { authors: formatList(names, lang) }) : undefined;
    const duration = minutes ? format(this.text.readingTime, { duration: formatMinutes(minutes, lang) }) : undefined;
    return html`<p class="meta" part="meta">
      ${authors ? html`<span class="author" part="author">${authors}</span>` : nothing}
      ${date ? renderDate(date, lang, this.dateFormat) : nothing}
      ${duration ? html`<span class="reading-time" part="reading-time">${duration}</span>` : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
