/**
 * Plain-text helpers for feed strings. Feeds escape titles inconsistently: some send raw text
 * (`Die Rückkehr von <i> und <b>`), some entity-encode it (`&#8216;Jokes&#8217;`), some
 * double-encode it (`Add Task &amp;amp; Sub Tasks` arrives as `&amp;` once JSON-decoded). We decode
 * entities exactly once and never interpret tags, so what a person sees is what the author typed.
 */
import { collapseWhitespace } from '../../util/text.js';
import { CP1252_HIGH, decodeEntities } from './html-entities.js';

export { decodeEntities };

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

/**
 * Work done in steps, so that a page stays responsive while a large feed is read: a generator that
 * yields after each piece of bounded work (about STEP_CHARS characters of input at most) the number
 * of characters the piece covered, and returns its result. `finish` runs it to the end at once
 * (the synchronous API); `normalizeFeedInTasks` (normalize.ts) may end its task between steps.
 */
export type Steps<T> = Generator<number, T, void>;

/** The characters of input one step reads at most (the cost of one step: a few ms). */
export const STEP_CHARS = 32_768;

/** Runs steps to the end, in this task. */
export function finish<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Text with its paragraph breaks kept (blank lines), each paragraph one clean line, or undefined
 * when nothing is left; `decode` (entities) is applied first. In steps: the text is cut after about
 * STEP_CHARS characters between the two line breaks of a `\n\n`, which is always inside a paragraph
 * break (no entity, mojibake run or paragraph spans it), so the pieces give what the whole would.
 */
export function* paragraphSteps(text: string, decode = (same: string) => same, kept: string[] = []): Steps<string | undefined> {
  for (let at = 0; at < text.length;) {
    const cut = text.length - at > STEP_CHARS ? text.indexOf('\n\n', at + STEP_CHARS) : -1;
    const end = cut < 0 ? text.length : cut + 1;
    keepParagraphs(decode(text.slice(at, end)), kept);
    yield end - at;
    at = end;
  }
  return kept.join('\n\n') || undefined;
}

/** Adds the clean paragraphs of `text`, a piece cut inside a paragraph break (see paragraphSteps), to `kept`. */
function keepParagraphs(text: string, kept: string[]): void {
  for (const paragraph of repairMojibake(text).split(/\n\s*\n/)) {
    const line = collapseWhitespace(paragraph);
    if (line) kept.push(line);
  }
}

/** Already-decoded text with its paragraph breaks kept (blank lines), each paragraph one clean line. */
export function paragraphs(text: string): string | undefined {
  return finish(paragraphSteps(text));
}

/**
 * How much of a feed string is read: a one-line field (a title, a name, a caption, a tag) up to
 * MAX_LINE_CHARS characters, a field of paragraphs (a summary, an answer, a takeaway, the
 * disclosure) up to MAX_PARAGRAPHS_CHARS; a longer one is cut there and ends with `…`. A body
 * (`content_html`, `content_text`) is read whole (a widget shows its beginning: article-html.ts).
 * Real fields are far shorter (a long RSS description read as a summary is about 20 kB); a widget
 * laid out 5 MB of title or summary in one element for 1 to 10 s.
 */
export const MAX_LINE_CHARS = 2_048;
export const MAX_PARAGRAPHS_CHARS = 32_768;

/** `value` up to `max` characters (a surrogate pair is not split), with `…` when it was longer. */
function upTo(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\ud800-\udbff]/.test(value[max - 1]) ? max - 1 : max;
  return `${value.slice(0, end)}…`;
}

/** A feed string as one clean line of plain text (entities decoded once, up to MAX_LINE_CHARS), or undefined. */
export function plainText(value: unknown): string | undefined {
  return typeof value === 'string' ? oneLine(decodeEntities(upTo(value, MAX_LINE_CHARS))) : undefined;
}

/** Like plainText, but keeps paragraph breaks (for answers, disclosures, body text), and reads the whole string. */
export function plainParagraphs(value: unknown): string | undefined {
  return finish(plainParagraphSteps(value));
}

/** plainParagraphs in steps. */
export function* plainParagraphSteps(value: unknown, max = Infinity): Steps<string | undefined> {
  return typeof value === 'string' ? yield* paragraphSteps(upTo(value, max), decodeEntities) : undefined;
}

/** Elements that start a new paragraph of the text a person reads. */
const BLOCK_TAG = /^(p|li|h[1-6]|blockquote|br|div|tr|pre|figcaption|dt|dd)$/i;
/** Elements whose content is no text a reader sees: skipped up to their end tag. */
const SILENT_TAG = /^(script|style|template|noscript|title|textarea|xmp|iframe|noembed|noframes)$/i;
const TAG_NAME = /[^\s/>]*/y;
const LETTER = /[a-z]/i;

/** Where the tag whose name ends at `at` ends (after its `>`): quoted attribute values may hold `>`. */
function tagEnd(html: string, at: number): number {
  for (let equals = false; at < html.length; at++) {
    const char = html[at];
    if (char === '>') return at + 1;
    if (equals && (char === '"' || char === "'")) {
      at = html.indexOf(char, at + 1);
      if (at < 0) break;
    }
    if (char === '=') equals = true;
    else if (char.trim()) equals = false;
  }
  return html.length;
}

/**
 * The text a person reads in an HTML body, with its paragraph breaks, in one linear pass and
 * without a DOM: tags go (a block element starts a paragraph), comments and the content of
 * scripts, styles and templates go, and entities are decoded once. Not a sanitizer, and not
 * needed to be one: the result is plain text.
 */
export function htmlText(html: string): string | undefined {
  return finish(htmlTextSteps(html));
}

/** htmlText in steps: one after about STEP_CHARS characters of HTML, then the paragraphs' steps. */
export function* htmlTextSteps(html: string): Steps<string | undefined> {
  const kept: string[] = [];
  let text = '';
  for (let at = 0, stepEnd = STEP_CHARS; at < html.length;) {
    if (at >= stepEnd) {
      // The step's text up to its last paragraph break becomes paragraphs now: no string of
      // hundreds of thousands of pieces builds up (the garbage collector's pauses grew with it).
      const cut = text.lastIndexOf('\n\n');
      if (cut >= 0) {
        keepParagraphs(text.slice(0, cut + 1), kept);
        text = text.slice(cut + 1);
      }
      yield at - stepEnd + STEP_CHARS;
      stepEnd = at + STEP_CHARS;
    }
    const open = html.indexOf('<', at);
    text += decodeEntities(html.slice(at, open < 0 ? undefined : open));
    if (open < 0) break;
    const next = html[open + 1] ?? '';
    const end = next === '/';
    if (LETTER.test(end ? (html[open + 2] ?? '') : next)) {
      TAG_NAME.lastIndex = open + (end ? 2 : 1);
      const name = TAG_NAME.exec(html)![0];
      at = tagEnd(html, TAG_NAME.lastIndex);
      if (BLOCK_TAG.test(name)) text += '\n\n';
      if (!end && SILENT_TAG.test(name)) {
        const close = new RegExp(`</${name}[\\s/>]`, 'gi');
        close.lastIndex = at;
        at = close.exec(html) ? tagEnd(html, close.lastIndex - 1) : html.length;
      }
    } else if (end || next === '!' || next === '?') {
      // A comment (`<!-->` is an empty one), a doctype or CDATA, `<?…>`, `</ …>`: no text.
      const comment = html.startsWith('<!--', open) && !/^<!---?>/.test(html.slice(open, open + 6));
      const close = comment ? html.indexOf('-->', open + 4) : html.indexOf('>', open);
      at = close < 0 ? html.length : close + (comment ? 3 : 1);
    } else {
      text += '<';
      at = open + 1;
    }
  }
  // The text since the last step (its characters counted in the steps of its text).
  return yield* paragraphSteps(text, undefined, kept);
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
  return finish(readingTimeSteps(text));
}

/**
 * readingTimeMinutes in steps: the words are counted in pieces of about STEP_CHARS characters, cut
 * at a white space (no word spans it).
 */
export function* readingTimeSteps(text: string | undefined): Steps<number | undefined> {
  if (!text) return undefined;
  let words = 0;
  const space = /\s/g;
  for (let at = 0; at < text.length;) {
    space.lastIndex = at + STEP_CHARS;
    const end = (text.length - at > STEP_CHARS && space.exec(text)?.index) || text.length;
    words += countWords(text.slice(at, end));
    yield end - at;
    at = end;
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
