import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../../events/news-events.js';
import { renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsWidget } from '../../base/news-widget.js';
import { LineClampController } from '../../controllers/line-clamp-controller.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { styles } from './editorial-disclosure.styles.js';

export interface EditorialDisclosureStrings extends WidgetStrings {
  /** The heading above the disclosure (the `heading` attribute wins). */
  heading: string;
  /** The button's label while the text is shortened. */
  readMore: string;
  /** The button's label once the whole text shows. */
  showLess: string;
}

const english: EditorialDisclosureStrings = {
  ...widgetStrings,
  heading: 'Editorial & advertiser disclosure',
  readMore: 'Read more',
  showLess: 'Show less',
};

/**
 * The feed's editorial and advertiser disclosure (`_news.disclosure`, feed-level text), as at the
 * foot of the seed page: a heading and the text, shortened to its first lines (three by default,
 * `--news-editorial-disclosure-lines`) with a "Read more" button that shows it whole
 * (`expanded`, `toggle()`). The button appears only when the text is longer than those lines.
 *
 * The whole text is always in the DOM, collapsed or not: shortening is visual only, so screen
 * readers, find-in-page and search engines get every word of what is legal text. The button's
 * `aria-expanded` tells sighted keyboard and screen-reader users alike whether all of it shows.
 *
 * When the article (`item`, else the feed's first) is sponsored, the "Sponsored" label shows under
 * the heading, the advertorial labelling of the contract; it shows even when the feed has no
 * disclosure. The disclosure belongs to the feed, so a missing article does not hide it. With
 * neither a disclosure nor a sponsored article the widget renders nothing: the element gets the
 * `empty` attribute and `display: none`.
 *
 * @summary The editorial and advertiser disclosure, collapsible, with the sponsored label.
 * @tagname editorial-disclosure
 *
 * @csspart base - The box (a `<section>`).
 * @csspart heading - The heading.
 * @csspart sponsored - The "Sponsored" label of a sponsored article.
 * @csspart text - The disclosure's text (its paragraphs).
 * @csspart toggle - The "Read more" / "Show less" button.
 * @csspart message - The message shown when no feed was given.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-editorial-disclosure-lines - How many lines show while shortened (default `3`).
 * @cssproperty --news-editorial-disclosure-background - The box's background (default: the theme surface).
 * @cssproperty --news-editorial-disclosure-padding - The box's padding (default `1.143em 1.429em` of the text: 16 and 20 px at the default sizes).
 * @cssproperty --news-editorial-disclosure-font-size - The text's size (default `0.875em`).
 *
 * @fires news-toggle - The reader pressed "Read more" or "Show less", or `toggle()` was called;
 *   detail `{ open }`, the state about to be taken. Cancelable: `preventDefault()` keeps the
 *   current state. Setting `expanded` fires nothing.
 */
export class EditorialDisclosure extends NewsWidget<EditorialDisclosureStrings> {
  static override tagName = 'editorial-disclosure';

  static override styles = [NewsWidget.styles, styles];

  /**
   * The id of the article the disclosure sits under, for its sponsored label; the feed's first
   * item when absent. The disclosure itself is the feed's and shows whatever this names.
   */
  @property() item?: string;

  /** The heading; the translated "Editorial & advertiser disclosure" when absent, no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Whether the whole text shows rather than its first lines. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The disclosure's paragraphs and the article, derived before each render. */
  private paragraphs: readonly string[] = [];
  private article?: NewsItem;

  /** Whether the text is longer than its shortened lines, measured as its box changes size. */
  private readonly clamp = new LineClampController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('.text'),
    lines: (_text, style) => Number(style.getPropertyValue('--_ed-lines')) || 3,
  });

  protected override get englishStrings(): EditorialDisclosureStrings {
    return english;
  }

  /** The heading to show, or undefined for none. */
  private get headingText(): string | undefined {
    return this.heading === '' ? undefined : (this.heading ?? this.text.heading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedController.state;
    const feed = state.status === 'complete' ? state.feed : undefined;
    this.paragraphs = feed?.disclosure?.split(/\n\s*\n/).filter((paragraph) => paragraph.trim()) ?? [];
    this.article = feed && (this.item ? feed.items.find((candidate) => candidate.id === this.item) : feed.items[0]);
    // Nothing to disclose takes no room at all (loading and errors still show).
    this.toggleAttribute('empty', !!feed && !this.paragraphs.length && !this.article?.sponsored);
  }

  /**
   * Shows the whole text, or only its first lines (`force` true or false, as in `toggleAttribute`).
   * Fires `news-toggle` first, which a listener may cancel. Returns whether the whole text shows
   * afterwards.
   */
  toggle(force = !this.expanded): boolean {
    if (force !== this.expanded && emit(this, 'news-toggle', { open: force }, { cancelable: true })) this.expanded = force;
    return this.expanded;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      ${this.headingText === undefined ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
      <div class="skeleton-text">
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line short"></div>
      </div>
      <div class="skeleton-line skeleton-toggle"></div>
    </div>`;
  }

  protected override renderFeed(feed: NewsFeed): unknown {
    const paragraphs = this.paragraphs;
    const sponsored = this.article ? this.renderSponsored(this.article) : nothing;
    if (!paragraphs.length && sponsored === nothing) return nothing;
    const heading = this.headingText;
    const collapsible = paragraphs.length > 0 && (this.clamp.overflows || this.expanded);
    return html`<section class="base" part="base" aria-labelledby=${heading === undefined ? nothing : 'heading'}>
      ${heading === undefined ? nothing : renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading)}
      ${sponsored === nothing ? nothing : html`<p class="label">${sponsored}</p>`}
      ${
        paragraphs.length
          ? html`<div id="text" class="text ${this.expanded ? '' : 'clamped'}" part="text" dir="auto" lang=${feed.language || nothing}>
            ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
          </div>`
          : nothing
      }
      ${
        collapsible
          ? html`<button
            class="button toggle"
            part="toggle"
            type="button"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="text"
            @click=${() => this.toggle()}
          >
            ${this.expanded ? this.text.showLess : this.text.readMore}
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'editorial-disclosure': EditorialDisclosure;
  }
}
