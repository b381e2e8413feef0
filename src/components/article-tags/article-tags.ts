import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import type { NewsItem } from '../../feed/types.js';
import { tagHref } from './tag-href.js';
import { styles } from './article-tags.styles.js';

export interface ArticleTagsStrings extends WidgetStrings {
  /** The name of the list: read by screen readers, and shown before the chips with `labelled`. */
  tags: string;
  /** Read after a tag link's name when `target` opens a new tab or window. */
  opensInNewTab: string;
}

const english: ArticleTagsStrings = {
  ...widgetStrings,
  tags: 'Tags',
  opensInNewTab: '(opens in a new tab)',
};

/** Targets that navigate in place rather than opening another tab or window. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_parent', '_top']);

/**
 * The tags of one article as a row of chips: a list named "Tags", a name shown before the chips
 * with `labelled` (as the seed page's "Tags:") and else heard by screen readers only. With
 * `tag-href`, a URL template such as `https://site.example/tag/{tag}`, each chip is a link to
 * that tag's page (`rel="tag"`): `{tag}` becomes the tag encoded as one URL component, a relative
 * template resolves against the page, and only http(s) results become links (a `javascript:`
 * template gives plain chips). An article without tags renders nothing at all: the element gets
 * the `empty` attribute and `display: none`. It has no heading of its own.
 *
 * @summary The tags of one article as chips, optionally linked to tag pages.
 * @tagname article-tags
 *
 * @csspart base - The outer box: the label, when shown, and the list.
 * @csspart label - The visible "Tags" label (with `labelled`).
 * @csspart list - The list (`<ul>`), named "Tags".
 * @csspart tag - Each tag (`<li>`).
 * @csspart chip - The chip inside it: a link with `tag-href`, else a `<span>`.
 * @csspart link - A chip that is a link.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-article-tags-gap - The space between chips (default `0.5em`).
 * @cssproperty --news-article-tags-background - A chip's background (default: the theme surface).
 * @cssproperty --news-article-tags-color - A chip's text (default: the theme text colour).
 * @cssproperty --news-article-tags-border - A chip's border colour (default: the theme border colour).
 * @cssproperty --news-article-tags-radius - A chip's corner radius (default `999px`, a pill).
 * @cssproperty --news-article-tags-hover-background - A linked chip's background under the pointer (default: the theme accent).
 * @cssproperty --news-article-tags-hover-color - A linked chip's text under the pointer (default: the text on the accent).
 */
export class ArticleTags extends NewsItemWidget<ArticleTagsStrings> {
  static override tagName = 'article-tags';
  static override styles = [NewsItemWidget.styles, styles];

  /**
   * A URL template for tag pages: `{tag}` is replaced by each tag, URL-encoded
   * (`https://site.example/tag/{tag}`). Without it, or without `{tag}`, chips are plain text.
   */
  @property({ attribute: 'tag-href' }) tagHref?: string;

  /**
   * Where tag links open, like `<a target>` (e.g. `_blank`). Links that open a new tab get
   * `rel="noopener noreferrer"` and say so to screen readers. Same tab by default.
   */
  @property() target?: string;

  /** Shows the list's name ("Tags") before the chips; without it, only screen readers hear it. */
  @property({ type: Boolean, reflect: true }) labelled = false;

  /** The tags of the shown article, without blanks and repeats, derived before each render. */
  private tags: readonly string[] = [];

  protected override get englishStrings(): ArticleTagsStrings {
    return english;
  }

  private get opensNewTab(): boolean {
    return !SAME_TAB_TARGETS.has((this.target ?? '').trim().toLowerCase());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    this.tags = [...new Set(item?.tags.map((tag) => tag.trim()).filter(Boolean))];
    // An article without tags takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.tags.length);
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="skeleton-chips">
      <div class="skeleton-line skeleton-chip"></div>
      <div class="skeleton-line skeleton-chip"></div>
      <div class="skeleton-line skeleton-chip"></div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    if (!this.tags.length) return nothing;
    // role="list": Safari drops list semantics when list-style is none.
    return html`<div class="base" part="base">
      ${this.labelled ? html`<span class="label" part="label" id="label">${this.text.tags}</span>` : nothing}
      <ul
        class="list"
        part="list"
        role="list"
        aria-label=${this.labelled ? nothing : this.text.tags}
        aria-labelledby=${this.labelled ? 'label' : nothing}
      >
        ${this.tags.map((tag) => html`<li class="tag" part="tag">${this.renderChip(tag, item)}</li>`)}
      </ul>
    </div>`;
  }

  private renderChip(tag: string, item: NewsItem): TemplateResult {
    const lang = item.language || nothing;
    const href = tagHref(this.tagHref, tag, document.baseURI);
    if (!href) return html`<span class="chip" part="chip" lang=${lang} dir="auto">${tag}</span>`;
    const newTab = this.opensNewTab;
    return html`<a
      class="chip"
      part="chip link"
      href=${href}
      rel=${newTab ? 'tag noopener noreferrer' : 'tag'}
      target=${this.target?.trim() || nothing}
      lang=${lang}
      dir="auto"
      >${tag}${newTab ? html`<span class="visually-hidden"> ${this.text.opensInNewTab}</span>` : nothing}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-tags': ArticleTags;
  }
}
