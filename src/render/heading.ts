/**
 * Real heading elements (`h2`…`h6`, not role="heading") for a configurable `heading-level`.
 * Lit cannot bind a tag name; `lit/static-html.js` can, from a fixed list of `literal` tags, so
 * no markup is ever built from an attribute value.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

/** The tags for levels 2 to 6 (a widget never takes the page's `h1`). */
const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A level from 2 to 6 (a widget never takes the page's `h1`); `fallback` when the value is not a number. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : fallback;
}

/**
 * The heading tag of `level` (clamped to 2..6; `fallback` when it is not a number), for a
 * `lit/static-html.js` template that writes its heading itself: a list that renders one template
 * per entry, heading included, rather than a nested one.
 */
export function headingTag(level: unknown, fallback: number): StaticValue {
  return TAGS[clampHeadingLevel(level, fallback) - 2];
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
  const tag = headingTag(level, fallback);
  // `nothing` leaves the attribute out. The plugin does not know static tags (Shoelace silences it likewise).
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class=${name} part=${name} id=${id ?? nothing} lang=${lang ?? nothing} dir="auto">${content}</${tag}>`;
}
