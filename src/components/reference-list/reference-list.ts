import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import type { NewsItem, NewsReference } from '../../feed/types.js';
import { styles } from './reference-list.styles.js';

export interface ReferenceListStrings extends WidgetStrings {
  /** The heading above the list. */
  heading: string;
  /** Read after a reference link's name when `target` opens a new tab or window. */
  opensInNewTab: string;
}

const english: ReferenceListStrings = {
  ...widgetStrings,
  heading: 'References',
  opensInNewTab: '(opens in a new tab)',
};

/** Targets that navigate in place rather than opening another tab or window. */
const SAME_TAB_TARGETS = new Set(['', '_self', '_parent', '_top']);

/** Whether `title` already ends with the publisher's name ("… | Belarus | The Guardian"): then it is not repeated. */
function namesPublisher(title: string, publisher: string): boolean {
  return title.trim().toLowerCase().endsWith(publisher.trim().toLowerCase());
}

/**
 * The sources an article cites, as the seed page lists them under "References": a heading and a
 * numbered list, each reference's title (a link when the feed gives its URL) followed by its
 * publisher, unless the title already ends with the publisher's name. An article without
 * references renders nothing at all: the element gets the `empty` attribute and `display: none`.
 *
 * @summary The references of one article, numbered, with links and publishers.
 * @tagname reference-list
 *
 * @csspart base - The outer box (a `<section>`).
 * @csspart heading - The heading.
 * @csspart list - The numbered list (`<ol>`).
 * @csspart reference - One reference (`<li>`).
 * @csspart title - A reference's title: a link when it has a URL, else a `<span>`.
 * @csspart link - A title that is a link.
 * @csspart publisher - A reference's publisher.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-reference-list-gap - The space between references (default `0.5em`).
 * @cssproperty --news-reference-list-marker-color - The colour of the numbers (default: the muted text colour).
 */
export class ReferenceList extends NewsItemWidget<ReferenceListStrings> {
  static override tagName = 'reference-list';
  static override styles = [NewsItemWidget.styles, styles];

  /** The heading; the translated "References" when absent, no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Where reference links open, like `<a target>` (e.g. `_blank`). Links that open a new tab get
   * `rel="noopener noreferrer"` and say so to screen readers. Same tab by default.
   */
  @property() target?: string;

  /** The references of the shown article, derived before each render. */
  private references: readonly NewsReference[] = [];

  protected override get englishStrings(): ReferenceListStrings {
    return english;
  }

  /** The heading to show, or undefined for none. */
  private get headingText(): string | undefined {
    return this.heading === '' ? undefined : (this.heading ?? this.text.heading);
  }

  private get opensNewTab(): boolean {
    return !SAME_TAB_TARGETS.has((this.target ?? '').trim().toLowerCase());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    this.references = item?.references.filter((reference) => reference.title.trim()) ?? [];
    // An article without references takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.references.length);
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      ${this.headingText === undefined ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
      <div class="skeleton">
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line short"></div>
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    if (!this.references.length) return nothing;
    const heading = this.headingText;
    return html`<section class="base" part="base" aria-labelledby=${heading === undefined ? nothing : 'heading'}>
      ${heading === undefined ? nothing : renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading)}
      <ol class="list" part="list" lang=${item.language || nothing}>
        ${this.references.map((reference) => this.renderReference(reference))}
      </ol>
    </section>`;
  }

  private renderReference({ title, url, publisher }: NewsReference): TemplateResult {
    const newTab = this.opensNewTab;
    const name = url
      ? html`<a
          class="title"
          part="title link"
          href=${url}
          target=${this.target?.trim() || nothing}
          rel=${newTab ? 'noopener noreferrer' : 'noopener'}
          referrerpolicy="strict-origin-when-cross-origin"
          dir="auto"
          >${title}${newTab ? html`<span class="visually-hidden"> ${this.text.opensInNewTab}</span>` : nothing}</a
        >`
      : html`<span class="title" part="title" dir="auto">${title}</span>`;
    const shownPublisher = publisher?.trim() && !namesPublisher(title, publisher) ? publisher.trim() : undefined;
    // Title and publisher keep their own direction (dir="auto" on inline text, isolated), and line
    // up with the list's side: an English reference on an Arabic page starts next to its number.
    return html`<li class="reference" part="reference">
      ${name}${shownPublisher ? html`<span class="publisher" part="publisher"><span dir="auto">${shownPublisher}</span></span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-list': ReferenceList;
  }
}
