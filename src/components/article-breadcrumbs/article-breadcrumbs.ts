import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { lazy } from '../../util/lazy.js';
import type { NewsBreadcrumb, NewsItem } from '../../feed/types.js';
import { styles } from './article-breadcrumbs.styles.js';

export interface ArticleBreadcrumbsStrings extends WidgetStrings {
  /** The accessible name of the navigation landmark. */
  label: string;
}

const english: ArticleBreadcrumbsStrings = {
  ...widgetStrings,
  label: 'Breadcrumb',
};

/** The JSON-LD writer, downloaded the first time a trail on the page asks for it. */
const downloadBreadcrumbList = lazy(() => import('../../on-demand/json-ld/breadcrumb-list.js'));

/** Text compared as a reader would: case, accents of spacing and runs of white space aside. */
const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().localeCompare(b.replace(/\s+/g, ' ').trim(), undefined, { sensitivity: 'accent' }) === 0;

/**
 * The trail of `item`: its breadcrumbs, then the article itself. A feed whose last crumb already
 * is the article (its title, or its URL) keeps that crumb's wording, and the article is not repeated.
 */
function trailOf(item: NewsItem): { crumbs: NewsBreadcrumb[]; current?: NewsBreadcrumb } {
  const crumbs = item.breadcrumbs.filter((crumb) => crumb.title);
  const last = crumbs.at(-1);
  if (last && ((item.title && sameText(last.title, item.title)) || (item.url && last.url === item.url))) {
    return { crumbs: crumbs.slice(0, -1), current: { title: last.title, url: item.url } };
  }
  return { crumbs, current: item.title ? { title: item.title, url: item.url } : undefined };
}

/**
 * The breadcrumb trail above one article, as on the seed page ("Home › Headlines › Trump's envoy
 * Coale meets…"): a navigation landmark named "Breadcrumb" holding an ordered list of the
 * article's `_news.breadcrumbs`, links where they have a URL, and the article itself last, as text
 * with `aria-current="page"`. When the feed's last crumb is the article (same title or URL), it is
 * not repeated. The separators are drawn by CSS, so screen readers do not read them; right-to-left
 * text mirrors them. In a narrow widget, the crumbs between the first and the article are
 * shortened with an ellipsis (their full text stays in the accessible name and the tooltip) and the
 * trail wraps. An article without crumbs or title renders nothing: the element gets the `empty`
 * attribute and `display: none`.
 *
 * With `structured-data`, the widget also writes a schema.org `BreadcrumbList` JSON-LD
 * `<script type="application/ld+json">` into its light DOM, the same trail, kept current and
 * removed again when the attribute goes or the element leaves the page. The code that writes it is
 * downloaded the first time a trail on the page asks for it.
 *
 * @summary The breadcrumb trail of one article.
 * @tagname article-breadcrumbs
 *
 * @csspart base - The navigation landmark (a `<nav>`).
 * @csspart list - The ordered list of crumbs.
 * @csspart crumb - One entry of the trail (`<li>`), the article's included.
 * @csspart link - A crumb's link.
 * @csspart current - The article itself, last (`aria-current="page"`).
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-breadcrumbs-separator - The separator drawn between crumbs, a CSS string (default `'›'`, which right-to-left text mirrors).
 * @cssproperty --news-article-breadcrumbs-gap - Space on each side of a separator (default `0.571em` of the trail's text: 8 px at the default sizes).
 * @cssproperty --news-article-breadcrumbs-font-size - The trail's font size (default `0.875em`).
 * @cssproperty --news-article-breadcrumbs-crumb-max-width - The widest a middle crumb may be in a narrow widget before it is cut (default `10em`).
 */
export class ArticleBreadcrumbs extends NewsItemWidget<ArticleBreadcrumbsStrings> {
  static override tagName = 'article-breadcrumbs';

  static override styles = [NewsItemWidget.styles, styles];

  /** Writes a schema.org BreadcrumbList JSON-LD script into the light DOM (see the class description). */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** The crumbs before the article, derived before each render. */
  private crumbs: readonly NewsBreadcrumb[] = [];
  /** The article as the trail's last entry. */
  private current?: NewsBreadcrumb;

  constructor() {
    super();
    // With `structured-data`: a schema.org BreadcrumbList of the trail, in the light DOM.
    new StructuredDataController(this, {
      name: 'breadcrumb',
      download: downloadBreadcrumbList,
      data: () => (this.trail.length ? this.trail : undefined),
      write: (breadcrumbList, script, trail) => breadcrumbList.writeBreadcrumbList(this, script, trail),
    });
  }

  protected override get englishStrings(): ArticleBreadcrumbsStrings {
    return english;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    ({ crumbs: this.crumbs, current: this.current } = item ? trailOf(item) : { crumbs: [], current: undefined });
    // Nothing to show takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.crumbs.length && !this.current);
  }

  /** The whole trail, the article last: what the JSON-LD lists. */
  private get trail(): NewsBreadcrumb[] {
    return this.current ? [...this.crumbs, this.current] : [...this.crumbs];
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base skeleton-trail">
      <div class="skeleton-line"></div>
      <div class="skeleton-line"></div>
      <div class="skeleton-line"></div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    if (!this.crumbs.length && !this.current) return nothing;
    return html`<nav class="base" part="base" aria-label=${this.text.label}>
      <!-- role="list": Safari drops list semantics when list-style is none. -->
      <ol class="list" part="list" role="list" lang=${item.language || nothing}>
        ${this.crumbs.map(
          (crumb) => html`<li class="crumb" part="crumb">
            ${
              crumb.url
                ? html`<a class="link" part="link" href=${crumb.url} title=${crumb.title} dir="auto">${crumb.title}</a>`
                : html`<span class="text" title=${crumb.title} dir="auto">${crumb.title}</span>`
            }
          </li>`
        )}
        ${
          this.current
            ? html`<li class="crumb" part="crumb"><span class="current" part="current" aria-current="page" dir="auto">${this.current.title}</span></li>`
            : nothing
        }
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-breadcrumbs': ArticleBreadcrumbs;
  }
}
