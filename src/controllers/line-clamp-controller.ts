/**
 * Whether a text shortened to a number of lines (a "Read more" box) is longer than those lines:
 * measured after each render and whenever the text's box changes size (a narrower column, a
 * larger font), so a host offers its "Read more" button only when there is more to read.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LineClampOptions {
  /** The text element in the host's render, or nothing while there is none. */
  readonly target: () => HTMLElement | null | undefined;
  /** How many lines the shortened text shows (read from the text's computed style, say). */
  readonly lines: (target: HTMLElement, style: CSSStyleDeclaration) => number;
}

export class LineClampController implements ReactiveController {
  /**
   * Whether the text needs more than its lines. True until measured, so a long text offers its
   * button from the first render and a short one loses it a frame later: the rarer layout shift.
   */
  overflows = true;

  private readonly observer = new ResizeObserver(() => this.measure());
  private observed?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LineClampOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.observed) this.observer.observe(this.observed);
  }

  /** After each render: watch the text element that is there now. */
  hostUpdated(): void {
    const target = this.options.target() ?? undefined;
    if (target === this.observed) return;
    this.observer.disconnect();
    this.observed = target;
    // Only on the page: an observer watching a removed element would keep it alive (a detached host updates too).
    if (target && this.host.isConnected) this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** The text's full height (scrollHeight, also while clamped) against the height of its lines. */
  private measure(): void {
    const target = this.observed;
    if (!target?.isConnected) return;
    const style = getComputedStyle(target);
    const overflows = target.scrollHeight > this.options.lines(target, style) * parseFloat(style.lineHeight) + 1;
    if (overflows === this.overflows) return;
    this.overflows = overflows;
    this.host.requestUpdate();
  }
}
