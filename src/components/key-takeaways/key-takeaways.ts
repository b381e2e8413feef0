import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../../events/news-events.js';
import { renderHeading } from '../../render/heading.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { siteName } from '../../util/site-name.js';
import type { NewsItem, NewsSource, NewsTakeaway } from '../../feed/types.js';
import { styles } from './key-takeaways.styles.js';

export interface KeyTakeawaysStrings extends WidgetStrings {
  /** The heading above the list. */
  heading: string;
  /** The toggle's label while some takeaways are hidden; `{count}` is the total number. */
  showAll: string;
  /** The toggle's label once every takeaway shows. */
  showFewer: string;
  /** Read after a source link's name when `target` opens a new tab or window. */
  opensInNewTab: string;
}

const english: KeyTakeawaysStrings = {
  ...widgetStrings,
  heading: 'Key Takeaways',
  showAll: 'Show all {count}',
  showFewer: 'Show fewer',
  opensInNewTab: '(opens in a new tab)',
};

/** Targets that navigate in place rather than opening another tab or window. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_parent', '_top']);

/**
 * An article's key takeaways as a callout: a heading and a bulleted list, each takeaway followed
 * by its source as a citation link named by the source's title or, failing that, its domain.
 * With `limit`, only the first takeaways show and a "Show all N" button reveals the rest
 * (`expanded`, `toggle()`). An article without takeaways renders nothing at all: the element gets
 * the `empty` attribute and `display: none`, so it takes no room in the page. Loading and error
 * states show as usual.
 *
 * @summary The key takeaways of one article, each citing its source.
 * @tagname key-takeaways
 *
 * @csspart base - The callout box (a `<section>`).
 * @csspart heading - The heading.
 * @csspart list - The list of takeaways (`<ul>`).
 * @csspart takeaway - One takeaway (`<li>`).
 * @csspart text - A takeaway's text.
 * @csspart source - A takeaway's source link.
 * @csspart toggle - The "Show all" / "Show fewer" button.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-key-takeaways-accent - The bar on the inline-start side and the bullets (default: the theme accent).
 * @cssproperty --news-key-takeaways-background - The callout's background (default: the theme surface).
 * @cssproperty --news-key-takeaways-bar-width - The width of the accent bar (default: `4px`).
 * @cssproperty --news-key-takeaways-padding - The callout's padding (default: `1.25em 1.5em`, tighter when narrow).
 * @cssproperty --news-key-takeaways-gap - The space between takeaways (default: `0.75em`).
 *
 * @fires news-toggle - The reader pressed "Show all" or "Show fewer", or `toggle()` was called;
 *   detail `{ open }`, the state about to be taken. Cancelable: `preventDefault()` keeps the
 *   current state. Setting `expanded` fires nothing.
 */
export class KeyTakeaways extends NewsItemWidget<KeyTakeawaysStrings> {
  static override tagName = 'key-takeaways';

  static override styles = [NewsItemWidget.styles, styles];

  /** The heading; the translated "Key Takeaways" when absent, no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Show at most this many takeaways, with a button that reveals the rest; 0 or absent shows all. */
  @property({ type: Number }) limit?: number;

  /**
   * Where source links open, like `<a target>` (e.g. `_blank`). Links that open a new tab get
   * `rel="noopener noreferrer"` and say so to screen readers. Same tab by default.
   */
  @property() target?: string;

  /**
   * Whether every takeaway shows although there are more than `limit`. Another article starts
   * collapsed again.
   */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The takeaways of the shown article that have a text, derived before each render. */
  private takeaways: readonly NewsTakeaway[] = [];

  protected override get englishStrings(): KeyTakeawaysStrings {
    return english;
  }

  /** The heading to show, or undefined for none. */
  private get headingText(): string | undefined {
    return this.heading === '' ? undefined : (this.heading ?? this.text.heading);
  }

  private get limitCount(): number | undefined {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : undefined;
  }

  private get opensNewTab(): boolean {
    return !SAME_TAB_TARGETS.has((this.target ?? '').trim().toLowerCase());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another article or feed starts collapsed again, unless `expanded` was set with it.
    if ((changed.has('item') || changed.has('feed') || changed.has('src')) && !changed.has('expanded')) this.expanded = false;
    // A takeaway without text has nothing to say, even when it names a source.
    const item = this.currentItem;
    this.takeaways = item?.keyTakeaways.filter((takeaway) => takeaway.text) ?? [];
    // An article without takeaways takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.takeaways.length);
  }

  /**
   * Shows every takeaway, or only the first `limit` ones (`force` true or false, as in
   * `toggleAttribute`). Fires `news-toggle` first, which a listener may cancel. Returns whether
   * every takeaway shows afterwards.
   */
  toggle(force = !this.expanded): boolean {
    if (force !== this.expanded && emit(this, 'news-toggle', { open: force }, { cancelable: true })) this.expanded = force;
    return this.expanded;
  }

  private renderHeading(text: string): TemplateResult {
    return renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, text);
  }

  protected override renderLoading(): TemplateResult {
    const rows = Math.min(this.limitCount ?? 3, 3);
    return html`<div class="base">
      <div class="inner">
        ${this.headingText === undefined ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
        <div class="skeleton-list">
          ${Array.from(
            { length: rows },
            () => html`<div class="skeleton-takeaway">
              <div class="skeleton-line"></div>
              <div class="skeleton-line"></div>
              <div class="skeleton-line short"></div>
            </div>`
          )}
        </div>
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    const takeaways = this.takeaways;
    if (!takeaways.length) return nothing;
    const limit = this.limitCount;
    const collapsible = limit !== undefined && takeaways.length > limit;
    const shown = collapsible && !this.expanded ? takeaways.slice(0, limit) : takeaways;
    const heading = this.headingText;
    return html`<section class="base" part="base" aria-labelledby=${heading === undefined ? nothing : 'heading'}>
      <div class="inner">
        ${heading === undefined ? nothing : this.renderHeading(heading)}
        <!-- role="list": Safari drops list semantics when list-style is none. -->
        <ul id="list" class="list" part="list" role="list" lang=${item.language || nothing}>
          ${shown.map((takeaway) => this.renderTakeaway(takeaway))}
        </ul>
        ${
          collapsible
            ? html`<button
              class="button toggle"
              part="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="list"
              @click=${() => this.toggle()}
            >
              ${this.expanded ? this.text.showFewer : format(this.text.showAll, { count: takeaways.length })}
              <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
            </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  /**
   * `dir="auto"` on the whole takeaway: text in another script than the page's keeps its own
   * direction and alignment, and its citation, in the same run, follows its last words (on a
   * right-to-left page an English takeaway reads left to right with the source at its end).
   */
  private renderTakeaway(takeaway: NewsTakeaway): TemplateResult {
    return html`<li class="takeaway" part="takeaway" dir="auto">
      <span class="text" part="text">${takeaway.text}</span>${takeaway.source ? html` ${this.renderSource(takeaway.source)}` : nothing}
    </li>`;
  }

  private renderSource(source: NewsSource): TemplateResult {
    const newTab = this.opensNewTab;
    // The parentheses are citation punctuation around the link, as in the seed article.
    return html`<span class="citation"
      >(<a
        class="source"
        part="source"
        href=${source.url}
        target=${this.target?.trim() || nothing}
        rel=${newTab ? 'noopener noreferrer' : 'noopener'}
        referrerpolicy="strict-origin-when-cross-origin"
        >${source.title || siteName(source.url)}${newTab ? html`<span class="visually-hidden"> ${this.text.opensInNewTab}</span>` : nothing}</a
      >)</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-takeaways': KeyTakeaways;
  }
}
