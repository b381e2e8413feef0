/**
 * What `news-widgets convert` does, without the file system or the network: the bytes of a feed
 * (RSS, Atom or JSON Feed) in, the JSON Feed 1.1 document a site can host on its own origin out.
 * For RSS and Atom that is the document the widgets themselves make of the feed (see
 * xml-feed.ts), so a widget shows the hosted copy exactly as it shows the original: strings keep
 * the character references the feed wrote, which the widgets decode once. Only dates change: JSON
 * Feed asks for RFC 3339, so RSS dates are rewritten (and ones that cannot be read left out). A
 * JSON Feed comes back as it is. Built as dist/convert.js for bin/news-widgets.js, which runs it in Node on
 * @xmldom/xmldom's DOMParser.
 */
import { decodeFeedBytes } from './charset.js';
import { sniffFeedSyntax } from './sniff-format.js';
import { readXmlFeed, type XmlParser } from './xml-feed.js';
import { parseFeedText } from './normalize.js';
import { parseFeedDate } from './parse-date.js';

export type { JsonFeedDocument, XmlParser } from './xml-feed.js';

/**
 * `bytes` from `url` (served as `contentType`, if known) as a JSON Feed document. Throws a
 * FeedError that says what the bytes are when they are not a feed.
 */
export function convertFeed(bytes: Uint8Array, url: string, contentType: string | null | undefined, parser: XmlParser): unknown {
  const text = decodeFeedBytes(bytes, contentType);
  if (sniffFeedSyntax(text, contentType, url) === 'json') return parseFeedText(text, url);
  const feed = readXmlFeed(text, url, parser);
  return {
    ...feed,
    items: feed.items.map((item) => ({
      ...item,
      date_published: parseFeedDate(item.date_published),
      date_modified: parseFeedDate(item.date_modified),
    })),
  };
}
