/**
 * Feed text to a JSON Feed document in one go, with no DOM: XML is parsed by @xmldom/xmldom. For
 * where the browser's DOMParser is missing or must not be used: a server or an edge runtime
 * (src/on-demand/server/prepare-feed.ts) and the worker that reads large feeds off the page's
 * main thread (feed-worker.ts). Never in a widget's own bundle: the page has DOMParser.
 */
// The default import is the package's `module.exports` (it is CommonJS) in Node, in bundles, and
// in the browser tests (web-test-runner.config.js serves it as one ES module).
import xmldom from '@xmldom/xmldom';
import { parseFeedText } from './normalize.js';
import { sniffFeedSyntax } from './sniff-format.js';
import { readXmlFeed, type XmlParser } from './xml-feed.js';

/**
 * JSON Feed text parsed, or RSS / Atom converted (up to `limit` items). Throws the FeedError
 * `readFeed` would: `parse`, `not-a-feed`.
 */
export function feedTextToJson(text: string, url?: string, contentType?: string | null, limit?: number): unknown {
  return sniffFeedSyntax(text, contentType, url) === 'json'
    ? parseFeedText(text, url)
    : readXmlFeed(text, url ?? '', xmldom.DOMParser as unknown as XmlParser, limit);
}
