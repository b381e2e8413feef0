/**
 * Publication dates as the widgets show them, the same in every widget: a `<time datetime>` with
 * the date in the widget's language, absolute ("March 19, 2026") or relative ("3 hours ago", with
 * the exact date as its tooltip). Relative dates stay true on a page left open: the widget
 * renders again every minute while it shows them.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatDate, formatRelative } from './format.js';

export type DateFormat = 'absolute' | 'relative';

/** The `<time part="date">` of `iso` in `lang`. */
export function renderDate(iso: string, lang: string, dateFormat: DateFormat): TemplateResult {
  const absolute = formatDate(iso, lang);
  return dateFormat === 'relative'
    ? html`<time part="date" datetime=${iso} title=${absolute}>${formatRelative(iso, lang)}</time>`
    : html`<time part="date" datetime=${iso}>${absolute}</time>`;
}

/** Renders its host again every minute while the host's `dateFormat` is `relative`, and only while it is connected. */
export class RelativeDateClock implements ReactiveController {
  /** Milliseconds between renders; the tests shorten it. */
  static period = 60_000;

  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost & { readonly dateFormat: DateFormat }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  /** After each render: start or stop ticking as `dateFormat` says. */
  hostUpdated(): void {
    if (this.host.dateFormat !== 'relative') this.hostDisconnected();
    else this.timer ??= setInterval(() => this.host.requestUpdate(), RelativeDateClock.period);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
