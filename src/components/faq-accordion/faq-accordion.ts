import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { emit } from '../../events/news-events.js';
import { clampHeadingLevel, headingTag, renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { NewsItemWidget } from '../../base/news-widget.js';
import { lazy } from '../../util/lazy.js';
import { slugify } from '../../util/text.js';
import type { NewsFaqEntry, NewsItem } from '../../feed/types.js';
import { styles } from './faq-accordion.styles.js';

export interface FaqAccordionStrings extends WidgetStrings {
  /** The section heading above the questions (the `heading` attribute wins). */
  heading: string;
  /** Shown when the article has no FAQ. */
  noQuestions: string;
}

const english: FaqAccordionStrings = {
  ...widgetStrings,
  heading: 'Frequently Asked Questions',
  noQuestions: 'No questions yet.',
};

/** One FAQ entry as rendered: its stable fragment id and its answer split into paragraphs. */
interface Entry extends NewsFaqEntry {
  readonly id: string;
  readonly paragraphs: readonly string[];
}

/**
 * APG advises against `role="region"` on accordion panels when there are many of them, since every
 * region is a landmark and too many landmarks make landmark navigation useless.
 */
const MAX_REGIONS = 6;

/** The JSON-LD writer, downloaded the first time an accordion on the page asks for it. */
const downloadFaqPage = lazy(() => import('../../on-demand/json-ld/faq-page.js'));

/** The questions of `faq` with an id each (`prefix` + slug; a repeated slug gets "-2", "-3"). */
function faqEntries(faq: readonly NewsFaqEntry[], prefix: string): Entry[] {
  const seen = new Map<string, number>();
  return faq
    .filter((entry) => entry.question)
    .map((entry) => {
      const base = `${prefix}${slugify(entry.question)}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return {
        ...entry,
        id: count > 1 ? `${base}-${count}` : base,
        paragraphs: entry.answer.split(/\n\s*\n/).filter((paragraph) => paragraph.trim()),
      };
    });
}

/**
 * The frequently asked questions of one article as an accordion that follows the WAI-ARIA
 * accordion pattern: each question is a button (in a heading) that shows or hides its answer.
 * Enter and Space toggle; ArrowUp / ArrowDown (wrapping), Home and End move between questions.
 *
 * Closed answers are `hidden="until-found"`, so the browser's find-in-page searches them and opens
 * the matching one. Every question has a stable id (`id-prefix` + the slug of the question, e.g.
 * `#faq-who-did-john-coale-meet-in-minsk`): a link to it opens the question, scrolls to it and
 * focuses it, on load and whenever the page's hash changes. Set `scroll-margin-block-start` on
 * `::part(entry)` to clear a sticky page header.
 *
 * With `structured-data`, the widget also writes a schema.org `FAQPage` JSON-LD
 * `<script type="application/ld+json">` into its light DOM (kept current, removed again when the
 * attribute goes or the element leaves the page). The code that writes it is downloaded the
 * first time an accordion on the page asks for it. Be aware that since August 2023 Google shows
 * FAQ rich results only for well-known, authoritative government and health sites, so for most
 * publishers this markup will not change how search results look; it mainly serves other
 * consumers of structured data.
 *
 * @summary An accessible accordion of an article's frequently asked questions.
 * @tagname faq-accordion
 *
 * @csspart base - The wrapper around the heading and the list.
 * @csspart heading - The section heading above the questions (an `h2`…`h6` element, see `heading-level`).
 * @csspart list - The list of entries.
 * @csspart entry - One question with its answer.
 * @csspart question - The heading element around a question's button (one level below the section heading).
 * @csspart button - The button that shows or hides an answer.
 * @csspart number - The decorative number before a question (with `numbered`).
 * @csspart icon - The chevron that turns when an answer opens.
 * @csspart answer - The panel holding an answer.
 * @csspart empty - The message shown when the article has no questions.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart message - The message shown when no feed was given.
 * @csspart error - The error box (with `role="alert"`).
 * @csspart retry - The retry button of the error and stale messages.
 * @csspart stale - The note shown above saved content when a refresh failed.
 *
 * @cssproperty --news-faq-accordion-gap - Space between the entries (default `0.5em`).
 * @cssproperty --news-faq-accordion-padding - Inner padding of an entry (default `1em`, less in narrow widgets).
 * @cssproperty --news-faq-accordion-icon-size - Size of the chevron (default `1.25em`).
 * @cssproperty --news-faq-accordion-number-size - Diameter of the number badge (default `1.75em`).
 *
 * @fires news-toggle - An answer is about to open or close, by a click, a link to its question or
 * `toggle()` / `open()` / `close()` (setting `expanded` fires nothing); detail `{ open, index, question }`
 * (the new state, the 0-based index). Cancelable: `preventDefault()` keeps the current state. When
 * find-in-page reveals an answer the browser has already shown it, so that event is not cancelable.
 * In `single` mode, opening an answer closes the open one without a separate event.
 */
export class FaqAccordion extends NewsItemWidget<FaqAccordionStrings> {
  static override tagName = 'faq-accordion';

  static override styles = [NewsItemWidget.styles, styles];

  /** The section heading; the translated "Frequently Asked Questions" when absent, none when empty. */
  @property() heading?: string;

  /**
   * Level of the section heading (2–6); the questions are one level deeper. Without a section
   * heading (`heading=""`) the questions take this level.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Keeps at most one answer open: opening one closes the other. */
  @property({ type: Boolean, reflect: true }) single = false;

  /**
   * The questions open at start: comma or space separated 1-based numbers or question ids
   * (`expanded="1"`, `expanded="1, 3"`, `expanded="faq-who-did-john-coale-meet-in-minsk"`), or `all`.
   * Applied when the questions arrive and whenever this attribute changes.
   */
  @property() expanded?: string;

  /** Shows a decorative number before each question, as on the seed article. */
  @property({ type: Boolean, reflect: true }) numbered = false;

  /** Writes a schema.org FAQPage JSON-LD script into the light DOM (see the class description). */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** Prefix of the questions' fragment ids: `faq-` gives `#faq-<question-slug>`. */
  @property({ attribute: 'id-prefix' }) idPrefix = 'faq-';

  /** Indexes of the open answers. */
  @state() private openIndexes: ReadonlySet<number> = new Set();

  /** The entries of the shown item, derived in `willUpdate` so handlers and methods can use them. */
  private entries: readonly Entry[] = [];
  private entriesOf?: NewsItem;
  /** Which questions `expanded` was last applied to; new questions get the attribute applied again. */
  private appliedTo = '';
  /** The page's hash is looked at once, as soon as the questions are known. */
  private hashPending = true;
  /** An entry to scroll to and focus after the next render. */
  private revealIndex?: number;
  constructor() {
    super();
    // ArrowUp / ArrowDown (wrapping), Home and End move between the questions.
    new RovingFocusController(this, { items: () => this.buttons() });
    // With `structured-data`: a schema.org FAQPage of the questions shown, in the light DOM.
    new StructuredDataController(this, {
      name: 'FAQ',
      download: downloadFaqPage,
      data: () => (this.entries.length ? this.entries : undefined),
      write: (faqPage, script, entries) => faqPage.writeFaqPage(this, script, entries),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override get englishStrings(): FaqAccordionStrings {
    return english;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = this.currentItem;
    if (item !== this.entriesOf || changed.has('idPrefix')) {
      this.entriesOf = item;
      this.entries = item ? faqEntries(item.faq, this.idPrefix) : [];
    }
    const questions = this.entries.map((entry) => entry.id).join(' ');
    if (questions !== this.appliedTo || changed.has('expanded')) {
      this.appliedTo = questions;
      this.openIndexes = this.parseExpanded();
    } else if (changed.has('single') && this.single && this.openIndexes.size > 1) {
      this.openIndexes = new Set([Math.min(...this.openIndexes)]);
    }
    if (this.hashPending && this.entries.length) {
      // A page opened at `#<question-id>`: part of the initial state, like `expanded`, so no event.
      this.hashPending = false;
      const index = this.indexFromHash();
      if (index >= 0) {
        this.openIndexes = new Set(this.single ? [index] : [...this.openIndexes, index]);
        this.revealIndex = index;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.revealIndex !== undefined) {
      this.reveal(this.revealIndex);
      this.revealIndex = undefined;
    }
  }

  /** Opens a question (0-based index or id). Returns false when there is no such question or a listener cancelled. */
  open(indexOrId: number | string): boolean {
    return this.setOpen(this.indexOf(indexOrId), true);
  }

  /** Closes a question (0-based index or id). Returns false when there is no such question or a listener cancelled. */
  close(indexOrId: number | string): boolean {
    return this.setOpen(this.indexOf(indexOrId), false);
  }

  /**
   * Opens a closed question or closes an open one (0-based index or id); with `force`, opens
   * (`true`) or closes (`false`) it. Returns whether that answer is open afterwards: false also
   * when there is no such question.
   */
  toggle(indexOrId: number | string, force?: boolean): boolean {
    const index = this.indexOf(indexOrId);
    this.setOpen(index, force ?? !this.openIndexes.has(index));
    return this.openIndexes.has(index);
  }

  private readonly onHashChange = (): void => {
    const index = this.indexFromHash();
    if (index < 0) return;
    this.setOpen(index, true);
    // Even when a listener kept it closed, the link asked for this question: go there.
    void this.updateComplete.then(() => this.reveal(index));
  };

  /** The one way the state changes after start: asks listeners first (news-toggle), then updates. */
  private setOpen(index: number, open: boolean, cancelable = true): boolean {
    const entry = this.entries[index];
    if (!entry) return false;
    if (this.openIndexes.has(index) === open) return true;
    if (!emit(this, 'news-toggle', { index, open, question: entry.question }, { cancelable })) return false;
    const next = new Set(open && this.single ? [] : this.openIndexes);
    if (open) next.add(index);
    else next.delete(index);
    this.openIndexes = next;
    return true;
  }

  /** A 0-based index, or an id with or without the prefix (a leading `#` is fine); -1 when unknown. */
  private indexOf(indexOrId: number | string): number {
    if (typeof indexOrId === 'number') {
      return Number.isInteger(indexOrId) && indexOrId >= 0 && indexOrId < this.entries.length ? indexOrId : -1;
    }
    const id = indexOrId.replace(/^#/, '');
    return this.entries.findIndex((entry) => entry.id === id || entry.id === this.idPrefix + id);
  }

  private parseExpanded(): Set<number> {
    const tokens = (this.expanded ?? '').split(/[\s,]+/).filter(Boolean);
    const indexes = tokens.some((token) => token.toLowerCase() === 'all')
      ? this.entries.map((_entry, index) => index)
      : tokens.map((token) => (/^\d+$/.test(token) ? this.indexOf(Number(token) - 1) : this.indexOf(token)));
    const valid = indexes.filter((index) => index >= 0);
    return new Set(this.single ? valid.slice(0, 1) : valid);
  }

  private indexFromHash(): number {
    if (location.hash.length < 2) return -1;
    try {
      // Slugs keep non-ASCII letters, which arrive percent-encoded in the URL.
      return this.entries.findIndex((entry) => entry.id === decodeURIComponent(location.hash.slice(1)));
    } catch {
      return -1;
    }
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.trigger')];
  }

  private reveal(index: number): void {
    const button = this.buttons()[index];
    if (!button) return;
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    button.closest('.entry')?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    button.focus({ preventScroll: true });
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      ${this.heading === '' ? nothing : html`<div class="skeleton-line skeleton-heading"></div>`}
      <div class="list">
        ${[0, 1, 2, 3].map(() => html`<div class="entry"><div class="skeleton-row"><div class="skeleton-line"></div></div></div>`)}
      </div>
    </div>`;
  }

  protected override renderItem(item: NewsItem): unknown {
    const heading = this.heading ?? this.text.heading;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const sectionHeading = heading ? renderHeading(level, 2, { name: 'heading' }, heading) : nothing;
    if (!this.entries.length) {
      return html`<div class="base" part="base">${sectionHeading}${this.renderEmpty(this.text.noQuestions)}</div>`;
    }
    const regions = this.entries.length <= MAX_REGIONS;
    return html`<div class="base" part="base">
      ${sectionHeading}
      <div class="list" part="list" lang=${item.language ?? nothing}>
        ${this.entries.map((entry, index) => this.renderEntry(entry, index, heading ? level + 1 : level, regions))}
      </div>
    </div>`;
  }

  /** A click on a question's button. One handler for every button (not a closure per entry), so Lit never swaps listeners on a re-render. */
  private onTriggerClick(event: Event): void {
    this.toggle(this.entryIndexOf(event.currentTarget));
  }

  /** Find-in-page matched text in a closed answer: the browser shows it, the state follows (too late to cancel). */
  private onBeforeMatch(event: Event): void {
    this.setOpen(this.entryIndexOf(event.currentTarget), true, false);
  }

  /** The index of the entry that holds `element`; -1 when none does. */
  private entryIndexOf(element: EventTarget | null): number {
    const id = (element as Element | null)?.closest('.entry')?.id;
    return this.entries.findIndex((entry) => entry.id === id);
  }

  /**
   * One entry: its heading, button and answer are one template (static, for the heading's tag)
   * rather than nested ones, since every nested template is one more clone and walk per entry,
   * most of the accordion's script work (`npm run bench -- --profile "scriptOnly(200, false, 'faq-accordion')"`).
   */
  private renderEntry(entry: Entry, index: number, level: number, regions: boolean): TemplateResult {
    const open = this.openIndexes.has(index);
    const tag = headingTag(level, 3);
    // dir="auto": an English FAQ on an Arabic page reads left to right, and the other way round.
    return staticHtml`<div class="entry ${open ? 'open' : ''}" part="entry" id=${entry.id} dir="auto">
      <${tag} class="question" part="question" dir="auto"><button
        class="trigger"
        part="button"
        type="button"
        id="${entry.id}-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${entry.id}-panel"
        @click=${this.onTriggerClick}
      >
        ${this.numbered ? html`<span class="number" part="number" aria-hidden="true">${index + 1}</span>` : nothing}
        <span class="question-text">${entry.question}</span>
        <svg class="icon" part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M5 7.5l5 5 5-5" />
        </svg>
      </button></${tag}>
      <div
        class="answer"
        part="answer"
        id="${entry.id}-panel"
        role=${regions ? 'region' : nothing}
        aria-labelledby=${regions ? `${entry.id}-button` : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${this.onBeforeMatch}
      >
        <div class="answer-body">${entry.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}
