import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, unsafeStatic } from 'lit/static-html.js';
import { clampHeadingLevel } from '../../render/heading.js';
import { format, widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { lazy } from '../../util/lazy.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { ARTICLE_PARTS, nameTakenByOther, PART_MODULES, partTagName, reportPartFailure, type ArticlePart } from './news-article-parts.js';
import { styles } from './news-article.styles.js';

export type { ArticlePart } from './news-article-parts.js';

export interface NewsArticleStrings extends WidgetStrings {
  /** The heading above the related headlines; `{category}` is the article's category. */
  moreFrom: string;
  /** That heading when the article has no category. */
  moreHeadlines: string;
}

const english: NewsArticleStrings = {
  ...widgetStrings,
  moreFrom: 'More from {category}',
  moreHeadlines: 'More headlines',
};

/**
 * The headline's tags, `h1` included: the one widget allowed the page's `h1`, since on an article
 * page its headline is the page's title. Fixed `literal` tags, so no markup comes from an attribute.
 */
const HEADLINE_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The JSON-LD writer, downloaded the first time an article on the page asks for it. */
const downloadNewsArticle = lazy(() => import('../../on-demand/json-ld/news-article-json-ld.js'));

/** Whether the item (or its feed) has anything to show in `part`; a part with nothing is left out, its code not loaded. */
function hasContent(part: ArticlePart, item: NewsItem, feed: NewsFeed): boolean {
  switch (part) {
    case 'breadcrumbs':
      return item.breadcrumbs.length > 0;
    case 'category':
      return !!item.category;
    case 'headline':
      return !!item.title;
    case 'image':
      return !!(item.image || item.bannerImage);
    case 'tags':
      return item.tags.length > 0;
    case 'summary':
      return !!item.summary;
    case 'toc':
      // The feed's sections, else the body's h2–h4 headings (the table of contents reads them; it hides itself if none has text).
      return item.sections.length > 0 || /<h[2-4][\s>]/i.test(item.contentHtml ?? '');
    case 'body':
      return !!(item.contentHtml || item.contentText);
    case 'credits':
      return !!item.credits;
    case 'takeaways':
      return item.keyTakeaways.some((takeaway) => takeaway.text);
    case 'references':
      return item.references.length > 0;
    case 'faq':
      return item.faq.some((entry) => entry.question);
    case 'newsletter':
      return !!feed.newsletter;
    case 'pager':
      return !!(item.previous || item.next);
    case 'related':
      return feed.items.some((other) => other.id !== item.id && sameCategory(other, item));
    case 'disclosure':
      // A sponsored article keeps its advertorial label even in a feed without a disclosure text.
      return !!feed.disclosure || item.sponsored;
    default:
      // The meta line: publisher, dates, reading time; every article has some.
      return true;
  }
}

const sameCategory = (other: NewsItem, item: NewsItem): boolean =>
  !item.category || other.category?.toLowerCase() === item.category.toLowerCase();

/**
 * The whole article page from one feed item, in the order of a news site's article page:
 * breadcrumbs, category, headline, meta (publisher, author, dates, reading time), hero image with
 * its caption, tags, quick summary, table of contents, body, credits, key takeaways, references,
 * FAQ, newsletter signup, previous / next, related headlines (same category, without this
 * article) and the editorial disclosure. It reads as one column (at most `48em` wide) at any
 * width.
 *
 * **Parts.** Each part has a name, used three ways: `hide="faq newsletter"` leaves parts out
 * (names separated by spaces or commas); an element with `slot="<name>"` shows in that place
 * instead of the built-in part (`<div slot="newsletter">…</div>`); and `::part(<name>)` styles
 * it. The names, in order: `breadcrumbs`, `category`, `headline`, `meta`, `image`, `tags`,
 * `summary`, `toc`, `body`, `credits`, `takeaways`, `references`, `faq`, `newsletter`, `pager`,
 * `related`, `disclosure`. A hidden part hides its slot too. A part with nothing to show (an
 * article without FAQ, a feed without newsletter) is left out.
 *
 * **Loading on demand.** Most parts are widgets of their own (`<article-body>`,
 * `<faq-accordion>`, ...). This element does not import them: each part's module is downloaded
 * the first time an article on the page shows that part, so a hidden or replaced part costs
 * nothing, and a page with one small widget never pays for the article page. A part is rendered
 * under the name its class is already registered as, else under its default tag with this
 * element's prefix (`<acme-news-article>` registers `<acme-article-body>`). A part whose download
 * fails is left out with one console warning; the rest of the article shows.
 *
 * **Headings.** The headline is the page's `h1` by default (`heading-level="1"`): on an article
 * page the article's title is the page's title. This is the one widget that may render an `h1`;
 * set `heading-level="2"` when the page has its own. The parts' headings ("Key Takeaways",
 * "Frequently Asked Questions", ...) are one level deeper; with the headline hidden they take the
 * level itself (at least 2).
 *
 * **Structured data.** With `structured-data`, the element writes a schema.org `NewsArticle`
 * JSON-LD `<script type="application/ld+json">` into its light DOM (headline, description,
 * image, dates, authors, publisher, section, keywords), kept current and removed again when the
 * attribute goes or the element leaves the page. The code that writes it is downloaded on demand.
 *
 * @summary A whole article page from one feed item, its parts loaded on demand.
 * @tagname news-article
 *
 * @slot breadcrumbs - Replaces the breadcrumbs (the same for every part name listed above).
 * @slot category - Replaces the category line.
 * @slot headline - Replaces the headline.
 * @slot meta - Replaces the meta line.
 * @slot image - Replaces the hero image.
 * @slot tags - Replaces the tags.
 * @slot summary - Replaces the quick summary.
 * @slot toc - Replaces the table of contents.
 * @slot body - Replaces the body.
 * @slot credits - Replaces the credits line.
 * @slot takeaways - Replaces the key takeaways.
 * @slot references - Replaces the references.
 * @slot faq - Replaces the FAQ.
 * @slot newsletter - Replaces the newsletter signup.
 * @slot pager - Replaces the previous / next links.
 * @slot related - Replaces the related headlines.
 * @slot disclosure - Replaces the editorial disclosure.
 *
 * @csspart base - The column around everything.
 * @csspart article - The `<article>`: from the category to the FAQ.
 * @csspart header - The group of category, headline and meta.
 * @csspart breadcrumbs - The `<article-breadcrumbs>` element.
 * @csspart category - The category line above the headline.
 * @csspart headline - The headline (an `h1`…`h6`, see `heading-level`).
 * @csspart meta - The `<article-meta>` element.
 * @csspart image - The hero `<figure>`.
 * @csspart picture - The hero `<img>`.
 * @csspart caption - The hero image's caption.
 * @csspart tags - The `<article-tags>` element.
 * @csspart summary - The `<quick-summary>` element.
 * @csspart toc - The `<table-of-contents>` element.
 * @csspart body - The `<article-body>` element.
 * @csspart credits - The credits under the body (an `<article-meta show="credits">` element).
 * @csspart takeaways - The `<key-takeaways>` element.
 * @csspart references - The `<reference-list>` element.
 * @csspart faq - The `<faq-accordion>` element.
 * @csspart newsletter - The `<newsletter-signup>` element.
 * @csspart pager - The `<article-pager>` element.
 * @csspart related - The `<headline-list>` of related headlines.
 * @csspart disclosure - The `<editorial-disclosure>` element.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-news-article-max-width - The column's greatest width (default `48em`).
 * @cssproperty --news-news-article-gap - The space between parts (default `2em`, `1.5em` when narrow).
 * @cssproperty --news-news-article-headline-size - The headline's font size (default: from `1.875em` at 390 px to `2.625em`).
 * @cssproperty --news-news-article-category-color - The category line's colour (default: the theme accent).
 */
export class NewsArticle extends NewsItemWidget<NewsArticleStrings> {
  static override tagName = 'news-article';

  static override styles = [NewsItemWidget.styles, styles];

  /**
   * The headline's level, 1 to 6 (default 1: the article's title is the page's title); the parts'
   * headings are one level deeper.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Parts to leave out, by name, separated by spaces or commas: `hide="faq newsletter"` (see the class description). */
  @property() hide?: string;

  /** Writes a schema.org NewsArticle JSON-LD script into the light DOM (see the class description). */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** The tag each loaded part renders as; null when its download failed or its name is taken. */
  @state() private partTags: Partial<Record<ArticlePart, string | null>> = {};

  /** The parts `hide` names. */
  private hiddenParts: ReadonlySet<string> = new Set();
  /** The parts a light-DOM child replaces (`slot="<name>"`). */
  private slottedParts: ReadonlySet<string> = new Set();
  /** The parts whose module has been asked for. */
  private readonly requested = new Set<ArticlePart>();

  constructor() {
    super();
    // With `structured-data`: a schema.org NewsArticle of the article shown, in the light DOM.
    new StructuredDataController(this, {
      name: 'article',
      download: downloadNewsArticle,
      data: () => {
        const item = this.currentItem;
        const feed = this.loadedFeed;
        return item && feed ? { item, feed } : undefined;
      },
      write: (writer, script, { item, feed }) => writer.writeNewsArticle(this, script, item, feed),
    });
  }

  protected override get englishStrings(): NewsArticleStrings {
    return english;
  }

  /** `acme` for `<acme-news-article>`: the prefix the parts are registered with. */
  private get partPrefix(): string {
    const suffix = '-news-article';
    return this.localName.endsWith(suffix) ? this.localName.slice(0, -suffix.length) : '';
  }

  private get loadedFeed(): NewsFeed | undefined {
    const state = this.feedController.state;
    return state.status === 'complete' ? state.feed : undefined;
  }

  /** The headline's level: `heading-level` as a whole number from 1 to 6, 1 when it is not a number. */
  private get headlineLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 1;
  }

  /** The level of the parts' headings: one below the headline, or the headline's own (at least 2) without one. */
  private get partLevel(): number {
    const item = this.currentItem;
    const headline = !this.hiddenParts.has('headline') && (this.slottedParts.has('headline') || !!item?.title);
    return clampHeadingLevel(this.headlineLevel + (headline ? 1 : 0), 2);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hide'))
      this.hiddenParts = new Set(
        (this.hide ?? '')
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean)
      );
    this.slottedParts = new Set([...this.children].map((child) => child.slot).filter(Boolean));
    const item = this.currentItem;
    const feed = this.loadedFeed;
    if (!item || !feed) return;
    for (const part of ARTICLE_PARTS) {
      if (PART_MODULES[part] && !this.requested.has(part) && !this.slottedParts.has(part) && this.shows(part, item, feed)) this.loadPart(part);
    }
  }

  /** Whether `part` is shown built in: not hidden, and there is something to show. */
  private shows(part: ArticlePart, item: NewsItem, feed: NewsFeed): boolean {
    return !this.hiddenParts.has(part) && hasContent(part, item, feed);
  }

  /** Downloads a part's module (once per page), registers its class if needed, then renders it. */
  private loadPart(part: ArticlePart): void {
    const module = PART_MODULES[part]!;
    this.requested.add(part);
    if (nameTakenByOther(module.tag, this.partPrefix)) {
      this.partTags = { ...this.partTags, [part]: null };
      return;
    }
    // A download or registration that fails leaves the part out; the rest of the article shows.
    void module
      .load()
      .then((widget) => partTagName(widget, this.partPrefix) ?? null)
      .catch((error: unknown) => {
        reportPartFailure(module.tag, error);
        return null;
      })
      .then((tag) => {
        this.partTags = { ...this.partTags, [part]: tag };
      });
  }

  private readonly onSlotChange = (): void => this.requestUpdate();

  /**
   * The parts are given the article's feed as `.feed`, and each announces it with its own
   * `news-feed-load`: stopped here, so the page hears the feed once, from the article.
   */
  private readonly stopPartFeedEvent = (event: Event): void => event.stopPropagation();

  protected override renderLoading(): TemplateResult {
    return html`<div class="base skeleton-article">
      <div class="skeleton-line skeleton-crumbs"></div>
      <div class="header">
        <div class="skeleton-line skeleton-category"></div>
        <div class="skeleton-headline">
          <div class="skeleton-line"></div>
          <div class="skeleton-line short"></div>
        </div>
        <div class="skeleton-line skeleton-meta"></div>
      </div>
      <div class="skeleton-box"></div>
      <div class="skeleton">
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line short"></div>
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem, feed: NewsFeed): unknown {
    // The skeleton stays until every part it shows has its code (or has failed to get it): parts
    // shown as each module arrived pushed the ones below them down the page (layout shifts of
    // 0.03 to 0.4 with a feed a second late, docs/benchmarks.md).
    if ([...this.requested].some((name) => this.partTags[name] === undefined)) return this.renderSkeleton();
    const part = (name: ArticlePart): unknown => this.renderPart(name, item, feed);
    const header = (['category', 'headline', 'meta'] as const).some((name) => this.slottedParts.has(name) || this.shows(name, item, feed));
    return html`<div class="base" part="base" @news-feed-load=${this.stopPartFeedEvent} @news-feed-error=${this.stopPartFeedEvent}>
      ${part('breadcrumbs')}
      <article class="article" part="article" aria-labelledby=${this.shows('headline', item, feed) && !this.slottedParts.has('headline') ? 'headline' : nothing}>
        ${header ? html`<header class="header" part="header">${part('category')}${part('headline')}${part('meta')}</header>` : nothing}
        ${part('image')}${part('tags')}${part('summary')}${part('toc')}${part('body')}${part('credits')}${part('takeaways')}${part('references')}${part('faq')}
      </article>
      ${part('newsletter')}${part('pager')}${part('related')}${part('disclosure')}
    </div>`;
  }

  /** A part in its place: its slot, and the built-in part unless a light-DOM element replaces it. */
  private renderPart(name: ArticlePart, item: NewsItem, feed: NewsFeed): unknown {
    if (this.hiddenParts.has(name)) return nothing;
    const slot = html`<slot name=${name} @slotchange=${this.onSlotChange}></slot>`;
    if (this.slottedParts.has(name) || !hasContent(name, item, feed)) return slot;
    return html`${slot}${this.renderBuiltIn(name, item)}`;
  }

  private renderBuiltIn(name: ArticlePart, item: NewsItem): unknown {
    const lang = item.language || nothing;
    switch (name) {
      case 'category':
        return html`<p class="category" part="category" dir="auto" lang=${lang}>${item.category}</p>`;
      case 'headline':
        return this.renderHeadline(item);
      case 'image':
        return this.renderImage(item);
      default:
        return this.renderWidget(name, item);
    }
  }

  private renderHeadline(item: NewsItem): TemplateResult {
    const tag = HEADLINE_TAGS[this.headlineLevel - 1];
    return staticHtml`<${tag} class="headline" part="headline" id="headline" dir="auto" lang=${item.language || nothing}>${item.title}</${tag}>`;
  }

  private renderImage(item: NewsItem): TemplateResult {
    return html`<figure class="figure" part="image">
      <img
        class="picture"
        part="picture"
        src=${(item.image || item.bannerImage)!}
        alt=${item.imageAlt ?? ''}
        width="1200"
        height="675"
        fetchpriority="high"
        decoding="async"
      />
      ${item.imageCaption ? html`<figcaption class="caption" part="caption" dir="auto" lang=${item.language || nothing}>${item.imageCaption}</figcaption>` : nothing}
    </figure>`;
  }

  /**
   * A part that is a widget, once its module is here. The tag name comes from the custom element
   * registry (the name its class is registered under), never from an attribute or the feed, so
   * `unsafeStatic` only ever sees a valid, defined custom element name.
   */
  private renderWidget(name: ArticlePart, item: NewsItem): unknown {
    const tagName = this.partTags[name];
    if (!tagName) return nothing;
    const tag = unsafeStatic(tagName);
    const feed = this.loadedFeed;
    const level = this.partLevel;
    if (name === 'related') {
      const heading = item.category ? format(this.text.moreFrom, { category: item.category }) : this.text.moreHeadlines;
      return staticHtml`<${tag} class="part" part=${name} .feed=${feed} lang=${this.locale} heading-level=${level} layout="grid" category=${item.category ?? nothing} exclude=${item.id} heading=${heading}></${tag}>`;
    }
    switch (name) {
      case 'meta':
        // The dateline opens the body's text, and the credits follow the body: the meta line has neither.
        return staticHtml`<${tag} class="part" part=${name} .feed=${feed} item=${item.id} lang=${this.locale} hide="dateline credits"></${tag}>`;
      case 'credits':
        return staticHtml`<${tag} class="part" part=${name} .feed=${feed} item=${item.id} lang=${this.locale} show="credits"></${tag}>`;
      case 'tags':
        // "Tags:" before the chips, as on the seed page.
        return staticHtml`<${tag} class="part" part=${name} .feed=${feed} item=${item.id} lang=${this.locale} labelled></${tag}>`;
      case 'faq':
        return staticHtml`<${tag} class="part" part=${name} .feed=${feed} item=${item.id} lang=${this.locale} heading-level=${level} numbered></${tag}>`;
      default:
        return staticHtml`<${tag} class="part" part=${name} .feed=${feed} item=${item.id} lang=${this.locale} heading-level=${level}></${tag}>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
