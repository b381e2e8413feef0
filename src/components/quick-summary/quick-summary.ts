import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import type { NewsItem } from '../../feed/types.js';
import { styles } from './quick-summary.styles.js';

export interface QuickSummaryStrings extends WidgetStrings {
  /** The heading above the summary. */
  heading: string;
}

const english: QuickSummaryStrings = {
  ...widgetStrings,
  heading: 'Quick Summary',
};

/**
 * An article's summary in a box, under the heading "Quick Summary", as at the top of the seed
 * article: the article's `summary` in its own language and direction. An article without a
 * summary renders nothing at all: the element gets the `empty` attribute and `display: none`, so
 * it takes no room in the page. Loading and error states show as usual.
 *
 * @summary The quick summary of one article, in a box.
 * @tagname quick-summary
 *
 * @csspart base - The box (a `<section>`).
 * @csspart heading - The heading.
 * @csspart text - The summary's text.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-quick-summary-accent - The bar on the inline-start side (default: the theme accent).
 * @cssproperty --news-quick-summary-background - The box's background (default: the theme background with a hint of the accent).
 * @cssproperty --news-quick-summary-border - The box's outline colour (default: the theme border).
 * @cssproperty --news-quick-summary-bar-width - The width of the accent bar (default: `4px`).
 * @cssproperty --news-quick-summary-padding - The box's padding (default: `1em 1.25em`, tighter when narrow).
 */
export class QuickSummary extends NewsItemWidget<QuickSummaryStrings> {
  static override tagName = 'quick-summary';

  static override styles = [NewsItemWidget.styles, styles];

  /** The heading; the translated "Quick Summary" when absent, no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The summary of the shown article, trimmed; empty when it has none. */
  private summary = '';

  protected override get englishStrings(): QuickSummaryStrings {
    return english;
  }

  /** The heading to show, or undefined for none. */
  private get headingText(): string | undefined {
    return this.heading === '' ? undefined : (this.heading ?? this.text.heading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    this.summary = item?.summary?.trim() ?? '';
    // An article without a summary takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.summary);
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      ${this.headingText === undefined ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
      <div class="skeleton-text">
        <div class="skeleton-line"></div>
        <div class="skeleton-line short"></div>
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    if (!this.summary) return nothing;
    const heading = this.headingText;
    return html`<section class="base" part="base" aria-labelledby=${heading === undefined ? nothing : 'heading'}>
      ${heading === undefined ? nothing : renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading)}
      <p class="text" part="text" dir="auto" lang=${item.language || nothing}>${this.summary}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quick-summary': QuickSummary;
  }
}
