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
/** A UTF-8 continuation byte (0x80–0xBF) read as Windows-1252 or as Latin-1. */
const CONTINUATION = `[\u0080-\u00bf${CP1252_HIGH}]`;
/** One UTF-8 sequence read as Windows-1252: a lead byte (Â–ô) and as many continuation bytes as it announces. */
const MOJIBAKE = new RegExp(`[\u00c2-\u00df]${CONTINUATION}|[\u00e0-\u00ef]${CONTINUATION}{2}|[\u00f0-\u00f4]${CONTINUATION}{3}`, 'g');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs text that was UTF-8, decoded as Windows-1252 and encoded again (`Iâ€™m` → `I’m`), one
 * character at a time: a run of characters is replaced only when its bytes are exactly one valid
 * UTF-8 sequence, so correct Latin-1 text is never damaged, and a title that mixes a correct `’`
 * with a broken `â€”` gets both right.
 */
export function repairMojibake(value: string): string {
  return value.replace(MOJIBAKE, (run) => {
    const bytes = Uint8Array.from(run, (char) => {
      const high = CP1252_HIGH.indexOf(char);
      return high >= 0 ? 0x80 + high : char.charCodeAt(0);
    });
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** Already-decoded text as one clean line, or undefined when nothing is left. */
export function oneLine(text: string): string | undefined {
  return collapseWhitespace(repairMojibake(text)) || undefined;
}

/** Already-decoded text with its paragraph breaks kept (blank lines), each paragraph one clean line. */
export function paragraphs(text: string): string | undefined {
  const kept = repairMojibake(text)
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
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
