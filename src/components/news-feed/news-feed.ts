import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement } from '../../base/register.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { feedContext, type FeedSource } from '../../feed/context.js';
import type { FeedLoader } from '../../on-demand/feed/load.js';

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

  /** The reactive properties, declared as in NewsWidget (no decorators). */
  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    src: {},
    loader: { attribute: false },
  };

  /** A parsed JSON Feed object (or a NewsFeed from `normalizeFeed`); wins over `src`. */
  feed?: unknown;

  /** URL of a JSON Feed. */
  src?: string;

  /** The loader to fetch `src` with; the page-wide shared loader by default. */
  loader?: FeedLoader;

  private readonly feedController = new FeedController(this);

  private readonly provider = new ContextProvider(this, { context: feedContext });

  /** Loads the feed again: a retry after an error, a conditional refresh after success. */
  reload(): void {
    this.feedController.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A fresh snapshot on every update, so the widgets inside re-render when the state changes.
    const source: FeedSource = { state: this.feedController.state, reload: () => this.reload() };
    this.provider.setValue(source);
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
