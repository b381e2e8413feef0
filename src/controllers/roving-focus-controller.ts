/**
 * Arrow keys, Home and End move focus between a widget's items: the questions of an accordion
 * (WAI-ARIA accordion pattern), the entries of a table of contents, the tabs of a tab list.
 * Keys that start elsewhere, or come with a modifier, are left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The elements focus moves between, in order (read at each key press). */
  items(): readonly HTMLElement[];
  /**
   * Which arrows move: `vertical` ArrowUp/ArrowDown (the default), `horizontal` ArrowLeft/ArrowRight
   * (mirrored in right-to-left text), `both` all four.
   */
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** Whether moving on from the last item goes to the first and back (the default), or stops. */
  wrap?: boolean;
}

export class RovingFocusController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  /** Keys from the shadow root arrive retargeted to the host: the composed path names the item. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = this.options.items();
    const path = event.composedPath();
    const current = items.findIndex((item) => path.includes(item));
    if (current < 0) return;
    const target = this.target(event.key, current, items.length - 1, items[current]);
    if (target === undefined) return;
    // Also at an end without wrapping: the key belongs to the widget, the page does not scroll.
    event.preventDefault();
    if (target !== current) items[target].focus();
  };

  /** The index `key` moves to from `current`; undefined for a key this controller leaves alone. */
  private target(key: string, current: number, last: number, item: HTMLElement): number | undefined {
    if (key === 'Home') return 0;
    if (key === 'End') return last;
    const step = this.steps(item)[key];
    if (!step) return undefined;
    const next = current + step;
    if (next >= 0 && next <= last) return next;
    return this.options.wrap === false ? current : next < 0 ? last : 0;
  }

  /** +1 or -1 for each arrow that moves focus, as `orientation` and the item's direction say. */
  private steps(item: HTMLElement): Record<string, number> {
    const orientation = this.options.orientation ?? 'vertical';
    const steps: Record<string, number> = {};
    if (orientation !== 'horizontal') Object.assign(steps, { ArrowDown: 1, ArrowUp: -1 });
    if (orientation !== 'vertical') {
      const rtl = getComputedStyle(item).direction === 'rtl';
      Object.assign(steps, { [rtl ? 'ArrowLeft' : 'ArrowRight']: 1, [rtl ? 'ArrowRight' : 'ArrowLeft']: -1 });
    }
    return steps;
  }
}
