/**
 * The bench page's script (bundled by bench.mjs with the widgets, minified and in Lit's production
 * mode, as a partner page ships them). Every figure is taken here, in the page, with
 * performance.now(); the Node side only repeats the runs and prints medians.
 *
 * "Painted" is the frame after the DOM is built: a requestAnimationFrame callback, then a task,
 * which runs once that frame's style, layout and paint are done.
 */
/* global window, document, location, requestAnimationFrame, Node -- the page's globals */
import '../../src/define.ts';
import { MAX_ITEMS, normalizeFeed, parseFeedText } from '../../src/on-demand/feed/normalize.ts';
import { readXmlFeed } from '../../src/on-demand/feed/xml-feed.ts';
import { HeadlineList } from '../../src/components/headline-list/headline-list.ts';
import { widgetClasses } from '../../src/widgets.ts';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

const JSON_FEED = 'https://jsonfeed.org/version/1.1';
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A JSON Feed of `count` items as a news site writes one: title, link, date, summary, a short body, an image, tags. */
function jsonFeed(count) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `item-${index}`,
    url: `https://news.example/${index}`,
    title: `Headline number ${index}: what happened and why it matters`,
    summary: `A summary of story ${index}, one sentence long.`,
    content_html: `<p>First paragraph of story ${index}, with <a href="/related/${index}">a link</a>.</p><p>Second paragraph.</p>`,
    date_published: new Date(Date.UTC(2026, 2, 19, 10) - index * 3_600_000).toISOString(),
    image: `https://news.example/images/${index}.jpg`,
    tags: ['world', `tag-${index % 7}`],
  }));
  return { version: JSON_FEED, title: 'Bench', home_page_url: 'https://news.example/', items };
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same items as `jsonFeed(count)`, as RSS 2.0 (content:encoded for the body) or Atom 1.0 text. */
function xmlFeed(format, count) {
  const { items } = jsonFeed(count);
  if (format === 'rss') {
    const entries = items.map(
      (item) => `<item><guid isPermaLink="false">${item.id}</guid><link>${item.url}</link><title>${escapeXml(item.title)}</title>
<description>${escapeXml(item.summary)}</description><content:encoded><![CDATA[${item.content_html}]]></content:encoded>
<pubDate>${new Date(item.date_published).toUTCString()}</pubDate><enclosure url="${item.image}" type="image/jpeg" length="0"/>${item.tags
        .map((tag) => `<category>${tag}</category>`)
        .join('')}</item>`
    );
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title><link>https://news.example/</link><description>Bench</description>\n${entries.join('\n')}</channel></rss>`;
  }
  const entries = items.map(
    (item) => `<entry><id>${item.url}</id><link rel="alternate" href="${item.url}"/><title>${escapeXml(item.title)}</title>
<summary>${escapeXml(item.summary)}</summary><content type="html">${escapeXml(item.content_html)}</content>
<published>${item.date_published}</published><updated>${item.date_published}</updated><link rel="enclosure" type="image/jpeg" href="${item.image}"/>${item.tags
      .map((tag) => `<category term="${tag}"/>`)
      .join('')}</entry>`
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bench</title><id>https://news.example/</id><updated>2026-03-19T10:00:00Z</updated><link rel="alternate" href="https://news.example/"/>\n${entries.join('\n')}</feed>`;
}

/** The NewsFeed a widget is given: headlines with a link and a date, no images (one network-free paint). */
function headlineFeed(count, normalize = normalizeFeed) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `h${index}`,
    url: `https://news.example/${index}`,
    title: `Headline number ${index}: what happened and why it matters`,
    date_published: new Date(Date.UTC(2026, 2, 19, 10) - index * 3_600_000).toISOString(),
  }));
  return normalize({ version: JSON_FEED, title: 'Bench', items }, { sourceUrl: location.href }).feed;
}

/** The feed for `tag`: before-headline-list (bench.mjs --ab) is given one made by its own copy of the normalizer. */
const feedFor = (tag, count) =>
  tag.startsWith('before-')
    ? cached(`b${count}`, () => headlineFeed(count, window.beforeNormalizeFeed))
    : cached(`h${count}`, () => headlineFeed(count));

function faqFeed(count) {
  const faq = Array.from({ length: count }, (_, index) => ({
    question: `Question ${index + 1}: how does this work?`,
    answer: `Answer ${index + 1}, a sentence or two that explains it.`,
  }));
  return normalizeFeed({ version: JSON_FEED, items: [{ id: 'faq', title: 'FAQ', _news: { faq } }] }, { sourceUrl: location.href }).feed;
}

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
const noop = () => {};

/**
 * The hand-written baseline: the markup headline-list renders for this feed (bench.mjs checks it
 * is the same), built with createElement in a shadow root that adopts the widget's own styles.
 */
function vanillaHeadlines(root, feed) {
  const el = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const list = el('ul', { part: 'list', class: 'list', role: 'list' });
  for (const item of feed.items) {
    const date = item.datePublished;
    const link = el(
      'a',
      { part: 'link', class: 'link', href: item.url },
      el('span', { part: 'title', class: 'title', dir: 'auto' }, item.title)
    );
    link.addEventListener('click', noop);
    const meta = el('div', { part: 'meta', class: 'meta' }, el('time', { part: 'date', datetime: date }, dates.format(new Date(date))));
    list.append(el('li', { part: 'item', class: 'item ' }, el('div', { class: 'body' }, link, meta)));
  }
  // The default heading since the polish of issue 10: the translated "Latest headlines", not the feed's title.
  const heading = el('h2', { dir: 'auto', class: 'heading', part: 'heading', id: 'heading' }, 'Latest headlines');
  root.append(
    el(
      'section',
      { part: 'base', class: 'base layout-list', 'aria-labelledby': 'heading' },
      el('div', { part: 'header', class: 'header' }, heading),
      list,
      el('div', { class: 'visually-hidden', role: 'status' })
    )
  );
}

/** The browser's own disclosure widget: what faq-accordion is measured against. */
function nativeFaq(host, feed) {
  for (const { question, answer } of feed.items[0].faq) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = question;
    const body = document.createElement('p');
    body.textContent = answer;
    details.append(summary, body);
    host.append(details);
  }
}

/** Sets up, measures from the moment the data is handed over to the painted frame, then cleans up. */
async function measure(prepare, build) {
  const host = prepare();
  document.body.append(host);
  await painted();
  const start = performance.now();
  const done = build(host);
  if (done) await done;
  const script = performance.now() - start;
  void host.offsetHeight; // style and layout now, synchronously: a figure free of frame timing
  const layout = performance.now() - start;
  await painted();
  const total = performance.now() - start;
  host.remove();
  return { total, script, layout };
}

const feeds = new Map();
const cached = (key, make) => (feeds.has(key) ? feeds.get(key) : feeds.set(key, make()).get(key));

/** Shadow DOM as text with Lit's comment markers and blank text left out: the markup a reader's browser lays out. */
function markupOf(root) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? node.data : '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attributes = [...node.attributes]
      .map((a) => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
    return `<${node.localName}${attributes}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return [...root.childNodes].map(walk).join('');
}

/** The host's attributes (`theme` shows there) and its shadow markup: what an update may change. */
const snapshot = (el) => `${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}|${markupOf(el.shadowRoot)}`;

window.bench = {
  /** `tag`: before-headline-list is the version of another commit (bench.mjs --ab). */
  headlineList(count, tag = 'headline-list') {
    const feed = feedFor(tag, count);
    return measure(
      () => Object.assign(document.createElement(tag), { limit: count }),
      (el) => {
        el.feed = feed;
        return el.updateComplete;
      }
    );
  },
  vanillaHeadlineList(count) {
    const feed = cached(`h${count}`, () => headlineFeed(count));
    return measure(
      () => {
        const host = document.createElement('div');
        // The attributes the widget reflects onto its host: its :host([…]) rules then match both.
        host.setAttribute('theme', 'auto');
        host.setAttribute('layout', 'list');
        host.attachShadow({ mode: 'open' }).adoptedStyleSheets = HeadlineList.elementStyles.map((style) => style.styleSheet ?? style);
        return host;
      },
      (host) => vanillaHeadlines(host.shadowRoot, feed)
    );
  },
  faqAccordion(count) {
    const feed = cached(`f${count}`, () => faqFeed(count));
    return measure(
      () => document.createElement('faq-accordion'),
      (el) => {
        el.feed = feed;
        return el.updateComplete;
      }
    );
  },
  nativeDetails(count) {
    const feed = cached(`f${count}`, () => faqFeed(count));
    return measure(
      () => document.createElement('div'),
      (host) => nativeFaq(host, feed)
    );
  },
  /** Feed text to a NewsFeed, as the loader does it: parse, then normalize. */
  normalize(count) {
    const text = cached(`j${count}`, () => JSON.stringify(jsonFeed(count)));
    const start = performance.now();
    const { feed, dropped } = normalizeFeed(parseFeedText(text), { sourceUrl: location.href });
    const total = performance.now() - start;
    // The note about items past MAX_ITEMS is no item read.
    return { total, read: feed.items.length + dropped.filter((drop) => drop.index < MAX_ITEMS).length };
  },
  /** A rendered list of `count` given a new `name` (limit, layout, theme, lang) → painted frame. */
  async update(count, name, value) {
    const feed = cached(`h${count}`, () => headlineFeed(count));
    const el = Object.assign(document.createElement('headline-list'), { limit: count, lang: 'en' });
    document.body.append(el);
    el.feed = feed;
    await el.updateComplete;
    await painted();
    const before = snapshot(el);
    const start = performance.now();
    el[name] = value;
    await el.updateComplete;
    const script = performance.now() - start;
    await painted();
    const total = performance.now() - start;
    const changed = snapshot(el) !== before;
    el.remove();
    return { total, script, changed };
  },
  /** RSS or Atom text to a NewsFeed, as readFeed does it for XML: the XML adapter (DOMParser, MAX_ITEMS + 1 items), then normalize. */
  normalizeXml(format, count) {
    const text = cached(`${format}${count}`, () => xmlFeed(format, count));
    const start = performance.now();
    const { feed, dropped } = normalizeFeed(readXmlFeed(text, location.href, undefined, MAX_ITEMS + 1), { sourceUrl: location.href });
    const total = performance.now() - start;
    return { total, read: feed.items.length + dropped.filter((drop) => drop.index < MAX_ITEMS).length, bytes: text.length };
  },
  /** The same RSS or Atom text through feedsmith's own parser for that format (every item). */
  feedsmithXml(format, count) {
    const text = cached(`${format}${count}`, () => xmlFeed(format, count));
    const start = performance.now();
    const feed = format === 'rss' ? parseRssFeed(text) : parseAtomFeed(text);
    return { total: performance.now() - start, read: (format === 'rss' ? feed.items : feed.entries)?.length ?? 0 };
  },
  /** The same feed text through feedsmith (a devDependency for this comparison only): JSON.parse, then its JSON Feed parser. */
  feedsmith(count) {
    const text = cached(`j${count}`, () => JSON.stringify(jsonFeed(count)));
    const start = performance.now();
    const feed = parseJsonFeed(JSON.parse(text));
    return { total: performance.now() - start, read: feed.items?.length ?? 0 };
  },
  /** The widget's and the baseline's markup for the same feed, normalized. */
  async markup(count) {
    const feed = headlineFeed(count);
    const widget = Object.assign(document.createElement('headline-list'), { limit: count });
    document.body.append(widget);
    widget.feed = feed;
    await widget.updateComplete;
    const host = document.createElement('div');
    vanillaHeadlines(host.attachShadow({ mode: 'open' }), feed);
    const result = { widget: markupOf(widget.shadowRoot), baseline: markupOf(host.shadowRoot) };
    widget.remove();
    return result;
  },
};

/* ---- The article page widget, against the same markup built by hand ---- */

/** The sample article (sample/feed.json, served by bench.mjs), normalized once as the data layer would. */
let sample;
async function sampleFeed() {
  if (!sample) {
    const url = new URL('/sample/feed.json', location.href).href;
    const json = await (await fetch(url)).json();
    sample = normalizeFeed(json, { sourceUrl: url }).feed;
  }
  return sample;
}

/** Every element of `root`'s tree, shadow trees included. */
function deepElements(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) deepElements(element.shadowRoot, found);
  }
  return found;
}

/** Lets promise chains run (resolved module promises, queued Lit updates) without giving the browser a task, so no frame is painted in between. */
async function microtasks() {
  for (let i = 0; i < 20; i += 1) await undefined;
}

/** A task later: for the memory section, where frames in between do not matter. */
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

/**
 * Until `host` and every widget inside it, at any depth, has finished updating: news-article
 * renders its parts once their modules are here (already loaded after the warm-up runs, but a
 * promise away), each part renders its own update.
 */
async function settled(host) {
  for (let round = 0; round < 50; round += 1) {
    const widgets = [host, ...deepElements(host.shadowRoot ?? host)].filter((element) => 'updateComplete' in element);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const again = [host, ...deepElements(host.shadowRoot ?? host)].filter((element) => 'updateComplete' in element);
    if (again.length === widgets.length && again.every((widget) => !widget.isUpdatePending)) {
      await microtasks();
      const after = [host, ...deepElements(host.shadowRoot ?? host)].filter((element) => 'updateComplete' in element);
      if (after.length === widgets.length && after.every((widget) => !widget.isUpdatePending)) return;
    }
  }
  throw new Error('the widget did not settle');
}

/** The prefix the baseline gives custom element names: an undefined name, so no widget code runs in it. */
const VANILLA = 'vanilla-';
const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * The rendered tree of a widget, shadow roots included, as data: tag, attributes, text, and each
 * shadow root's adopted style sheets (the same CSSStyleSheet objects the widget uses). Lit's
 * comment markers are left out; text is kept as it is (blank text too: it can take space inline).
 */
function capture(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  const element = {
    tag: node.localName.includes('-') ? VANILLA + node.localName : node.localName,
    ns: node.namespaceURI === XHTML ? undefined : node.namespaceURI,
    attributes: [...node.attributes].map((a) => [a.name, a.value]),
    children: [...node.childNodes].filter((child) => child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE).map(capture),
  };
  if (node.shadowRoot) {
    element.sheets = node.shadowRoot.adoptedStyleSheets;
    element.shadow = [...node.shadowRoot.childNodes]
      .filter((child) => child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE)
      .map(capture);
  }
  return element;
}

/**
 * The hand-written baseline for the article: the same DOM, built with createElement,
 * setAttribute and attachShadow node by node, each shadow root adopting the widget's own style
 * sheets, a click listener on each link and button (the widget has those). What the fastest
 * code written by hand for this markup does; what it builds is compared with the widget's own
 * DOM (markupOf, deep) before anything is measured.
 */
function build(parent, nodes) {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.append(node);
      continue;
    }
    const element = node.ns ? document.createElementNS(node.ns, node.tag) : document.createElement(node.tag);
    for (const [name, value] of node.attributes) element.setAttribute(name, value);
    if (node.tag === 'a' || node.tag === 'button') element.addEventListener('click', noop);
    if (node.shadow) {
      const shadow = element.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = node.sheets;
      build(shadow, node.shadow);
    }
    build(element, node.children);
    parent.append(element);
  }
}

/** markupOf, into shadow roots too, custom element names without the baseline's prefix. */
function deepMarkupOf(root) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? node.data : '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const name = node.localName.startsWith(VANILLA) ? node.localName.slice(VANILLA.length) : node.localName;
    const attributes = [...node.attributes]
      .map((a) => ` ${a.name}="${a.value}"`)
      .sort()
      .join('');
    const shadow = node.shadowRoot ? `<#shadow>${[...node.shadowRoot.childNodes].map(walk).join('')}</#shadow>` : '';
    return `<${name}${attributes}>${shadow}${[...node.childNodes].map(walk).join('')}</${name}>`;
  };
  return [...root.childNodes].map(walk).join('');
}

/** The article's tree as the widget renders it for the sample article, captured once. */
let articleTree;
async function capturedArticle() {
  if (!articleTree) {
    const widget = Object.assign(document.createElement('news-article'), { feed: await sampleFeed() });
    document.body.append(widget);
    await settled(widget);
    articleTree = { sheets: widget.shadowRoot.adoptedStyleSheets, shadow: capture(widget).shadow, markup: deepMarkupOf(widget.shadowRoot) };
    widget.remove();
  }
  return articleTree;
}

Object.assign(window.bench, {
  /** news-article given the sample feed as .feed → every part rendered → painted frame. */
  async article() {
    const feed = await sampleFeed();
    return measure(
      () => document.createElement('news-article'),
      (el) => {
        el.feed = feed;
        return settled(el);
      }
    );
  },
  async vanillaArticle() {
    const tree = await capturedArticle();
    return measure(
      () => document.createElement('div'),
      (host) => {
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = tree.sheets;
        build(shadow, tree.shadow);
      }
    );
  },
  /** The widget's article and the baseline's, deep, normalized; and how many elements and shadow roots that is. */
  async articleMarkup() {
    const tree = await capturedArticle();
    const widget = Object.assign(document.createElement('news-article'), { feed: await sampleFeed() });
    document.body.append(widget);
    await settled(widget);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = tree.sheets;
    build(shadow, tree.shadow);
    document.body.append(host);
    const elements = deepElements(widget.shadowRoot);
    const result = {
      widget: deepMarkupOf(widget.shadowRoot),
      baseline: deepMarkupOf(shadow),
      elements: elements.length,
      shadowRoots: elements.filter((element) => element.shadowRoot).length,
      parts: [...widget.shadowRoot.querySelectorAll('.part')].map((part) => part.localName),
    };
    widget.remove();
    host.remove();
    return result;
  },

  /* ---- Memory: 100 widgets on one page, then removed ---- */

  /** Adds `count` widgets, every tag in turn (news-feed too), each given the sample feed as .feed; resolves once all have rendered. */
  async mountMany(count) {
    const feed = await sampleFeed();
    const tags = widgetClasses.map((widget) => widget.tagName);
    const box = document.createElement('div');
    box.id = 'many';
    const widgets = Array.from({ length: count }, (_, index) => Object.assign(document.createElement(tags[index % tags.length]), { feed }));
    box.append(...widgets);
    document.body.append(box);
    for (const widget of widgets) await settled(widget);
    await painted();
    const elements = deepElements(box);
    return {
      widgets: count,
      tags: tags.length,
      elements: elements.length,
      shadowRoots: elements.filter((element) => element.shadowRoot).length,
    };
  },
  /** Removes them; resolves after a painted frame. */
  async unmountMany() {
    document.getElementById('many')?.remove();
    await painted();
    await task();
    return true;
  },
  async sampleReady() {
    await sampleFeed();
    return true;
  },
});

Object.assign(window.bench, {
  /**
   * Script only, as a page creates a widget with its data: create, `.feed`, connect, first
   * update done; the element is removed before any frame (no style, layout or paint). For profiling
   * (`--profile "scriptOnly(10)"`) and the script-work table.
   */
  async scriptOnly(count, vanilla = false, tag = 'headline-list') {
    const feed = feedFor(tag, count);
    const start = performance.now();
    let host;
    if (vanilla) {
      host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).adoptedStyleSheets = HeadlineList.elementStyles.map((style) => style.styleSheet ?? style);
      vanillaHeadlines(host.shadowRoot, feed);
      document.body.append(host);
    } else {
      host = Object.assign(document.createElement(tag), { limit: count, feed });
      document.body.append(host);
      await host.updateComplete;
    }
    const total = performance.now() - start;
    host.remove();
    return { total, script: total, layout: total };
  },
});

Object.assign(window.bench, {
  /** headline-list's shadow HTML (Lit's markers left out, text exactly as rendered) on the sample feed in every layout and date format: to check a change to its templates renders the same. */
  async snapshots() {
    const feed = await sampleFeed();
    const result = {};
    for (const layout of ['list', 'grid', 'compact']) {
      for (const dateFormat of ['absolute', 'relative']) {
        const el = Object.assign(document.createElement('headline-list'), { feed, layout, dateFormat, limit: 5 });
        document.body.append(el);
        await el.updateComplete;
        result[`${layout} ${dateFormat}`] = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        el.remove();
      }
    }
    const bench = Object.assign(document.createElement('headline-list'), { feed: headlineFeed(3) });
    document.body.append(bench);
    await bench.updateComplete;
    result.bench = bench.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    bench.remove();
    return result;
  },
});
