/**
 * Text helpers widgets use while rendering: a title stand-in cut from a summary, and fragment ids
 * made from headings. They live apart from feed/text.ts so that a component can use them without
 * pulling in the data layer, which is loaded only when a widget first needs it (core/data-layer.ts).
 */

/** Collapses runs of white space and trims, as a person reads a one-line string. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * A short plain-text stand-in for a missing title: cut at the last word boundary before `max`
 * characters, with an ellipsis. Text without spaces (Chinese, Japanese) is cut at `max`.
 */
export function excerpt(text: string, max: number): string {
  // Only the first max + 1 characters count: a beginning that has more gives the same result
  // (all of a 5 MB body took a second).
  const start = Array.from(collapseWhitespace(text.slice(0, 8 * max)));
  const chars = start.length > max + 1 ? start : Array.from(collapseWhitespace(text));
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max + 1).join('');
  const boundary = head.search(/\s\S*$/);
  const cut = boundary > max / 2 ? head.slice(0, boundary) : chars.slice(0, max).join('');
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/** A URL fragment id made from a heading: lower case, letters and digits joined by dashes. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}
