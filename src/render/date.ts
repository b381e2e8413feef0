/**
 * Publication dates as the widgets show them, the same in every widget: a `<time datetime>` with
 * the date in the widget's language, absolute ("March 19, 2026") or relative ("3 hours ago", with
 * the exact date as its tooltip). Relative dates stay true on a page left open: see
 * controllers/relative-date-clock.ts.
 */
import { html, type TemplateResult } from 'lit';
import { formatDate, formatRelative } from '../i18n/intl.js';

export type DateFormat = 'absolute' | 'relative';

/** The `<time part="date">` of `iso` in `lang`. */
export function renderDate(iso: string, lang: string, dateFormat: DateFormat): TemplateResult {
  const absolute = formatDate(iso, lang);
  return dateFormat === 'relative'
    ? html`<time part="date" datetime=${iso} title=${absolute}>${formatRelative(iso, lang)}</time>`
    : html`<time part="date" datetime=${iso}>${absolute}</time>`;
}
