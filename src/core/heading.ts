/**
 * Real heading elements (`h2`…`h6`, not role="heading") for a configurable `heading-level`.
 * The tags come from fixed literals, so no markup is ever built from an attribute value.
 */
import { literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A level from 2 to 6 (a widget never takes the page's `h1`); `fallback` when the value is not a number. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : fallback;
}

/** The static tag for a `heading-level` value (clamped to 2..6), for `lit/static-html.js` templates. */
export function headingTag(level: unknown, fallback: number): StaticValue {
  return HEADING_TAGS[clampHeadingLevel(level, fallback) - 2];
}
