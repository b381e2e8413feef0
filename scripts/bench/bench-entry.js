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
import { HeadlineList } from '../../src/components/headline-list/headline-list.ts';
import { parseJsonFeed } from 'feedsmith';

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

/** The NewsFeed a widget is given: headlines with a link and a date, no images (one network-free paint). */
function headlineFeed(count) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `h${index}`,
    url: `https://news.example/${index}`,
    title: `Headline number ${index}: what happened and why it matters`,
    date_published: new Date(Date.UTC(2026, 2, 19, 10) - index * 3_600_000).toISOString(),
  }));
  return normalizeFeed({ version: JSON_FEED, title: 'Bench', items }, { sourceUrl: location.href }).feed;
}

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
  const heading = el('h2', { dir: 'auto', class: 'heading', part: 'heading', id: 'heading' }, feed.title);
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
  headlineList(count) {
    const feed = cached(`h${count}`, () => headlineFeed(count));
    return measure(
      () => Object.assign(document.createElement('headline-list'), { limit: count }),
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
