/**
 * RSS 2.0, RSS 0.9x, RSS 1.0 (RDF) and Atom 1.0 in, a JSON Feed 1.1 document out: the document
 * the normalizer reads for a JSON Feed, so an XML feed gets the same guarantees (URL policy,
 * entities decoded once, mojibake repair, dates, dropped items with reasons), and the document
 * `news-widgets convert` writes.
 *
 * Loaded on demand, only when a response is XML. It uses the DOM API alone, so the same code runs
 * on the browser's `DOMParser` and, in Node, on @xmldom/xmldom's (pass it as `parser`). Everything
 * else is plain string code, so both give identical documents.
 *
 * Strings keep the references the feed wrote inside them (a CDATA title `Sutton &#038; Nicholson`,
 * an escaped `&amp;amp;`): the normalizer decodes them exactly once, as it does for JSON Feed.
 * HTML that must become text (an `html` title, a description read as a summary) loses its tags
 * here, with plain string code; HTML bodies stay HTML and are sanitized where they are shown.
 */
import { FeedError } from '../../feed/errors.js';

/** The JSON Feed 1.1 fields this adapter writes (URLs absolute, strings as described above). */
export interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_html?: string;
  content_text?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

export interface JsonFeedDocument {
  version: 'https://jsonfeed.org/version/1.1';
  title?: string;
  description?: string;
  home_page_url?: string;
  feed_url?: string;
  next_url?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/** A DOMParser class: the browser's, or @xmldom/xmldom's in Node (which takes `onError`). */
export type XmlParser = new (options?: { onError?: (level: string, message: string) => void }) => DOMParser;

const ATOM = 'http://www.w3.org/2005/Atom';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const MEDIA = 'http://search.yahoo.com/mrss/';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The DOCTYPE (the first one: a document's own comes before any CDATA that might quote one). */
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i;
/** An `&` that does not start one of XML's own references, outside CDATA sections. */
const STRAY_AMPERSAND = /<!\[CDATA\[[\s\S]*?\]\]>|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi;

/**
 * Parses feed text as XML, the same way on every parser. Before parsing: line ends become `\n`
 * (as XML itself requires), the DOCTYPE goes (so no entity is ever declared, expanded or fetched:
 * billion laughs and external entities have nothing to work with), and an `&` that starts no XML
 * reference (`&nbsp;` from an RSS 0.91 DTD, a bare `&` in a URL) is escaped, so it reaches the
 * normalizer as written and is decoded there like any other reference. A document that is still
 * not well-formed is a `parse` FeedError.
 */
export function parseXml(text: string, parser: XmlParser = DOMParser, url?: string): Document {
  let problem: string | undefined;
  let doc: Document | undefined;
  try {
    // @xmldom/xmldom reports each problem here (warnings too), then throws on a fatal one.
    doc = new parser({
      onError(level, message) {
        if (level !== 'warning') problem ??= message;
      },
    }).parseFromString(
      text
        .replace(/\r\n?/g, '\n')
        .replace(DOCTYPE, '')
        .replace(STRAY_AMPERSAND, (match) => (match === '&' ? '&amp;' : match)),
      'application/xml'
    );
  } catch (error) {
    problem ??= String(error);
  }
  // Browsers do not throw: they put a <parsererror> into the document.
  problem ??= doc?.getElementsByTagNameNS(XHTML, 'parsererror')[0]?.textContent ?? undefined;
  if (problem !== undefined) throw new FeedError('parse', `The feed is not well-formed XML (${problem.trim()}).`, { url });
  return doc!;
}

type Found = Element | undefined;

const elementsOf = (node: Node | undefined): Element[] =>
  node ? Array.from(node.childNodes).filter((child): child is Element => child.nodeType === 1) : [];

/** Namespaces compared without a trailing slash (`…/mrss` and `…/mrss/` both occur); null for none. */
const sameNamespace = (a: string | null, b: string | null) => (a ?? '').replace(/\/$/, '') === (b ?? '').replace(/\/$/, '');

const textOf = (element: Found): string | undefined => element?.textContent?.trim() || undefined;

const attribute = (element: Found, name: string): string | undefined => element?.getAttribute(name)?.trim() || undefined;

/** The tags of HTML, as written; a lone `<` that opens no tag stays text. */
const TAG = /<\/?([a-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BLOCK = /^(p|div|br|li|h\d|blockquote|pre|tr|dt|dd|figcaption|hr)$/i;

/**
 * HTML as text a person reads: tags gone, a paragraph break for each block, character references
 * kept for the normalizer. Script, style and head contents are not text. (The result is only ever
 * shown as text, so a tag this misses can do no harm.)
 */
function htmlToText(html = ''): string | undefined {
  return (
    html
      .replace(/<!--[\s\S]*?-->|<(script|style|head|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/\s+/g, ' ')
      .replace(TAG, (_tag, name: string) => (BLOCK.test(name) ? '\n\n' : ''))
      .trim() || undefined
  );
}

/** A stable id for an item that has neither guid nor link: FNV-1a of its title and date. */
function hashId(...parts: (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\n')) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return `urn:hash:${(hash >>> 0).toString(16)}`;
}

const resolve = (value: string | null | undefined, base: string): string | undefined => {
  try {
    return value == null ? undefined : new URL(value, base).href;
  } catch {
    return undefined;
  }
};

/** An `&` written as a reference in an HTML attribute (`?a=1&amp;b=2`), as feeds and escapeHtml() write it. */
const AMPERSAND = /&(amp|#38);/g;

/** Text safe inside HTML, quoted attributes included (the normalizer writes the body out again anyway). */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const VOID = /^(area|br|col|embed|hr|img|input|source|track|wbr)$/i;
/** A URL attribute in HTML text: name, then a double-, single- or unquoted value. */
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Whether a media:content (`strict` false) or an enclosure is an image: by `medium`, else type, else (enclosures) the file name. */
const isImage = (element: Element, strict?: boolean): boolean => {
  const medium = attribute(element, 'medium');
  const type = attribute(element, 'type');
  return medium
    ? medium === 'image'
    : type
      ? type.startsWith('image/')
      : !strict || /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(attribute(element, 'url') ?? '');
};

/** Images that are not the article's: 1-pixel trackers, emoji, feed services' share buttons. */
const NOT_A_PICTURE = /\s(width|height)\s*=\s*["']?[01]\b|emoji|smiley|(feedburner|feedsportal|pheedo)\.com\//i;

/**
 * Reads one XML feed document into a JSON Feed 1.1 document, of at most `limit` items. `url` is
 * where the feed was loaded from (the last resort for relative links). Throws a `not-a-feed`
 * FeedError for XML of another kind.
 */
export function xmlToJsonFeed(doc: Document, url: string, limit?: number): JsonFeedDocument {
  const root = doc.documentElement;
  const atom = root.localName === 'feed';
  const channel = atom
    ? root
    : /^(rss|RDF)$/.test(root.localName)
      ? elementsOf(root).find((element) => element.localName === 'channel')
      : undefined;
  if (!channel) throw new FeedError('not-a-feed', `This XML document, whose root is <${root.nodeName}>, holds no feed.`, { url });
  /** The namespace of the format's own elements: none (RSS 2.0), RSS 0.90/1.0's, Userland's RSS 2 (`xmlns` on `<rss>`), Atom's. */
  const own = channel.namespaceURI;

  const all = (parent: Found, name: string, namespace = own) =>
    elementsOf(parent).filter((element) => element.localName === name && sameNamespace(element.namespaceURI, namespace));
  const one = (parent: Found, name: string, namespace?: string | null): Found => all(parent, name, namespace)[0];
  const text = (parent: Found, name: string, namespace?: string | null) => textOf(one(parent, name, namespace));
  /** Atom links with this `rel` (alternate by default). */
  const links = (parent: Element, rel: string) => all(parent, 'link', ATOM).filter((link) => (attribute(link, 'rel') ?? 'alternate') === rel);

  /** The base URL of a node: its `xml:base` resolved against its parent's base; `start` above the root element. */
  const baseOf = (node: Node | null | undefined, start: string): string => {
    if (node?.nodeType !== 1) return start;
    const parent = baseOf(node.parentNode, start);
    return resolve((node as Element).getAttributeNS(XML, 'base'), parent) ?? parent;
  };
  const resolveAt = (value: string | null | undefined, element: Found, start: string) => resolve(value, baseOf(element, start));

  // Relative links resolve against xml:base, else the channel's own link, else its self link, else where the feed came from.
  const homeLink = atom ? links(channel, 'alternate')[0] : one(channel, 'link');
  const homePage = resolveAt(atom ? homeLink?.getAttribute('href') : textOf(homeLink), homeLink, url);
  const selfLink = links(channel, 'self')[0];
  const self = resolveAt(selfLink?.getAttribute('href'), selfLink, url);
  const start = [homePage, self].find((candidate) => candidate?.startsWith('http')) ?? url;
  const absolute = (value: string | null | undefined, element: Found) => resolveAt(value, element, start);
  const href = (link: Found) => absolute(link?.getAttribute('href'), link);
  /** The URL an element holds as its text. */
  const urlIn = (element: Found) => absolute(textOf(element), element);

  /** Relative URLs inside HTML made absolute by the element's base; absolute ones stay as written. */
  const absoluteHtml = (html: string | undefined, element: Found) =>
    html?.replace(URL_ATTRIBUTE, (match, prefix: string, double?: string, single?: string, bare?: string) => {
      const value = (double ?? single ?? bare)!.replace(AMPERSAND, '&').trim();
      const resolved = !value || /^([a-z][\w+.-]*:|#)/i.test(value) ? undefined : absolute(value, element);
      return resolved ? `${prefix}"${escapeHtml(resolved)}"` : match;
    });

  /** XHTML as HTML text (namespace declarations and `xml:` attributes left out). */
  const serialize = (node: Node): string =>
    Array.from(node.childNodes, (part) => {
      if (part.nodeType === 3 || part.nodeType === 4) return escapeHtml(part.nodeValue!);
      if (part.nodeType !== 1) return '';
      const element = part as Element;
      const name = element.localName;
      const attributes = Array.from(element.attributes, ({ name: written, localName, value }) =>
        /^xml/.test(written) ? '' : ` ${localName}="${escapeHtml(value)}"`
      );
      return `<${name}${attributes.join('')}>${VOID.test(name) ? '' : `${serialize(element)}</${name}>`}`;
    }).join('');

  /** An Atom text construct (`type` text, html or xhtml): its HTML, or its text when it is text. */
  const construct = (element: Found): { html?: string; text?: string } => {
    const type = attribute(element, 'type') ?? 'text';
    // XHTML content is wrapped in one <div>, which is not part of it.
    if (type === 'xhtml') return { html: absoluteHtml(serialize(elementsOf(element)[0] ?? element!).trim(), element) };
    if (/html/.test(type)) return { html: absoluteHtml(textOf(element) ?? '', element) };
    return { text: /^text/.test(type) ? textOf(element) : undefined };
  };
  const constructText = (element: Found) => {
    const { html, text } = construct(element);
    return html === undefined ? text : htmlToText(html);
  };

  const authorsOf = (parent: Element): JsonFeedAuthor[] => {
    const authors: JsonFeedAuthor[] = [
      ...all(parent, 'author', ATOM).map((author) => ({ name: text(author, 'name', ATOM), url: urlIn(one(author, 'uri', ATOM)) })),
      ...all(parent, 'creator', DC).map((creator) => ({ name: textOf(creator) })),
    ];
    // RSS `author` should be "email (Name)"; many feeds write only a name, some only an email.
    const rss = atom || authors.length ? undefined : text(parent, 'author');
    if (rss) {
      const [, email, name] = /^(\S+@\S+?)(?:\s*\((.*)\))?$/.exec(rss) ?? ['', undefined, rss];
      authors.push({ name, url: email && `mailto:${email}` });
    }
    return authors.filter((author) => author.name || author.url);
  };

  const languageOf = (element: Found) => element?.getAttributeNS(XML, 'lang') || text(element, 'language');

  /** The largest media:content or media:thumbnail image, else an image enclosure, else itunes:image, else the body's first picture. */
  const imageOf = (item: Element, html: string | undefined) => {
    const media = [item, ...all(item, 'group', MEDIA)]
      .flatMap((parent) => [...all(parent, 'content', MEDIA).filter((content) => isImage(content)), ...all(parent, 'thumbnail', MEDIA)])
      .sort((a, b) => Number(attribute(b, 'width') ?? 0) - Number(attribute(a, 'width') ?? 0))[0];
    const enclosure = all(item, 'enclosure').find((element) => isImage(element, true));
    const linked = links(item, 'enclosure').find((link) => isImage(link, true));
    const itunes = one(item, 'image', ITUNES);
    const picture = html?.match(/<img\s(?:[^>"']|"[^"]*"|'[^']*')*>/gi)?.find((tag) => !NOT_A_PICTURE.test(tag));
    return (
      absolute(attribute(media ?? enclosure, 'url'), media ?? enclosure) ??
      href(linked ?? itunes) ??
      /\ssrc\s*=\s*["']([^"']+)/i.exec(picture ?? '')?.[1].replace(AMPERSAND, '&')
    );
  };

  const rssItem = (item: Element): JsonFeedItem => {
    const encoded = one(item, 'encoded', CONTENT);
    const description = one(item, 'description');
    const body = encoded ?? description;
    const html = absoluteHtml(textOf(body), body);
    const guid = one(item, 'guid');
    const guidText = textOf(guid);
    // FeedBurner and Pheedo put the article's own address beside their click-tracking link.
    const link = [elementsOf(item).find((element) => element.localName === 'origLink'), one(item, 'link')].map(urlIn).find(Boolean);
    const title = text(item, 'title');
    const date = text(item, 'pubDate') ?? text(item, 'date', DC);
    return {
      id: guidText ?? item.getAttributeNS(RDF, 'about') ?? link ?? hashId(title, date),
      // A guid is a permalink unless it says otherwise, but many are not URLs at all: only an absolute http(s) one counts.
      url: link ?? (attribute(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText ?? '') ? guidText : undefined),
      // RSS does not say whether a title is HTML; those that hold tags mean them as markup (`&lt;div&gt;…`).
      title: htmlToText(title),
      summary: htmlToText(textOf(description)),
      content_html: html,
      image: imageOf(item, html),
      date_published: date,
      authors: authorsOf(item),
      tags: [...all(item, 'category'), ...all(item, 'subject', DC)].map(textOf).filter((tag): tag is string => !!tag),
      language: languageOf(item),
    };
  };

  const atomEntry = (entry: Element): JsonFeedItem => {
    const url = href(links(entry, 'alternate')[0]);
    const title = constructText(one(entry, 'title'));
    const updated = text(entry, 'updated');
    const published = text(entry, 'published') ?? updated;
    const content = construct(one(entry, 'content'));
    const summary = one(entry, 'summary');
    // YouTube's feeds carry their text in media:group alone.
    const mediaText = text(one(entry, 'group', MEDIA), 'description', MEDIA);
    return {
      id: text(entry, 'id') ?? url ?? hashId(title, published),
      url,
      title,
      summary: constructText(summary) ?? mediaText,
      content_html: content.html,
      content_text: content.text ?? mediaText,
      image: imageOf(entry, content.html ?? construct(summary).html),
      date_published: published,
      date_modified: updated,
      authors: authorsOf(entry),
      tags: all(entry, 'category')
        .map((category) => attribute(category, 'label') ?? attribute(category, 'term'))
        .filter((tag): tag is string => !!tag),
      language: languageOf(entry),
    };
  };

  // RSS 1.0 puts the image beside the channel, which only points to it.
  const imageUrl = [channel, root].map((parent) => one(one(parent, 'image'), 'url')).find(Boolean);
  const title = atom ? constructText(one(channel, 'title')) : htmlToText(text(channel, 'title'));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    description: atom ? constructText(one(channel, 'subtitle')) : htmlToText(text(channel, 'description')),
    home_page_url: homePage,
    feed_url: self,
    next_url: href(links(channel, 'next')[0]),
    icon: urlIn(atom ? one(channel, 'logo') : imageUrl),
    favicon: urlIn(one(channel, 'icon')),
    language: languageOf(channel) ?? languageOf(root),
    authors: authorsOf(channel),
    items: (atom ? all(channel, 'entry') : [...all(channel, 'item'), ...all(root, 'item')]).slice(0, limit).map(atom ? atomEntry : rssItem),
  };
}

/** Feed text (already decoded from bytes) or a parsed XML Document, to a JSON Feed 1.1 document. */
export function readXmlFeed(source: string | Document, url: string, parser?: XmlParser, limit?: number): JsonFeedDocument {
  return xmlToJsonFeed(typeof source === 'string' ? parseXml(source, parser, url) : source, url, limit);
}
