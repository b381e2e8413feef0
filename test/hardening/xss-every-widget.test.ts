/**
 * The XSS corpus in every field, rendered by every widget (issue 13, item 4). Each vector of
 * test/fixtures/xss-vectors.ts goes into every string and URL field of a feed: the item's id,
 * title, summary, content_html, content_text, url, external_url, image, banner_image, dates,
 * language, author and authors (name, url, avatar), tags, and every field of its `_news`
 * (category, dateline, credits, image alt and caption, takeaways and their sources, FAQ,
 * references, sections, breadcrumbs, previous and next); the feed's title, description, URLs,
 * language, authors, publisher, disclosure and newsletter. Every widget of `widgetClasses`
 * (src/widgets.ts: a new widget is covered without a change here) renders it, with structured data
 * on where a widget writes it; `<news-article>` renders all its parts too.
 *
 * Then, for each vector: no script ran (the global canary `window.__xss` the payloads call); in
 * the light DOM and in every open shadow root, at any depth: no `on*` attribute, no dangerous
 * element (script, frames, object, embed, base, meta, link, style, template...; forms and form
 * controls only where a widget renders its own, outside the article body), no URL attribute whose
 * scheme is not http(s) (or mailto: for links), no dangerous CSS in a style attribute, no `srcdoc`;
 * no element added to the page outside the widgets; the only scripts are JSON-LD
 * (`application/ld+json`, valid JSON, every `<` escaped) in a widget's light DOM; no widget shows
 * an error, and a valid item next to the hostile ones is kept.
 *
 * Batching. BATCH vectors make one batch: one feed per vector whose feed-level fields hold that
 * vector and whose items are a valid neighbour plus one item per vector of the batch; each vector's
 * group of widgets renders its own item from its own feed, all groups of a batch at once. The run
 * time of each batch is printed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { NewsArticle } from '../../src/components/news-article/news-article.js';
import { widgetClasses } from '../../src/widgets.js';
import { XSS_VECTORS, type XssVector } from '../fixtures/xss-vectors.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { frames, isRendered, settle, until } from '../helpers/settle.js';
import { elementProblems, everyElement, hostOf } from '../helpers/xss-checks.js';

const CLASSES = [...new Set([...widgetClasses, NewsArticle])];
for (const widget of CLASSES) widget.define();
const TAGS = CLASSES.map((widget) => widget.tagName);
/** Widgets that write JSON-LD with this attribute. */
const STRUCTURED = new Set(['news-article', 'faq-accordion', 'article-breadcrumbs']);
/** Vectors per batch (one mount). */
const BATCH = 12;
const NEIGHBOUR = 'A valid neighbour';

interface Hostile {
  feed: object;
  id: string;
}

const idOf = (vector: XssVector, n: number) => `x${n} ${vector.html}`.trim();

/** An item with `s` in every string and URL field. */
function hostileItem(id: string, s: string): object {
  const person = { name: s, url: s, avatar: s };
  const link = { title: s, url: s, id: s };
  return {
    id,
    url: s,
    external_url: s,
    title: s,
    summary: s,
    content_html: s,
    content_text: s,
    image: s,
    banner_image: s,
    date_published: s,
    date_modified: s,
    language: s,
    author: person,
    authors: [person, { name: `${s} 2`, url: s, avatar: s }],
    tags: [s, `${s} 2`],
    _news: {
      category: s,
      image_alt: s,
      image_caption: s,
      dateline: s,
      credits: s,
      key_takeaways: [{ text: s, source: { title: s, url: s } }],
      faq: [{ question: s, answer: s }],
      references: [{ title: s, url: s, publisher: s }],
      sections: [{ id: s, title: s, level: 2 }],
      breadcrumbs: [{ title: s, url: s }, { title: `${s} 2` }],
      previous: link,
      next: { ...link, id: `${s} next` },
    },
  };
}

/** One feed per vector of the batch: its own feed-level fields, the batch's items (each vector's item and a valid neighbour). */
function hostileFeeds(batch: readonly [XssVector, number][]): Hostile[] {
  const items = [
    { id: 'ok', title: NEIGHBOUR, url: 'https://ok.example/a' },
    ...batch.map(([vector, n]) => hostileItem(idOf(vector, n), vector.html)),
  ];
  return batch.map(([vector, n]) => {
    const s = vector.html;
    return {
      id: idOf(vector, n),
      feed: {
        version: 'https://jsonfeed.org/version/1.1',
        title: s,
        description: s,
        home_page_url: s,
        feed_url: s,
        icon: s,
        favicon: s,
        next_url: s,
        language: s,
        authors: [{ name: s, url: s, avatar: s }],
        _news: { publisher: { name: s, url: s, logo: s }, disclosure: s, newsletter: { action: s, title: s, text: s } },
        items,
      },
    };
  });
}

/** Every way the rendered group breaks the rules, as sentences naming the element. */
function problemsIn(group: Element): string[] {
  const problems: string[] = [];
  for (const element of everyElement(group)) {
    const host = hostOf(element);
    const where = `<${element.localName}> in ${host ? `<${host.localName}>` : 'the light DOM'}`;
    problems.push(...elementProblems(element));
    if (element.localName === 'script') {
      // Only JSON-LD, in a widget's light DOM, valid JSON with every < escaped.
      const parent = element.parentElement;
      if (!parent?.localName.includes('-')) problems.push(`${where}: JSON-LD outside a widget's light DOM`);
      const text = element.textContent ?? '';
      if (text.includes('<')) problems.push(`${where}: JSON-LD with an unescaped <`);
      try {
        JSON.parse(text);
      } catch (error) {
        problems.push(`${where}: JSON-LD that is not JSON (${error})`);
      }
    } else if (
      !host &&
      element !== group &&
      element.parentElement !== group &&
      element.parentElement?.localName.includes('-') &&
      !element.parentElement.matches('news-feed')
    ) {
      // The light DOM of a widget the test wrote holds nothing but JSON-LD.
      problems.push(`${where}: injected into the light DOM of <${element.parentElement.localName}>`);
    }
    if (element.matches('[part~="error"]')) problems.push(`<${host?.localName}> shows an error: ${element.textContent?.trim().slice(0, 120)}`);
  }
  return problems;
}

/** Every widget on `hostile.feed`, each showing `hostile.id`; a `<news-feed>` hands the feed to an article card. */
const group = ({ feed, id }: Hostile, n: number) =>
  html`<div data-vector=${n}>
    ${TAGS.map((tag) => {
      const el = document.createElement(tag) as HTMLElement & { feed?: object; item?: string };
      el.feed = feed;
      if (tag !== 'news-feed') el.item = id;
      if (STRUCTURED.has(tag)) el.setAttribute('structured-data', '');
      if (tag === 'news-feed') el.append(Object.assign(document.createElement('article-card'), { item: id }));
      return el;
    })}
  </div>`;

/** The page's elements outside `container` (and not holding it). */
const pageElements = (container?: Element) =>
  [...document.querySelectorAll('*')].filter((element) => !container || !(element.contains(container) || container.contains(element)));

/** Whether the widget and every widget in its shadow roots show their feed or a final state. */
function allRendered(root: Element): boolean {
  const widgets = everyElement(root).filter((element) => TAGS.includes(element.localName) && element.localName !== 'news-feed');
  // <news-article> downloads its parts on demand: the body is the last sign that they are in.
  const articles = widgets.filter((element) => element.localName === 'news-article');
  return widgets.every(isRendered) && articles.every((article) => article.shadowRoot?.querySelector('[part~="body"]'));
}

describe('the XSS corpus in every field, rendered by every widget', function () {
  this.timeout(120000);
  failOnConsoleErrors();
  const calls: number[] = [];
  let pageBefore: Element[];
  const timings: string[] = [];

  before(() => {
    (window as { __xss?: (n: number) => void }).__xss = (n) => void calls.push(n);
    pageBefore = pageElements();
  });

  after(() => {
    // Figures, not assertions: the machine may be loaded.
    console.log(`xss-every-widget: ${XSS_VECTORS.length} vectors, ${TAGS.length} widgets each; ${timings.join(', ')}`);
  });

  it(`has at least 100 vectors, and the canary works`, async () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
    const control = await fixture<HTMLElement>(html`<div></div>`);
    control.setHTMLUnsafe('<img src="/no-such-image.png" onerror="top.__xss(-1)">');
    await until(() => calls.length, 'the unsanitized control never ran');
    expect(calls.splice(0)).to.deep.equal([-1]);
  });

  it('finds each kind of problem it looks for, and the vectors reach the widgets', async () => {
    const planted = await fixture<HTMLElement>(html`<div data-vector="1"><article-card></article-card></div>`);
    const card = planted.querySelector('article-card')!;
    card.append(Object.assign(document.createElement('p'), { textContent: 'injected' }));
    const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{"a":"</script>"' });
    card.append(script);
    const box = document.createElement('div');
    box.innerHTML =
      '<img src="x.png" onerror="void 0"><a href=" javascript:void 0">j</a><iframe></iframe><form></form><p style="background:url(javascript:x)">s</p>';
    card.shadowRoot!.append(box);
    const problems = problemsIn(planted).join('\n');
    for (const expected of [
      'onerror',
      'href=" javascript:void 0" (javascript:)',
      '<iframe> in <article-card>: a dangerous element',
      '<form> in <article-card>: a form control',
      'style=',
      'injected into the light DOM',
      'unescaped <',
      'not JSON',
    ]) {
      expect(problems).to.include(expected);
    }
    card.remove();
    // A vector reaches the widgets: the title is shown as text, the body as sanitized HTML.
    const [hostile] = hostileFeeds([[XSS_VECTORS[1], 1]]);
    const container = await fixture<HTMLElement>(html`<div>${group(hostile, 1)}</div>`);
    await until(() => allRendered(container), 'the widgets never rendered', 60000);
    await settle(container);
    const article = container.querySelector('news-article')!;
    expect(article.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal(XSS_VECTORS[1].html);
    const body = article.shadowRoot!.querySelector('article-body')!.shadowRoot!;
    expect(body.querySelector('[part~="content"] img'), 'the body image, without its handler').to.exist;
    expect(problemsIn(container.firstElementChild!)).to.deep.equal([]);
  });

  const numbered = XSS_VECTORS.map((vector, n) => [vector, n] as [XssVector, number]);
  for (let start = 0; start < numbered.length; start += BATCH) {
    const batch = numbered.slice(start, start + BATCH);
    it(`vectors ${start} to ${start + batch.length - 1}: nothing runs, nothing dangerous in any widget`, async () => {
      const started = performance.now();
      const feeds = hostileFeeds(batch);
      const container = await fixture<HTMLElement>(html`<div>${feeds.map((feed, i) => group(feed, batch[i][1]))}</div>`);
      await until(() => allRendered(container), 'the widgets never rendered', 60000);
      await settle(container);
      await until(() => allRendered(container), 'the widgets never rendered', 60000);
      // Lazy parts, error events and image loads have their turn.
      await frames(2);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await settle(container);
      const problems = [...container.querySelectorAll('[data-vector]')].flatMap((groupElement) => {
        const vector = XSS_VECTORS[Number(groupElement.getAttribute('data-vector'))];
        return problemsIn(groupElement).map((problem) => `${vector.name}: ${problem}`);
      });
      expect([...new Set(problems)], 'problems').to.deep.equal([]);
      // The JSON-LD checks had something to check: each group's three writers wrote their script.
      for (const groupElement of container.querySelectorAll('[data-vector]')) {
        const scripts = groupElement.querySelectorAll(':scope > [structured-data] > script[type="application/ld+json"]');
        expect([...scripts].map((script) => script.parentElement!.localName).sort(), 'JSON-LD writers').to.deep.equal([...STRUCTURED].sort());
      }
      expect(calls, 'vectors that ran').to.deep.equal([]);
      expect(
        pageElements(container)
          .filter((element) => !pageBefore.includes(element))
          .map((element) => element.outerHTML.slice(0, 80)),
        'elements added to the page'
      ).to.deep.equal([]);
      // Every widget rendered something, and the list widgets kept the valid neighbour.
      for (const list of everyElement(container).filter((element) => element.localName === 'headline-list' && !hostOf(element))) {
        expect(list.shadowRoot!.textContent, 'the valid neighbour').to.include(NEIGHBOUR);
      }
      for (const article of container.querySelectorAll('news-article'))
        expect(article.shadowRoot!.querySelector('[part~="body"]'), 'the article body').to.exist;
      timings.push(`${start}–${start + batch.length - 1}: ${Math.round(performance.now() - started)} ms`);
    });
  }
});
