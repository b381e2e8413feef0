/**
 * Plain-text helpers for feed strings. Feeds escape titles inconsistently: some send raw text
 * (`Die Rückkehr von <i> und <b>`), some entity-encode it (`&#8216;Jokes&#8217;`), some
 * double-encode it (`Add Task &amp;amp; Sub Tasks` arrives as `&amp;` once JSON-decoded). We decode
 * entities exactly once and never interpret tags, so what a person sees is what the author typed.
 */
import { collapseWhitespace } from '../../util/text.js';
import { inertHtml } from '../../util/trusted-types.js';

let decoder: HTMLTextAreaElement | undefined;

/**
 * Decodes HTML character references once. A `<textarea>` parses its content as RCDATA: references
 * are decoded, tags stay literal text. It lives in an inert document, so nothing loads or runs.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  decoder ??= document.implementation.createHTMLDocument('').createElement('textarea');
  decoder.innerHTML = inertHtml(value);
  return decoder.value;
}

// Windows-1252 maps 0x80–0x9F to these characters; mojibake turns UTF-8 bytes into them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const MOJIBAKE_HINT = /[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

/**
 * Repairs text that was UTF-8, decoded as Windows-1252 and encoded again (`Iâ€™m` → `I’m`).
 * Only when every character maps back to a byte and the bytes are valid UTF-8; otherwise the
 * text is returned unchanged, so correct Latin-1 text is never damaged.
 */
export function repairMojibake(value: string): string {
  if (!MOJIBAKE_HINT.test(value)) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    const code = char.charCodeAt(0);
    const high = CP1252_HIGH.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else if (high >= 0) bytes[i] = 0x80 + high;
    else return value;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return value;
  }
}

/** Already-decoded text as one clean line, or undefined when nothing is left. */
export function oneLine(text: string): string | undefined {
  return collapseWhitespace(repairMojibake(text)) || undefined;
}

/** Already-decoded text with its paragraph breaks kept (blank lines), each paragraph one clean line. */
export function paragraphs(text: string): string | undefined {
  const kept = repairMojibake(text).split(/\n\s*\n/).map(collapseWhitespace).filter(Boolean);
  return kept.join('\n\n') || undefined;
}

/** A feed string as one clean line of plain text (entities decoded once), or undefined. */
export function plainText(value: unknown): string | undefined {
  return typeof value === 'string' ? oneLine(decodeEntities(value)) : undefined;
}

/** Like plainText, but keeps paragraph breaks (for answers, disclosures, body text). */
export function plainParagraphs(value: unknown): string | undefined {
  return typeof value === 'string' ? paragraphs(decodeEntities(value)) : undefined;
}

/** Words in a text, counted across scripts (CJK characters count as one word each). */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/\S+/g)?.length ?? 0;
  return words + cjk;
}

/** Reading speed used when a feed gives no reading time: a common adult average. */
export const WORDS_PER_MINUTE = 230;

export function readingTimeMinutes(text: string | undefined): number | undefined {
  if (!text) return undefined;
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
