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

/** The DOCTYPE, only where one may be: before the root element. */
const DOCTYPE = /^((?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*)<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i;
/** An `&` that does not start one of XML's own references, outside CDATA sections and comments. */
const STRAY_AMPERSAND = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi;

/**
 * Parses feed text as XML, the same way on every parser. Before parsing: line ends become `\n`
 * (as XML itself requires), the DOCTYPE goes (so no entity is ever declared, expanded or fetched:
 * billion laughs and external entities have nothing to work with), and an `&` that starts no XML
 * reference (`&nbsp;` from an RSS 0.91 DTD, a bare `&` in a URL) is escaped, so it reaches the
 * normalizer as written and is decoded there like any other reference. A document that is still
 * not well-formed is a `parse` FeedError.
 */
export function parseXml(text: string, parser: XmlParser = DOMParser, url?: string): Document {
  const prepared = text
    .replace(/\r\n?/g, '\n')
    .replace(DOCTYPE, '$1')
    .replace(STRAY_AMPERSAND, (match) => (match === '&' ? '&amp;' : match));
  const fail = (reason: string, cause?: unknown) =>
    new FeedError('parse', `The feed is not well-formed XML (${reason.trim()}).`, { url, cause });
  let doc: Document;
  try {
    doc = new parser({
      onError(level, message) {
        if (level !== 'warning') throw fail(message);
      },
    }).parseFromString(prepared, 'application/xml');
  } catch (error) {
    throw error instanceof FeedError ? error : fail(error instanceof Error ? error.message : String(error), error);
  }
  // Browsers do not throw: they put a <parsererror> into the document.
  const error = doc.getElementsByTagNameNS(XHTML, 'parsererror')[0];
  if (error) throw fail((error.getElementsByTagNameNS(XHTML, 'div')[0] ?? error).textContent ?? '');
  return doc;
}

const elementsOf = (node: Node | undefined): Element[] =>
  node ? Array.prototype.filter.call(node.childNodes, (child: Node) => child.nodeType === 1) : [];

/** Namespaces compared without a trailing slash (`…/mrss` and `…/mrss/` both occur); null for none. */
const sameNamespace = (a: string | null, b: string | null) => (a ?? '').replace(/\/$/, '') === (b ?? '').replace(/\/$/, '');

const textOf = (element: Element | undefined): string | undefined => element?.textContent?.trim() || undefined;

const attribute = (element: Element | undefined, name: string): string | undefined => element?.getAttribute(name)?.trim() || undefined;

/** The tags of HTML, as written; a lone `<` that opens no tag stays text. */
const TAG = /<(\/?)([a-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|dt|dd|figure|figcaption|section|article|hr)$/i;

/**
 * HTML as text a person reads: tags gone, a paragraph break for each block, character references
 * kept for the normalizer. Script, style and head contents are not text. (The result is only ever
 * shown as text, so a tag this misses can do no harm.)
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<(script|style|head|title|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(TAG, (_tag, _close, name: string) => (BLOCK.test(name) ? '\n\n' : ''));
}

/**
 * An RSS title, which may or may not be HTML: tags of elements that are closed in it (`<div>…</div>`,
 * `<em>…</em>`) or that are `<br>` are markup and go; a lone `<i>` is something the author typed.
 */
function titleText(title: string): string {
  const closed = new Set([...title.matchAll(/<\/([a-z][\w:-]*)/gi)].map((match) => match[1].toLowerCase()));
  return title.replace(TAG, (tag, _close, name: string) => (closed.has(name.toLowerCase()) || /^br$/i.test(name) ? '' : tag));
}

/** A stable id for an item that has neither guid nor link: FNV-1a of its title and date. */
function hashId(...parts: (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\n')) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return `urn:hash:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

const resolve = (value: string | undefined, base: string): string | undefined => {
  if (value === undefined) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
};

const escapeHtml = (text: string, quote = false) =>
  text.replace(quote ? /[&<>"]/g : /[&<>]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

const URL_ATTRIBUTES = /^(href|src|poster|cite)$/i;
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
/** A URL attribute in HTML text: name, then a double-, single- or unquoted value. */
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|$)/i;
const NOT_IMAGE_FILE = /\.(mp[34]|m4a|mov|webm|ogg|swf|flv)(\?|$)/i;

/**
 * Whether a media:content or enclosure is an image: by `medium`, else by MIME type, else by the
 * file name (an enclosure must look like an image file; media:content only must not look like
 * audio or video).
 */
function isImage(url: string | undefined, type: string | undefined, medium: string | undefined, strict = false): boolean {
  if (!url) return false;
  if (medium || type) return medium ? medium === 'image' : type!.startsWith('image/');
  return strict ? IMAGE_FILE.test(url) : !NOT_IMAGE_FILE.test(url);
}

/** Images that are not the article's: feed services' share buttons and trackers, 1-pixel images, emoji. */
const NOT_A_PICTURE = /\/\/[^/]*\b(feedburner|feedsportal|pheedo)\.com\//i;

/** The first picture of an HTML body (its URLs are already absolute). */
function firstImage(html: string | undefined): string | undefined {
  for (const [tag] of (html ?? '').matchAll(/<img\s(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const value = (name: string) => {
      const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
      return match ? (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&').trim() : undefined;
    };
    const src = value('src');
    const tiny = [value('width'), value('height')].some((size) => /^[01](px)?$/.test(size ?? ''));
    if (src && !tiny && !NOT_A_PICTURE.test(src) && !/emoji|smiley/i.test(value('class') ?? '')) return src;
  }
  return undefined;
}

/**
 * Reads one XML feed document into a JSON Feed 1.1 document. `url` is where the feed was loaded
 * from (the last resort for relative links). Throws a `not-a-feed` FeedError for XML of another kind.
 */
export function xmlToJsonFeed(doc: Document, url: string): JsonFeedDocument {
  const root = doc.documentElement;
  const atom = root.localName === 'feed';
  if (!atom && root.localName !== 'rss' && !(root.localName === 'RDF' && sameNamespace(root.namespaceURI, RDF))) {
    throw new FeedError('not-a-feed', `This is an XML document whose root is <${root.nodeName}>, not a feed.`, { url });
  }
  const channel = atom ? root : elementsOf(root).find((element) => element.localName === 'channel');
  if (!channel) throw new FeedError('not-a-feed', 'The RSS document has no <channel>, so it holds no feed.', { url });
  /** The namespace of the format's own elements: none (RSS 2.0), RSS 0.90/1.0's, Userland's RSS 2 (`xmlns` on `<rss>`), Atom's. */
  const own = channel.namespaceURI;

  const children = (parent: Element | undefined, name: string, namespace: string | null = own) =>
    elementsOf(parent).filter((element) => element.localName === name && sameNamespace(element.namespaceURI, namespace));
  const child = (parent: Element | undefined, name: string, namespace?: string | null) => children(parent, name, namespace)[0];
  const childText = (parent: Element | undefined, name: string, namespace?: string | null) => textOf(child(parent, name, namespace));

  /** The `xml:base` chain of an element, applied to `start`. */
  const baseOf = (element: Element, start: string): string => {
    const chain: string[] = [];
    for (let node: Node | null = element; node?.nodeType === 1; node = node.parentNode) {
      const base = (node as Element).getAttributeNS(XML, 'base');
      if (base !== null) chain.unshift(base);
    }
    return chain.reduce((base, value) => resolve(value, base) ?? base, start);
  };

  // Relative links resolve against xml:base, else the channel's own link, else its self link, else where the feed came from.
  const homeLink = atom ? alternateLink(channel) : child(channel, 'link');
  const homePage = homeLink && resolve(atom ? attribute(homeLink, 'href') : textOf(homeLink), baseOf(homeLink, url));
  const selfLink = children(channel, 'link', ATOM).find((link) => attribute(link, 'rel') === 'self');
  const self = selfLink && resolve(selfLink.getAttribute('href') ?? '', baseOf(selfLink, url));
  const start = [homePage, self].find((candidate) => candidate?.startsWith('http')) ?? url;
  const absolute = (value: string | undefined, element: Element) => (value === undefined ? undefined : resolve(value, baseOf(element, start)));

  /** Relative URLs inside HTML made absolute, by the element's base; absolute ones are left as written. */
  const absoluteHtml = (html: string, element: Element) =>
    html.replace(URL_ATTRIBUTE, (match, prefix: string, double?: string, single?: string, bare?: string) => {
      const value = (double ?? single ?? bare ?? '').replace(/&amp;/g, '&').trim();
      if (!value || value.startsWith('#') || /^[a-z][\w+.-]*:/i.test(value)) return match;
      const resolved = absolute(value, element);
      return resolved ? `${prefix}"${escapeHtml(resolved, true)}"` : match;
    });

  /** Atom `link` with `rel` alternate (the default), preferring an HTML one. */
  function alternateLink(parent: Element): Element | undefined {
    const alternates = children(parent, 'link', ATOM).filter((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
    return alternates.find((link) => /html/.test(attribute(link, 'type') ?? 'html')) ?? alternates[0];
  }

  const atomLink = (parent: Element, rel: string) => {
    const link = children(parent, 'link', ATOM).find((element) => attribute(element, 'rel') === rel);
    return link && absolute(link.getAttribute('href') ?? undefined, link);
  };

  /** XHTML content (the children of its wrapping `<div>`) as HTML, with URLs made absolute by each element's base. */
  const serialize = (node: Node): string =>
    Array.prototype.map
      .call(node.childNodes, (part: Node): string => {
        if (part.nodeType === 3 || part.nodeType === 4) return escapeHtml(part.nodeValue ?? '');
        if (part.nodeType !== 1) return '';
        const element = part as Element;
        const name = element.localName;
        const attributes = Array.prototype.map
          .call(element.attributes, ({ name: attributeName, localName, value }: Attr) => {
            if (/^xmlns\b|^xml:/.test(attributeName)) return '';
            const written = URL_ATTRIBUTES.test(localName) && !value.startsWith('#') ? (absolute(value, element) ?? value) : value;
            return ` ${localName}="${escapeHtml(written, true)}"`;
          })
          .join('');
        return VOID.test(name) ? `<${name}${attributes}>` : `<${name}${attributes}>${serialize(element)}</${name}>`;
      })
      .join('');

  /** An Atom text construct (`type` text, html or xhtml) as HTML, or as text when it is text. */
  const construct = (element: Element | undefined): { html?: string; text?: string } => {
    if (!element) return {};
    const type = attribute(element, 'type') ?? 'text';
    if (type === 'xhtml') {
      const div = elementsOf(element).find((part) => part.localName === 'div' && sameNamespace(part.namespaceURI, XHTML));
      return { html: serialize(div ?? element).trim() };
    }
    if (/html/.test(type)) return { html: absoluteHtml(textOf(element) ?? '', element) };
    return /^text/.test(type) ? { text: textOf(element) } : {};
  };
  const constructText = (element: Element | undefined): string | undefined => {
    const { html, text } = construct(element);
    return html === undefined ? text : htmlToText(html).trim() || undefined;
  };

  const authorsOf = (parent: Element): JsonFeedAuthor[] => {
    const authors: JsonFeedAuthor[] = children(parent, 'author', ATOM).map((author) => {
      const email = childText(author, 'email', ATOM);
      return { name: childText(author, 'name', ATOM), url: absolute(childText(author, 'uri', ATOM), author) ?? (email && `mailto:${email}`) };
    });
    for (const creator of children(parent, 'creator', DC)) authors.push({ name: textOf(creator) });
    // RSS `author` should be "email (Name)"; many feeds write only a name, some only an email.
    const rss = atom || authors.length ? undefined : childText(parent, 'author');
    if (rss) {
      const [, email, name] = /^(\S+@\S+?)(?:\s*\((.*)\))?$/.exec(rss) ?? ['', undefined, rss];
      authors.push({ name: name?.trim() || undefined, url: email && `mailto:${email}` });
    }
    return authors.filter((author) => author.name || author.url);
  };

  const languageOf = (element: Element) => element.getAttributeNS(XML, 'lang')?.trim() || childText(element, 'language') || childText(element, 'language', DC);

  const imageOf = (item: Element, html: string | undefined): string | undefined => {
    const media = [item, ...children(item, 'group', MEDIA)].flatMap((parent) => [
      ...children(parent, 'content', MEDIA).filter((content) => isImage(attribute(content, 'url'), attribute(content, 'type'), attribute(content, 'medium'))),
      ...children(parent, 'thumbnail', MEDIA),
    ]);
    const largest = media.sort((a, b) => Number(attribute(b, 'width') ?? 0) - Number(attribute(a, 'width') ?? 0))[0];
    const enclosure = [...children(item, 'enclosure'), ...children(item, 'link', ATOM).filter((link) => attribute(link, 'rel') === 'enclosure')]
      .map((element) => [attribute(element, 'url') ?? attribute(element, 'href'), element] as const)
      .find(([href, element]) => isImage(href, attribute(element, 'type'), undefined, true));
    const itunes = child(item, 'image', ITUNES);
    const [found, element] = largest ? [attribute(largest, 'url'), largest] : (enclosure ?? [attribute(itunes, 'href'), itunes]);
    return (found && absolute(found, element!)) ?? firstImage(html);
  };

  const rssItem = (item: Element): JsonFeedItem => {
    const encoded = textOf(child(item, 'encoded', CONTENT));
    const description = textOf(child(item, 'description'));
    const contentHtml = encoded ?? description;
    const guid = child(item, 'guid');
    const guidText = textOf(guid);
    const linkElement = child(item, 'link');
    // FeedBurner and Pheedo put the article's own address beside their click-tracking link.
    const original = elementsOf(item).find((element) => element.localName === 'origLink');
    const link = absolute(textOf(original), original!) ?? absolute(textOf(linkElement), linkElement!);
    // A guid is a permalink unless it says otherwise, but many are not URLs at all: only an absolute http(s) one counts.
    const permalink = attribute(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText ?? '') ? guidText : undefined;
    const title = textOf(child(item, 'title'));
    const date = childText(item, 'pubDate') ?? childText(item, 'date', DC);
    const html = contentHtml && absoluteHtml(contentHtml, child(item, 'encoded', CONTENT) ?? child(item, 'description')!);
    return {
      id: guidText ?? item.getAttributeNS(RDF, 'about')?.trim() ?? link ?? hashId(title, date),
      url: link ?? permalink,
      title: title && titleText(title),
      summary: description && (htmlToText(description).trim() || undefined),
      content_html: html,
      image: imageOf(item, html),
      date_published: date,
      date_modified: childText(item, 'modified', DC),
      authors: authorsOf(item),
      tags: [...children(item, 'category'), ...children(item, 'subject', DC)].map(textOf).filter((tag): tag is string => !!tag),
      language: languageOf(item),
    };
  };

  const atomEntry = (entry: Element): JsonFeedItem => {
    const link = alternateLink(entry);
    const url = link && absolute(attribute(link, 'href'), link);
    const title = constructText(child(entry, 'title'));
    const published = childText(entry, 'published') ?? childText(entry, 'issued');
    const updated = childText(entry, 'updated') ?? childText(entry, 'modified');
    const content = construct(child(entry, 'content'));
    const summary = child(entry, 'summary');
    // YouTube's feeds carry their text in media:group alone.
    const mediaText = childText(child(entry, 'group', MEDIA), 'description', MEDIA);
    return {
      id: childText(entry, 'id') ?? url ?? hashId(title, published ?? updated),
      url,
      title,
      summary: summary ? constructText(summary) : mediaText,
      content_html: content.html,
      content_text: content.text ?? mediaText,
      image: imageOf(entry, content.html ?? construct(summary).html),
      date_published: published ?? updated,
      date_modified: updated,
      authors: authorsOf(entry),
      tags: children(entry, 'category').map((category) => attribute(category, 'label') ?? attribute(category, 'term')).filter((tag): tag is string => !!tag),
      language: languageOf(entry),
    };
  };

  const entries = atom ? children(channel, 'entry') : [...children(channel, 'item'), ...children(root, 'item')];
  const image = child(channel, 'image') ?? child(root, 'image');
  const rssImage = childText(image, 'url');
  const title = atom ? constructText(child(channel, 'title')) : childText(channel, 'title');
  const description = atom ? constructText(child(channel, 'subtitle')) : childText(channel, 'description');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: atom ? title : title && titleText(title),
    description: description && (atom ? description : htmlToText(description).trim() || undefined),
    home_page_url: homePage,
    feed_url: self,
    next_url: atomLink(channel, 'next'),
    icon: atom ? absolute(childText(channel, 'logo'), child(channel, 'logo')!) : rssImage && absolute(rssImage, image!),
    favicon: atom ? absolute(childText(channel, 'icon'), child(channel, 'icon')!) : undefined,
    language: languageOf(channel) ?? languageOf(root),
    authors: authorsOf(channel),
    items: entries.map(atom ? atomEntry : rssItem),
  };
}

/** Feed text (already decoded from bytes) or a parsed XML Document, to a JSON Feed 1.1 document. */
export function readXmlFeed(source: string | Document, url: string, parser?: XmlParser): JsonFeedDocument {
  return xmlToJsonFeed(typeof source === 'string' ? parseXml(source, parser, url) : source, url);
}
