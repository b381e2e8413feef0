/**
 * Keeps a widget's schema.org JSON-LD (one `<script type="application/ld+json">` in its light DOM,
 * where search engines read it) in step with what the widget shows: written after each update and
 * when the widget comes back to the page, removed when `structured-data` is off, when the widget
 * leaves the page, or when there is nothing to describe. The code that writes it is downloaded the
 * first time a widget needs it (a `lazy()` import, once per page); a failed download leaves the
 * page without JSON-LD and says so once. Used by faq-accordion, article-breadcrumbs, news-article.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface StructuredDataOptions<W, D> {
  /** What the data describes, for the warning when its writer cannot be downloaded ("FAQ"). */
  readonly name: string;
  /** Downloads the writer module. */
  readonly download: () => Promise<W>;
  /** What to describe now, or undefined when there is nothing (then nothing is downloaded or written). */
  readonly data: () => D | undefined;
  /** Writes `data` into `script` (a new one when undefined) in the host's light DOM, and returns it. */
  readonly write: (writer: W, script: HTMLScriptElement | undefined, data: D) => HTMLScriptElement;
}

/** The writers whose download failed: each is reported once per page, however many widgets ask. */
const reported = new Set<string>();

export class StructuredDataController<W, D> implements ReactiveController {
  private script?: HTMLScriptElement;
  private writer?: W;
  private requested = false;

  constructor(
    private readonly host: ReactiveElement & { readonly structuredData: boolean },
    private readonly options: StructuredDataOptions<W, D>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Before the first update there is nothing to describe yet; hostUpdated() writes it then.
    if (this.host.hasUpdated) this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    const data = this.host.structuredData && this.host.isConnected ? this.options.data() : undefined;
    if (data === undefined) {
      this.script?.remove();
    } else if (this.writer) {
      this.script = this.options.write(this.writer, this.script, data);
    } else if (!this.requested) {
      this.requested = true;
      this.options.download().then(
        (writer) => {
          this.writer = writer;
          this.sync();
        },
        (error: unknown) => {
          if (reported.has(this.options.name)) return;
          reported.add(this.options.name);
          console.warn(`news-widgets: the ${this.options.name} structured data could not be loaded.`, error);
        }
      );
    }
  }
}
