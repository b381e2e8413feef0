import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SectionSpyController } from '../../controllers/section-spy-controller.js';
import { emit } from '../../events/news-events.js';
import { renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { lazy } from '../../util/lazy.js';
import { findSectionTarget } from '../../util/section-targets.js';
import type { NewsItem, NewsSection } from '../../feed/types.js';
import { styles } from './table-of-contents.styles.js';

export interface TableOfContentsStrings extends WidgetStrings {
  /** The heading above the list; also the name of the navigation landmark and of the narrow toggle. */
  heading: string;
}

const english: TableOfContentsStrings = {
  ...widgetStrings,
  heading: 'Table of Contents',
};

/**
 * What reads a body's headings (src/on-demand/feed/article-html.ts: the same reading, ids included,
 * that `<article-body>` shows), downloaded for the first article whose feed declares no sections.
 */
const downloadReader = lazy(() => import('../../on-demand/feed/article-html.js'));
let reader: Pick<Awaited<ReturnType<typeof downloadReader>>, 'readArticleHtml'> | undefined;
let readerFailed = false;

/** A section and the sections under it. */
interface Entry {
  readonly section: NewsSection;
  readonly children: Entry[];
}

/**
 * The sections as a tree by their levels, relative to one another: a section goes under the
 * nearest one before it with a lower level. A jump (an `h2` then an `h4`) nests one list deeper,
 * never two, so the lists stay well formed whatever the levels are.
 */
function outline(sections: readonly NewsSection[]): Entry[] {
  const top: Entry[] = [];
  const open: Entry[] = [];
  for (const section of sections) {
    while (open.length && open[open.length - 1].section.level >= section.level) open.pop();
    const entry: Entry = { section, children: [] };
    (open.length ? open[open.length - 1].children : top).push(entry);
    open.push(entry);
  }
  return top;
}

/**
 * An article's table of contents: a navigation landmark named by its heading, with a link to each
 * section in nested lists by level. The sections are the feed's `_news.sections`, else the body's
 * `h2`–`h4` headings, read when the widget first shows them, with the ids `<article-body>` gives
 * those headings (both read the body once, through src/on-demand/feed/article-html.ts).
 *
 * Following a link moves the focus to the section's heading and scrolls it into view (smoothly,
 * unless the reader prefers reduced motion), wherever the heading is: in the page, next to the
 * widget in the same shadow root, or inside another widget's shadow root that registered its
 * sections (`<article-body>`, see `src/util/section-targets.ts`). The page's URL stays as it is.
 * The link of the section being read has `aria-current="true"`.
 *
 * Narrower than 40em, the list folds behind a toggle, closed until the reader opens it
 * (`expanded`, `toggle()`); wider, the list always shows and the toggle is gone. An article
 * without sections renders nothing at all: the element gets the `empty` attribute and
 * `display: none`. Loading and error states show as usual.
 *
 * @summary The table of contents of one article, marking the section in view.
 * @tagname table-of-contents
 *
 * @csspart base - The navigation landmark (a `<nav>`).
 * @csspart header - The row holding the heading and, when narrow, the toggle.
 * @csspart heading - The heading.
 * @csspart toggle - The button that opens and closes the list when narrow.
 * @csspart list - Each list of sections (`<ul>`); nested lists also have `sublist`.
 * @csspart item - One section (`<li>`).
 * @csspart link - A section's link; the one in view also has `current`.
 * @csspart message - The message shown when no feed was given.
 * @csspart empty - The message shown when the feed has no items, or not the requested one.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-table-of-contents-accent - The current section's marker and the links' hover colour (default: the theme accent).
 * @cssproperty --news-table-of-contents-background - The box's background (default: the theme surface).
 * @cssproperty --news-table-of-contents-padding - The box's padding (default: `1em 1.25em`).
 * @cssproperty --news-table-of-contents-indent - How far each nested list is indented (default: `1em`).
 * @cssproperty --news-table-of-contents-gap - The space between links (default: `0.375em`).
 *
 * @fires news-toggle - The reader opened or closed the list on a narrow width, or `toggle()` was
 *   called; detail `{ open }`, the state about to be taken. Cancelable: `preventDefault()` keeps
 *   the current state. Setting `expanded` fires nothing. Following a link fires no event: it only
 *   moves the focus and scrolls, which a host can hear as `focusin` on the heading.
 */
export class TableOfContents extends NewsItemWidget<TableOfContentsStrings> {
  static override tagName = 'table-of-contents';

  static override styles = [NewsItemWidget.styles, styles];

  /** The heading; the translated "Table of Contents" when absent, no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Whether the list shows on a narrow width, where it folds behind a toggle (closed by default).
   * On a wide one the list always shows. Another article starts closed again.
   */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The shown article's sections as a tree, derived before each render. */
  private entries: Entry[] = [];
  /** The shown article's sections in order. */
  private sections: readonly NewsSection[] = [];
  /** The body's headings are being read (the reader is on its way): the skeleton stays. */
  private reading = false;

  private readonly spy = new SectionSpyController(this, {
    ids: () => this.sections.map((section) => section.id),
    find: (id) => this.findTarget(id),
  });

  /**
   * Gives the body reader at once: news-widgets/ssr gives the server's, news-widgets/hydrate the
   * browser's before the widgets upgrade, so the first render lists the body's headings (the same
   * on both sides: the page hydrates) instead of waiting for the download.
   * @internal
   */
  static useReader(bodyReader: NonNullable<typeof reader>): void {
    reader = bodyReader;
  }

  protected override get englishStrings(): TableOfContentsStrings {
    return english;
  }

  /** The heading to show, or undefined for none. */
  private get headingText(): string | undefined {
    return this.heading === '' ? undefined : (this.heading ?? this.text.heading);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another article or feed starts closed again, unless `expanded` was set with it.
    if ((changed.has('item') || changed.has('feed') || changed.has('src')) && !changed.has('expanded')) this.expanded = false;
    const item = this.currentItem;
    this.sections = this.sectionsOf(item).filter((section) => section.id && section.title);
    this.entries = outline(this.sections);
    // An article without sections takes no room at all (loading, errors and a missing article still show).
    this.toggleAttribute('empty', !!item && !this.reading && !this.sections.length);
  }

  /** The feed's sections, else the body's headings: at once when the reader is here, else after its download. */
  private sectionsOf(item: NewsItem | undefined): readonly NewsSection[] {
    this.reading = false;
    if (!item?.contentHtml || item.sections.length) return item?.sections ?? [];
    if (reader || readerFailed) return reader?.readArticleHtml(item).sections ?? [];
    this.reading = true;
    downloadReader()
      .then(
        (module) => (reader = module),
        // Articles without sections of their own then have no table of contents (`<article-body>` says why in the console).
        () => (readerFailed = true)
      )
      .finally(() => this.requestUpdate());
    return [];
  }

  /**
   * Opens or closes the list on a narrow width (`force` true or false, as in `toggleAttribute`).
   * Fires `news-toggle` first, which a listener may cancel. Returns whether it is open afterwards.
   */
  toggle(force = !this.expanded): boolean {
    if (force !== this.expanded && emit(this, 'news-toggle', { open: force }, { cancelable: true })) this.expanded = force;
    return this.expanded;
  }

  /** The section's heading: in this widget's own root, the page, or a widget that registered its sections. */
  private findTarget(id: string): HTMLElement | null {
    const root = this.getRootNode();
    return findSectionTarget(id, root instanceof ShadowRoot || root instanceof Document ? root : undefined);
  }

  /**
   * Focuses the section's heading and scrolls to it, instead of following `#id`. The page's URL
   * hash is left alone on purpose: the page belongs to the site that embeds the widget, where a
   * hash may drive a router or mean something else, each click would add a history entry, and an
   * id inside a shadow root is not found again when the URL is reloaded or shared. A click with a
   * modifier key or another button (a new tab or window) is the reader's choice and proceeds.
   */
  private onLinkClick(event: MouseEvent, section: NewsSection): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const target = this.findTarget(section.id);
    if (!target) return;
    // A heading is not focusable by itself; -1 makes it focusable by script without adding a Tab stop.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Focus first without scrolling, then scroll once, smoothly only for readers who do not ask for less motion.
    target.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'instant', block: 'start' });
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base ${this.expanded ? 'open' : ''}">
      ${this.headingText === undefined ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
      <div class="skeleton-list">
        ${[0, 1, 2, 3, 4].map((row) => html`<div class="skeleton-line ${row % 2 ? 'nested' : ''}"></div>`)}
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    if (this.reading) return this.renderSkeleton();
    if (!this.entries.length) return nothing;
    const heading = this.headingText;
    return html`<nav
      class="base ${this.expanded ? 'open' : ''}"
      part="base"
      aria-labelledby=${heading === undefined ? nothing : 'heading'}
      aria-label=${heading === undefined ? this.text.heading : nothing}
    >
      <div class="header" part="header">
        ${heading === undefined ? nothing : renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading' }, heading)}
        <button
          class="toggle ${heading === undefined ? 'labelled' : ''}"
          part="toggle"
          type="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="list"
          @click=${() => this.toggle()}
        >
          <span class=${heading === undefined ? 'toggle-label' : 'visually-hidden'}>${heading ?? this.text.heading}</span>
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </div>
      ${this.renderList(this.entries, item, 'list')}
    </nav>`;
  }

  private renderList(entries: readonly Entry[], item: NewsItem, id?: string): TemplateResult {
    // role="list": Safari drops list semantics when list-style is none. The outer list takes the
    // direction of the titles (dir="auto", from the first one), so an English article on an Arabic
    // page nests and marks from the left, as its text reads; nested lists and links inherit it
    // (a link with its own dir="auto" would hide its text from the list's choice).
    return html`<ul
      id=${id ?? nothing}
      class="list"
      part=${id ? 'list' : 'list sublist'}
      role="list"
      lang=${(id && item.language) || nothing}
      dir=${id ? 'auto' : nothing}
    >
      ${entries.map((entry) => this.renderEntry(entry, item))}
    </ul>`;
  }

  private renderEntry({ section, children }: Entry, item: NewsItem): TemplateResult {
    const current = this.spy.current === section.id;
    return html`<li class="item" part="item">
      <a
        class="link"
        part=${current ? 'link current' : 'link'}
        href="#${section.id}"
        aria-current=${current ? 'true' : nothing}
        @click=${(event: MouseEvent) => this.onLinkClick(event, section)}
        >${section.title}</a
      >${children.length ? this.renderList(children, item) : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'table-of-contents': TableOfContents;
  }
}
