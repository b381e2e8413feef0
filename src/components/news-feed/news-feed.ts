import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { FeedController } from '../../core/feed-controller.js';
import { feedContext, type FeedSource } from '../../feed/context.js';
import type { FeedLoader } from '../../feed/load.js';

/**
 * Provides one feed to every widget inside it, so a page names its feed once. Widgets inside
 * that name their own `src` or `.feed` use that instead. It renders only its children.
 *
 * @summary Shares one feed with the widgets inside it.
 * @slot - The widgets that show this feed.
 * @fires news-feed-load - The feed arrived; detail `{ feed, url, dropped, stale }`.
 * @fires news-feed-error - The feed could not be loaded; detail `{ error, url }`.
 */
export class NewsFeedElement extends LitElement {
  static tagName = 'news-feed';

  static define(name = this.tagName): boolean {
    return defineElement(name, this);
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A parsed JSON Feed object (or a NewsFeed from `normalizeFeed`); wins over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** URL of a JSON Feed. */
  @property() src?: string;

  /** The loader to fetch `src` with; the page-wide shared loader by default. */
  @property({ attribute: false }) loader?: FeedLoader;

  private readonly feedController = new FeedController(this);

  /** A fresh snapshot on every update, so the widgets inside re-render when the state changes. */
  @provide({ context: feedContext })
  @state()
  protected source?: FeedSource;

  /** Loads the feed again: a retry after an error, a conditional refresh after success. */
  reload(): void {
    this.feedController.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source = { state: this.feedController.state, reload: () => this.reload() };
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeedElement;
  }
}
