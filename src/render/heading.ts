/**
 * Real heading elements (`h2`…`h6`, not role="heading") for a configurable `heading-level`.
 * Lit cannot bind a tag name, so there is one fixed template per level: no markup is ever built
 * from an attribute value, and no `lit/static-html.js` (about 0.4 kB gzip) is needed.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A level from 2 to 6 (a widget never takes the page's `h1`); `fallback` when the value is not a number. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : fallback;
}

export interface HeadingOptions {
  /** The heading's class and part name. */
  readonly name: string;
  readonly id?: string;
  /** The language of feed text, when it differs from the page's. */
  readonly lang?: string;
}

/**
 * A heading of `level` (clamped to 2..6; `fallback` when it is not a number) around `content`.
 * `dir="auto"`: the text may be in another script than the page, such as an English title on an
 * Arabic page.
 */
export function renderHeading(level: unknown, fallback: number, { name, id, lang }: HeadingOptions, content: unknown): TemplateResult {
  // `nothing` leaves the attribute out.
  const [i, l] = [id ?? nothing, lang ?? nothing];
  switch (clampHeadingLevel(level, fallback)) {
    case 2: return html`<h2 class=${name} part=${name} id=${i} lang=${l} dir="auto">${content}</h2>`;
    case 3: return html`<h3 class=${name} part=${name} id=${i} lang=${l} dir="auto">${content}</h3>`;
    case 4: return html`<h4 class=${name} part=${name} id=${i} lang=${l} dir="auto">${content}</h4>`;
    case 5: return html`<h5 class=${name} part=${name} id=${i} lang=${l} dir="auto">${content}</h5>`;
    default: return html`<h6 class=${name} part=${name} id=${i} lang=${l} dir="auto">${content}</h6>`;
  }
}
