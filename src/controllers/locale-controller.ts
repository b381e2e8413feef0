/**
 * Which language a widget speaks and the strings it shows in it, as Shoelace's
 * LocalizeController does for its components: the host's own `lang`, else the nearest ancestor's
 * `lang`, else the browser's language. Strings are resolved once per update (English, then the
 * language's table, then the host's overrides), and a change of an ancestor's `lang` (a page
 * that switches language without reloading) updates the host.
 *
 * A controller cannot hold back its host's update, so a host that must not flash English on a
 * German page waits for `pending` itself:
 *
 * ```ts
 * protected override scheduleUpdate() {
 *   const strings = this.localization.pending;
 *   return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale, resolveStrings } from '../i18n/strings.js';

/** What the controller needs to resolve a host's strings, read at every update. */
export interface StringsSource<S extends object> {
  /** The complete English strings. */
  readonly english: S;
  /** The host's table in a language's strings: its default tag (`'headline-list'`). */
  readonly table: string;
  /** Strings the page replaced on this element. */
  readonly overrides?: Partial<S>;
}

/** Controllers whose host is connected: one observer on the document serves them all. */
const connected = new Set<LocaleController<object>>();
let observer: MutationObserver | undefined;

export class LocaleController<S extends object> implements ReactiveController {
  /** The strings for `locale`, resolved before each render (in `hostUpdate`, after the host's `willUpdate`). */
  text!: S;

  /** The language `text` was last resolved for. */
  private resolvedFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => StringsSource<S>
  ) {
    host.addController(this);
  }

  /**
   * The language used: the host's own `lang`, else the nearest ancestor's, else the browser's. On
   * the server (`news-widgets/ssr`) an element has no ancestors and no browser: it is given `lang`.
   */
  get locale(): string {
    return this.host.lang || this.host.closest?.('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  /** While the strings of a built-in language that `locale` needs are downloading, that download (it never rejects). */
  get pending(): Promise<void> | undefined {
    return loadLocale(this.locale);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      // Only `lang` attributes, wherever they change in the document: cheap, and rare.
      observer = new MutationObserver(() => connected.forEach((controller) => controller.languageChanged()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    const { english, table, overrides } = this.source();
    this.resolvedFor = this.locale;
    this.text = resolveStrings(english, table, this.resolvedFor, overrides);
  }

  private languageChanged(): void {
    if (this.locale !== this.resolvedFor) this.host.requestUpdate();
  }
}
