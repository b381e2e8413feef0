/**
 * What a response is: a JSON Feed, an RSS or Atom feed, or something else, told by its body
 * first and its Content-Type second. Servers label feeds carelessly (RSS as `text/html`, Atom as
 * `.rss`, JSON as `text/plain`), so the body decides whenever it is clear; the label only names
 * what came back when it is not a feed. Anything that is not a feed is a `not-a-feed` FeedError
 * saying what arrived: asking again will not turn it into one.
 */
import { FeedError, type NotAFeedFound } from '../../feed/errors.js';

export type FeedSyntax = 'json' | 'xml';

/** Root elements of the XML feed formats: RSS 0.9x/2.0, RSS 0.90/1.0 (`rdf:RDF`), Atom. */
const FEED_ROOTS = new Set(['rss', 'RDF', 'feed']);

/** Whatever may precede the root element: an XML declaration, processing instructions, comments, a DOCTYPE. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;

/** The name of the first element after the prolog (`rss`, `rdf:RDF`, `html`), if the text starts with markup. */
export function rootElementName(text: string): string | undefined {
  return /^<([A-Za-z_][\w.:-]*)/.exec(text.replace(/^\uFEFF/, '').replace(PROLOG, ''))?.[1];
}

function typeOf(contentType: string | null | undefined): string {
  return contentType?.split(';')[0].trim().toLowerCase() ?? '';
}

/**
 * `json` or `xml`, or a `not-a-feed` FeedError that says what came back: nothing, an HTML page,
 * an XML document of another kind, or text of another kind. Its `details.found` says the same to
 * code (the widget's translated sentence), with `details.root` for XML.
 */
export function sniffFeedSyntax(text: string, contentType?: string | null, url?: string): FeedSyntax {
  const body = text.replace(/^\uFEFF/, '').trim();
  const type = typeOf(contentType);
  const served = type ? ` (served as ${type})` : '';
  const fail = (found: NotAFeedFound, what: string, hint = '', root?: string) =>
    new FeedError('not-a-feed', `${what}${served}, not a feed.${hint}`, { url, found, root });
  if (!body) throw fail('empty', 'The document is empty');
  // JSON: an object is a candidate feed; any other JSON (or broken JSON labelled as such) is the JSON reader's to explain.
  if (body.startsWith('{') || body.startsWith('[') || (/json/.test(type) && !body.startsWith('<'))) return 'json';
  const root = rootElementName(body);
  if (root === undefined) throw fail('text', `This is text that starts “${body.slice(0, 40)}”`);
  const local = root.slice(root.indexOf(':') + 1);
  if (FEED_ROOTS.has(local)) return 'xml';
  if (local.toLowerCase() === 'html' || /^<!doctype\s+html/i.test(body) || type === 'text/html') {
    throw fail('html', 'This is an HTML page', " Use the address of the site's RSS, Atom or JSON feed.");
  }
  throw fail('xml', `This is an XML document whose root is <${root}>`, '', root);
}
