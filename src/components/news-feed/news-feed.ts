import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { FeedSourceElement } from '../../base/feed-source-element.js';
import { feedContext } from '../../feed/context.js';

/**
 * Provides one feed to every widget inside it, so a page names its feed once. Widgets inside
 * that name their own `src` or `.feed` use that instead. It renders only its children.
 *
 * @summary Shares one feed with the widgets inside it.
 * @tagname news-feed
 * @slot - The widgets that show this feed.
 * @fires news-feed-load - The feed arrived; detail `{ feed, url, dropped, stale }`.
 * @fires news-feed-error - The feed could not be loaded; detail `{ error, url }`.
 */
export class NewsFeedElement extends FeedSourceElement {
  static override tagName = 'news-feed';

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none !important;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: feedContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A fresh snapshot on every update, so the widgets inside re-render when the state changes.
    this.provider.setValue({ state: this.feedController.state, reload: () => this.reload() });
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
