/**
 * Keeps relative dates ("3 hours ago") true on a page left open: the host renders again every
 * minute while it shows them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DateFormat } from '../render/date.js';

/** What a host offers the clock: an element with a `dateFormat`. */
export type ClockHost = ReactiveControllerHost & Element & { readonly dateFormat: DateFormat };

/** Renders its host again every minute while the host's `dateFormat` is `relative`, and only while it is connected. */
export class RelativeDateClock implements ReactiveController {
  /** Milliseconds between renders; the tests shorten it. */
  static period = 60_000;

  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ClockHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  /**
   * After each render: start or stop ticking as `dateFormat` says. A detached host updates too
   * (a property set before or after its removal), and must not start a clock nobody would stop.
   */
  hostUpdated(): void {
    if (this.host.dateFormat !== 'relative' || !this.host.isConnected) this.hostDisconnected();
    else this.timer ??= setInterval(() => this.host.requestUpdate(), RelativeDateClock.period);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
