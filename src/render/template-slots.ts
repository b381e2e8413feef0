/**
 * A translated sentence with rendered pieces in it: "Published by {publisher}" where the publisher
 * is a link, "Last updated: {date}" where the date is a `<time>`. `format()` (i18n/strings.ts)
 * fills placeholders with text; this fills them with templates, so the sentence's word order
 * stays the translator's.
 */

/**
 * The pieces of `template` with each `{name}` replaced by `slots[name]` (a string, a template, any
 * renderable value); unknown placeholders stay as written. Render the result as a child: Lit
 * renders arrays.
 */
export function fillSlots(template: string, slots: Readonly<Record<string, unknown>>): unknown[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in slots ? slots[name] : piece;
  });
}
