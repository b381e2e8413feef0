/**
 * Which section of an article the reader is in, for a table of contents that marks it: the first
 * section whose heading is in the band between the viewport's top and the reading line (a quarter
 * down), else the last one whose heading has scrolled past the top, else the first one while its
 * heading is on screen, else none.
 *
 * The headings are watched with an IntersectionObserver whose root is the band above the reading
 * line, so a heading crossing the line is the only thing that wakes it; no scroll listener. The
 * headings are looked up again whenever they may have changed, without a timer:
 * - after each render of the host (another article, other sections);
 * - when a widget that renders sections says so (`src/util/section-targets.ts`: an
 *   `<article-body>` whose content arrived after the table of contents);
 * - while some heading is still missing, on any change to the document's light DOM (a partner
 *   page that renders its article later); the MutationObserver stops once every heading is found.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onSectionTargetsChange } from '../util/section-targets.js';

export interface SectionSpyOptions {
  /** The ids of the sections, in their order in the article (read after each render). */
  ids(): readonly string[];
  /** The heading with this id, wherever it is, or null. */
  find(id: string): HTMLElement | null;
}

/** The reading line: this fraction of the viewport's height from its top. */
const READING_LINE = 0.25;

export class SectionSpyController implements ReactiveController {
  /** The id of the section in view, or undefined before the article or after it. */
  current?: string;

  private intersections?: IntersectionObserver;
  private mutations?: MutationObserver;
  private stopListening?: () => void;
  /** The headings watched, in the sections' order, each with its id. */
  private watched: { id: string; target: HTMLElement }[] = [];
  private missing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SectionSpyOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = onSectionTargetsChange(() => this.resolve());
    this.resolve();
  }

  hostUpdated(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.intersections?.disconnect();
    this.mutations?.disconnect();
    this.intersections = this.mutations = this.stopListening = undefined;
    this.watched = [];
  }

  /** Looks the headings up; when they differ from those watched, watches the new ones. */
  private resolve(): void {
    if (!this.host.isConnected) return;
    const ids = this.options.ids();
    const found = ids.map((id) => ({ id, target: this.options.find(id) }));
    const watched = found.filter((entry): entry is { id: string; target: HTMLElement } => !!entry.target);
    this.watchMutations(watched.length < ids.length);
    if (
      watched.length === this.watched.length &&
      watched.every((entry, i) => entry.target === this.watched[i].target && entry.id === this.watched[i].id)
    )
      return;
    this.intersections?.disconnect();
    this.watched = watched;
    if (!watched.length) return this.update();
    this.intersections ??= new IntersectionObserver(() => this.update(), { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
    // Each observe() reports the heading once at the start, so `current` is set right away.
    for (const { target } of watched) this.intersections.observe(target);
  }

  /** Follows the document's light DOM only while some heading is missing. */
  private watchMutations(on: boolean): void {
    if (on === this.missing) return;
    this.missing = on;
    if (!on) return this.mutations?.disconnect();
    this.mutations ??= new MutationObserver(() => this.resolve());
    this.mutations.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  }

  /**
   * The section in view, from where the headings are now; a change renders the host again. The
   * first heading in the band above the reading line wins, so a heading a link just scrolled to the
   * top is the current one even when the next heading, after a short section, is in the band too.
   */
  private update(): void {
    const line = innerHeight * READING_LINE;
    let current: string | undefined;
    for (const { id, target } of this.watched) {
      const { top, height } = target.getBoundingClientRect();
      if (!height) continue; // a hidden heading is nowhere to read
      if (top > line + 1) break;
      current = id;
      if (top >= -1) break; // in the band: the first one there
    }
    const first = this.watched[0];
    if (current === undefined && first) {
      const { top, bottom } = first.target.getBoundingClientRect();
      if (bottom > 0 && top < innerHeight) current = first.id;
    }
    if (current === this.current) return;
    this.current = current;
    this.host.requestUpdate();
  }
}
