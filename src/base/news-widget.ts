/**
 * The base of every widget: the feed's source (from FeedSourceElement), a `<news-feed>` ancestor's
 * feed, the states every widget shows the same way (loading, error with a retry where one can
 * help, stale, no source), theme, and language and strings (through a LocaleController).
 * A subclass supplies `englishStrings`, `renderFeed()` and, for a true-to-size skeleton,
 * `renderLoading()`.
 */
import { ContextConsumer } from '@lit/context';
import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext, type FeedSource } from '../feed/context.js';
import type { FeedError } from '../feed/errors.js';
import type { NewsFeed, NewsItem } from '../feed/types.js';
import { emit } from '../events/news-events.js';
import { widgetStrings, type WidgetStrings } from '../i18n/strings.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedSourceElement } from './feed-source-element.js';
import { stateStyles, themeStyles } from './styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * What every widget shares; the analyzer passes these tags down to each widget's docs.
 *
 * @fires news-feed-load - The widget's own feed arrived (or, with `stale: true`, a refresh failed and the last good copy stays); detail `{ feed, url, dropped, stale }`.
 * @fires news-feed-error - The widget's own feed could not be shown; detail `{ error, url }`.
 * @cssproperty --news-color-background - Surfaces the widget paints (cards, panels).
 * @cssproperty --news-color-surface - Quiet backgrounds: callouts, stale notices, chips.
 * @cssproperty --news-color-text - Body text.
 * @cssproperty --news-color-muted - Secondary text: dates, sources, captions.
 * @cssproperty --news-color-border - Rules and outlines.
 * @cssproperty --news-color-accent - Links, buttons, highlights.
 * @cssproperty --news-color-on-accent - Text on the accent colour.
 * @cssproperty --news-color-danger - Error states.
 * @cssproperty --news-color-skeleton - Loading placeholders.
 * @cssproperty --news-color-sponsored - Background of the sponsored label.
 * @cssproperty --news-color-on-sponsored - Text of the sponsored label.
 * @cssproperty --news-color-focus - Focus rings.
 * @cssproperty --news-font-family - Text font.
 * @cssproperty --news-font-family-heading - Heading font.
 * @cssproperty --news-font-size - Base font size.
 * @cssproperty --news-line-height - Base line height.
 * @cssproperty --news-radius - Corner radius of cards and panels.
 * @cssproperty --news-widget-background - The host's own background (transparent by default).
 * @csspart message - The "no feed was given" message.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The "nothing to show" message.
 * @csspart error - The error box (role="alert").
 * @csspart retry - The retry button of the error box and the stale notice.
 * @csspart stale - The notice shown above data kept after a failed refresh.
 */
export abstract class NewsWidget<S extends WidgetStrings = WidgetStrings> extends FeedSourceElement {
  static override styles: CSSResultGroup = [themeStyles, stateStyles];

  /** `auto` follows the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Language of the widget's strings and dates; inherited from the page when absent. */
  @property() override lang!: string;

  /** Replaces any visible string (see each widget's strings). */
  @property({ attribute: false }) strings: Partial<S> = {};

  /** Hears a `<news-feed>` ancestor, and updates the widget whenever its source changes. */
  private readonly feedConsumer = new ContextConsumer(this, { context: feedContext, subscribe: true });

  private readonly localization = new LocaleController<S>(this, () => ({
    english: this.englishStrings,
    table: (this.constructor as typeof NewsWidget).tagName,
    overrides: this.strings,
  }));

  /** The source a `<news-feed>` ancestor provides, if any. */
  get providedSource(): FeedSource | undefined {
    return this.feedConsumer.value;
  }

  /** The language actually used: own `lang`, else the nearest ancestor's, else the browser's. */
  get locale(): string {
    return this.localization.locale;
  }

  /**
   * The strings for the current language, merged with `strings`: resolved before each render, by
   * the controller's `hostUpdate`, which runs after `willUpdate` (read them in render and handlers).
   */
  protected get text(): S {
    return this.localization.text;
  }

  /** The widget's strings in English, complete: `widgetStrings` plus its own. */
  protected get englishStrings(): S {
    return widgetStrings as S;
  }

  /** On a page in another language, an update waits for its strings (a small download): no English flashes. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localization.pending;
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override render(): unknown {
    const state = this.feedController.state;
    switch (state.status) {
      case 'idle':
        return html`<p class="message" part="message">${this.text.noSource}</p>`;
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.renderError(state.error);
      case 'complete':
        return html`${state.staleError ? this.renderStale() : nothing}${this.renderFeed(state.feed)}`;
    }
  }

  /**
   * The loading placeholder (`renderLoading()`) in its `skeleton` part, with "Loading" for screen
   * readers: while the feed loads, and while a widget still reads what it has (a body it parses,
   * the parts an article downloads).
   */
  protected renderSkeleton(): TemplateResult {
    return html`<div part="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.text.loading}</span>${this.renderLoading()}
    </div>`;
  }

  /** The widget itself, given a loaded feed. Return `renderEmpty()` when there is nothing to show. */
  protected abstract renderFeed(feed: NewsFeed): unknown;

  /** A placeholder with the footprint of the final content. */
  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton">
      <div class="skeleton-line"></div>
      <div class="skeleton-line"></div>
      <div class="skeleton-line short"></div>
    </div>`;
  }

  protected renderEmpty(message = this.text.empty): TemplateResult {
    return html`<p class="message" part="empty">${message}</p>`;
  }

  /**
   * The error box, for readers: a plain sentence in their language, a second one where the
   * strings have it for the reason (`error-<reason>`, see FeedErrorStrings), and Retry only where
   * asking again may help (a network error, a timeout, 5xx, 429). Never the FeedError's message or
   * a URL: those are for developers, in `news-feed-error` and the console (the data layer logs it).
   */
  protected renderError(error: FeedError): TemplateResult {
    const detail = this.text[`error-${error.details.found ?? error.kind}`];
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${this.text.errorTitle}</p>
      ${detail ? html`<p class="error-detail">${detail}</p>` : nothing}
      ${error.retryable ? html`<button class="button" part="retry" type="button" @click=${() => this.reload()}>${this.text.retry}</button>` : nothing}
    </div>`;
  }

  protected renderStale(): TemplateResult {
    return html`<div class="stale" part="stale" role="status">
      <span>${this.text.stale}</span>
      <button class="button" part="retry" type="button" @click=${() => this.reload()}>${this.text.retry}</button>
    </div>`;
  }

  /**
   * A plain left click on an article link fires `news-select`; a host that cancels it (a
   * single-page app routing itself) stops the navigation. Middle and modified clicks open a new
   * tab or window: the reader's choice, not a selection to route.
   */
  protected selectItem(event: MouseEvent, item: NewsItem): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit(this, 'news-select', { item, url: item.url, originalEvent: event }, { cancelable: true })) event.preventDefault();
  }

  protected renderSponsored(item: NewsItem): unknown {
    return item.sponsored ? html`<span class="sponsored" part="sponsored">${this.text.sponsored}</span>` : nothing;
  }
}

/** A widget that shows one article: `item="<id>"`, the first item by default. */
export abstract class NewsItemWidget<S extends WidgetStrings = WidgetStrings> extends NewsWidget<S> {
  /** The id of the article to show; the feed's first item when absent. */
  @property() item?: string;

  /** The article this widget shows once the feed has loaded (`item`'s, else the first); undefined before. */
  protected get currentItem(): NewsItem | undefined {
    const state = this.feedController.state;
    return state.status === 'complete' ? this.findItem(state.feed) : undefined;
  }

  protected override renderFeed(feed: NewsFeed): unknown {
    const item = this.findItem(feed);
    return item ? this.renderItem(item, feed) : this.renderEmpty(this.item ? this.text.itemMissing : this.text.empty);
  }

  private findItem(feed: NewsFeed): NewsItem | undefined {
    return this.item ? feed.items.find((candidate) => candidate.id === this.item) : feed.items[0];
  }

  protected abstract renderItem(item: NewsItem, feed: NewsFeed): unknown;
}
