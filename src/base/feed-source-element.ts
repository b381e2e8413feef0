/**
 * What every element that loads a feed shares, the widgets and `<news-feed>` alike: the ways to
 * give it its feed (the `.feed` property, an inline `<script type="application/feed+json">`,
 * `application/rss+xml` or `application/atom+xml` child, `src`), the loader, the controller that
 * loads it, `reload()`, and registration under a default tag.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedLoader } from '../on-demand/feed/load.js';
import { FeedController } from '../controllers/feed-controller.js';
import { defineElement } from './register.js';

export abstract class FeedSourceElement extends LitElement {
  /** The tag this class registers as by default; the class's `@tagname` JSDoc names it for the manifest. */
  static tagName: string;

  /**
   * Registers the class under `name` (its default tag unless given). An existing definition is
   * kept: with the same class silently, with another one after a console warning.
   */
  static define(name = this.tagName): boolean {
    return defineElement(name, this as unknown as CustomElementConstructor);
  }

  /**
   * A parsed JSON Feed object, feed text (JSON Feed, RSS or Atom), an XML `Document`, or a NewsFeed
   * from `normalizeFeed`; wins over an inline feed and `src`.
   */
  @property({ attribute: false }) feed?: unknown;

  /** URL of a JSON Feed, RSS or Atom feed, fetched once per page however many elements name it. */
  @property() src?: string;

  /** The loader to fetch `src` with; the page-wide shared loader by default. */
  @property({ attribute: false }) loader?: FeedLoader;

  protected readonly feedController = new FeedController(this);

  /** Loads the feed again: a retry after an error, a conditional refresh after success. */
  reload(): void {
    this.feedController.reload();
  }
}
