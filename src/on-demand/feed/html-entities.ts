/**
 * HTML character references decoded without a DOM, as the HTML parser decodes them in text
 * (https://html.spec.whatwg.org/#character-reference-state), so the data layer runs in Node and
 * edge runtimes as well as in the browser.
 *
 * Which names: the HTML table has about 2,230, which would cost every page about 11.5 kB (gzip,
 * as the `entities` package stores them, the most compact form we know); all 252 of HTML 4 cost
 * 1 kB. This module knows 140 for about 0.55 kB: `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, all of
 * Latin-1 (accented letters, `&nbsp;`, `&copy;`, `&frac12;`...), and the typographic ones of HTML 4
 * (quotes, dashes, spaces, `&hellip;`, `&bull;`, `&euro;`, `&trade;`), with `&larr;` `&rarr;`
 * `&minus;`. Every name in the real feeds we test against is among them. Numeric references
 * (`&#8217;`, `&#x2019;`) are all decoded, with the parser's rules for 0, surrogates, numbers past
 * U+10FFFF and the Windows-1252 range 0x80–0x9F. A name this table does not know (`&alpha;`,
 * `&frown;`) is decoded by the browser's own parser where there is a DOM, so a browser shows what
 * it always did, and stays as written where there is none (Node, edge runtimes).
 */
import { inertHtml } from '../../util/trusted-types.js';

/**
 * The names by code point, in runs: `#a0 nbsp iexcl` is U+00A0 `nbsp`, U+00A1 `iexcl`, and so on
 * until the next `#`. Whitespace separates.
 */
const TABLE =
  '#22 quot #26 amp apos #3c lt #3e gt ' +
  '#a0 nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave ' +
  'Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc ' +
  'Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc ' +
  'iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml ' +
  '#152 OElig oelig #160 Scaron scaron #178 Yuml #192 fnof #2c6 circ #2dc tilde ' +
  '#2002 ensp emsp #2009 thinsp #200c zwnj zwj lrm rlm #2013 ndash mdash #2018 lsquo rsquo sbquo #201c ldquo rdquo bdquo ' +
  '#2020 dagger Dagger bull #2026 hellip #2030 permil #2032 prime Prime #2039 lsaquo rsaquo #203e oline #2044 frasl #20ac euro ' +
  '#2122 trade #2190 larr #2192 rarr #2212 minus';

/** Each name the table knows, and its character. */
export const NAMED = new Map<string, string>();
let code = 0;
for (const token of TABLE.split(' ')) {
  if (token[0] === '#') code = parseInt(token.slice(1), 16);
  else NAMED.set(token, String.fromCodePoint(code++));
}

for (const name of ['AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG']) NAMED.set(name, NAMED.get(name.toLowerCase())!);

/**
 * The names the parser also decodes without a `;` (`&copy 2024`, `&amp` in a query string): the
 * Latin-1 ones, four of ASCII and those six in capitals. The longest has six letters.
 */
const LEGACY = new Set([...NAMED.keys()].filter((name) => NAMED.get(name)! <= '\u00ff' && name !== 'apos'));

/** Windows-1252's characters for 0x80–0x9F, which the parser puts in place of those numbers (`&#150;` is `–`). */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The character a numeric reference stands for, by the parser's rules. */
function numeric(value: number): string {
  if (value >= 0x80 && value <= 0x9f) return CP1252_HIGH[value - 0x80];
  return value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? '\ufffd' : String.fromCodePoint(value);
}

const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]+)|(\d+));?|([A-Za-z][A-Za-z\d]*)(;?))/g;

let decoder: HTMLTextAreaElement | null | undefined;

/** A detached `<textarea>` in an inert document (nothing loads or runs there), or null without a DOM. */
function domDecoder(): HTMLTextAreaElement | null {
  if (decoder === undefined) {
    try {
      decoder = document.implementation.createHTMLDocument('').createElement('textarea');
    } catch {
      decoder = null;
    }
  }
  return decoder;
}

/**
 * Decodes the character references in `value` once, as the HTML parser does in text: `&amp;amp;`
 * becomes `&amp;`, `&lt;b&gt;` becomes `<b>`, and tags stay as written.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  let unknown = false;
  const decoded = value.replace(REFERENCE, (reference, hex?: string, decimal?: string, name?: string, semicolon?: string) => {
    // Digits past the largest code point (there may be thousands) stand for U+FFFD all the same.
    if (hex) return numeric(hex.length > 8 ? Infinity : parseInt(hex, 16));
    if (decimal) return numeric(decimal.length > 8 ? Infinity : Number(decimal));
    if (semicolon) {
      // A name this table lacks may be one of the rare ones, or no reference at all: the browser knows.
      unknown ||= !NAMED.has(name!);
      return NAMED.get(name!) ?? reference;
    }
    // Without `;`, only the legacy names count: the longest one the letters start with.
    for (let length = Math.min(6, name!.length); length > 1; length--) {
      if (LEGACY.has(name!.slice(0, length))) return NAMED.get(name!.slice(0, length)) + reference.slice(length + 1);
    }
    return reference;
  });
  const dom = unknown ? domDecoder() : null;
  if (!dom) return decoded;
  // A <textarea> parses its content as RCDATA: references are decoded, tags stay literal text.
  dom.innerHTML = inertHtml(value);
  return dom.value;
}
