/**
 * Fuzzing the readers and the normalizer with fast-check (issue 13, items 4 and 6), in Chromium as
 * the widgets run them (the normalizer reads bodies with DOMParser). Inputs: arbitrary JSON,
 * feed-shaped JSON with hostile keys (`__proto__`, `constructor`, `prototype`) and values (the XSS
 * corpus, markup that once threw), the sample feed mutated as a value and as text, the real feeds
 * of ../shared/real-feeds when present (served by the test server's /real-feeds/ route), arbitrary
 * strings, and RSS 2.0, RSS 1.0 and Atom templates with fuzzed text and attributes, raw, escaped or
 * in CDATA, then cut and spliced (broken nesting, stray entities, DOCTYPEs).
 *
 * Every property checks, on every run:
 * - `parseFeedText`, `normalizeFeed` and `readFeed` (src/on-demand/feed/) throw nothing but a FeedError;
 * - no run takes longer than RUN_LIMIT_MS (a run is synchronous, so a true hang ends in the test's
 *   timeout: the seed is printed before each property starts);
 * - `Object.prototype` and `Array.prototype` gain nothing (`({}).polluted === undefined`);
 * and the neighbour properties: a known valid item among fuzzed items is always kept.
 *
 * Repeatable: each property has a fixed seed (printed). More runs, or another seed, from the shell:
 * `FUZZ_SCALE=20 FUZZ_SEED=42 npx wtr --files test/hardening/fuzz-readers.test.ts` (the variables
 * reach the page through web-test-runner.config.js's `__FUZZ__` define). A failure prints fast-check's
 * seed, path and shrunk counterexample; `FUZZ_SEED` replays it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { normalizeFeed, parseFeedText } from '../../src/on-demand/feed/normalize.js';
import { readFeed } from '../../src/on-demand/feed/read-feed.js';
import { readArticleHtml } from '../../src/on-demand/feed/article-html.js';
import type { NormalizedFeed } from '../../src/feed/types.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { asParsedJson, FEED, HTML, ITEM, KEY, TEXT, VALUE } from './fuzz-arbitraries.js';
import { fetchText, realFeeds } from '../helpers/fixtures.js';

declare const __FUZZ__: { scale?: string; seed?: string } | undefined;
const settings = typeof __FUZZ__ === 'undefined' ? {} : __FUZZ__;
/** Every property's runs are multiplied by this (FUZZ_SCALE); the defaults keep each property within seconds. */
const SCALE = Number(settings.scale) || 1;
const SEED = settings.seed ? Number(settings.seed) : undefined;
/** The longest one run may take (generous: the machine running the suite is often loaded). */
const RUN_LIMIT_MS = 3000;
const URL = 'https://feeds.example/feed';
const NEIGHBOUR_ID = 'valid-neighbour';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_NAMES = Object.getOwnPropertyNames(Array.prototype).sort().join();

/** Fails when a prototype gained a property. */
function expectUnpolluted(): void {
  expect(({} as { polluted?: unknown }).polluted, '({}).polluted').to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(), 'Object.prototype').to.equal(PROTOTYPE_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort().join(), 'Array.prototype').to.equal(ARRAY_NAMES);
}

/** Runs `read`; anything thrown but a FeedError, a prototype touched or a run too slow fails the property. */
async function onlyFeedErrors<T>(read: () => T | Promise<T>): Promise<T | FeedError> {
  const started = performance.now();
  let result: T | FeedError;
  try {
    result = await read();
  } catch (error) {
    if (!(error instanceof FeedError)) throw new Error(`threw ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
    result = error;
  }
  const took = performance.now() - started;
  if (took > RUN_LIMIT_MS) throw new Error(`one run took ${Math.round(took)} ms (limit ${RUN_LIMIT_MS} ms)`);
  expectUnpolluted();
  return result;
}

/**
 * A document from the network (JSON text, XML) holds plain data: no getter or proxy that throws.
 * An item dropped as "reading it failed" there is a bug of ours that the safety net hid.
 */
function expectNoFailedItem(result: unknown): void {
  if (result instanceof FeedError) return;
  const failed = (result as NormalizedFeed).dropped.filter((entry) => /reading it failed/.test(entry.reason));
  expect(
    failed.map((entry) => entry.reason),
    'items whose reading threw'
  ).to.deep.equal([]);
}

/** An element's attributes, even on a <form> whose control is named `attributes`. */
const attributesOf = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')!.get! as (this: Element) => NamedNodeMap;

/** The scheme a browser would follow `value` with (`javascript:` for ` java\tscript:x` too). */
function protocolOf(value: string): string {
  try {
    return new globalThis.URL(value, 'https://base.example/').protocol;
  } catch {
    return '';
  }
}

const seeds: string[] = [];
/** fc.assert with this property's fixed seed (or FUZZ_SEED), printed first; `runs` times FUZZ_SCALE. */
async function check(name: string, seed: number, runs: number, property: fc.IAsyncProperty<never> | fc.IProperty<never>): Promise<void> {
  const used = SEED ?? seed;
  const numRuns = Math.round(runs * SCALE);
  console.log(`fuzz "${name}": seed ${used}, ${numRuns} runs`);
  const started = performance.now();
  try {
    await fc.assert(property as fc.IAsyncProperty<unknown>, {
      seed: used,
      numRuns,
      // A property (its shrinking included) that runs past this has met something slow: it fails with its seed.
      interruptAfterTimeLimit: 60000 * SCALE,
      markInterruptAsFailure: true,
    });
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    // The report's first lines name the seed and the counterexample; the cause says what went wrong.
    throw new Error(
      `${(error as Error).message.slice(0, 3000)}\nCause: ${cause instanceof Error ? cause.message.slice(0, 2000) : String(cause)}`,
      { cause: error }
    );
  }
  seeds.push(`${name}: ${numRuns} runs in ${Math.round(performance.now() - started)} ms`);
}

// Values: test/hardening/fuzz-arbitraries.ts.

// Mutations of a real document.

interface Mutation {
  at: number;
  op: 'set' | 'delete' | 'proto' | 'wrap';
  value: unknown;
}
const MUTATIONS = fc.array(
  fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'delete', 'proto', 'wrap'), value: VALUE }) as fc.Arbitrary<Mutation>,
  {
    minLength: 1,
    maxLength: 6,
  }
);

/** Every object and array inside `root` (itself included), in document order. */
function containers(root: unknown): Record<string, unknown>[] {
  if (root === null || typeof root !== 'object') return [];
  return [root as Record<string, unknown>, ...Object.values(root).flatMap(containers)];
}

/** A copy of `document` with each mutation applied at one of its objects or arrays. */
function mutate(document: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const { at, op, value } of mutations) {
    const targets = containers(copy);
    const target = targets[at % targets.length];
    const keys = Object.keys(target);
    const key = keys.length ? keys[at % keys.length] : '0';
    // A copy of the generated value: the next mutation may land inside it, and fast-check reuses its values.
    const fresh = structuredClone(value);
    if (op === 'set') target[key] = fresh;
    else if (op === 'delete') delete target[key];
    else if (op === 'wrap') target[key] = [target[key], fresh];
    else Object.defineProperty(target, '__proto__', { value: { polluted: fresh }, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const SPLICE = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\u0000',
  '\uFEFF',
  '</item>',
  '<item>',
  ']]>',
  '<![CDATA[',
  '&bogus;',
  '&#xD800;',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '&a;',
  '<!--',
  '"__proto__":'
);
const TEXT_EDITS = fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(SPLICE, fc.string({ maxLength: 6 })) }), {
  minLength: 1,
  maxLength: 5,
});

/** `text` with each edit: `cut` characters at a position taken out, `insert` put in. */
function splice(text: string, edits: { at: number; cut: number; insert: string }[]): string {
  let result = text;
  for (const { at, cut, insert } of edits) {
    const position = at % (result.length + 1);
    result = result.slice(0, position) + insert + result.slice(position + cut);
  }
  return result;
}

// XML.

/** The characters XML forbids (most controls, lone surrogates, U+FFFE/U+FFFF), taken out. */
const xmlChars = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
const escapeXml = (text: string) => xmlChars(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const cdata = (text: string) => `<![CDATA[${xmlChars(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
/** XML text: raw (may break the document), escaped, or in CDATA. */
const XML_TEXT = fc
  .tuple(
    fc.oneof(TEXT, fc.constantFrom('&nbsp;', '&amp;amp;', '&#38;', '&#x26;', '&#0;', '&bogus;', ']]>', 'a & b', '<b>bold</b>')),
    fc.constantFrom('raw', 'escaped', 'cdata')
  )
  .map(([text, how]) => (how === 'raw' ? text : how === 'escaped' ? escapeXml(text) : cdata(text)));
/** Text that keeps the document well-formed. */
const SAFE_XML_TEXT = fc.oneof(TEXT.map(escapeXml), TEXT.map(cdata));
const ATTRIBUTE = fc.oneof(TEXT.map(escapeXml), fc.constantFrom('javascript:x', '/relative', 'image/png', 'image', '0', '-1', ''));

const rssItem = (text: fc.Arbitrary<string>) =>
  fc
    .record({
      title: text,
      link: text,
      guid: text,
      description: text,
      encoded: text,
      date: text,
      category: text,
      author: text,
      url: ATTRIBUTE,
      type: ATTRIBUTE,
      base: ATTRIBUTE,
    })
    .map(
      (f) =>
        `<item xml:base="${f.base}"><title>${f.title}</title><link>${f.link}</link><guid isPermaLink="false">${f.guid}</guid><description>${f.description}</description>` +
        `<content:encoded>${f.encoded}</content:encoded><pubDate>${f.date}</pubDate><category>${f.category}</category><author>${f.author}</author>` +
        `<enclosure url="${f.url}" type="${f.type}"/><media:content url="${f.url}" medium="${f.type}" width="${f.base}"/><dc:creator>${f.author}</dc:creator></item>`
    );
const atomEntry = (text: fc.Arbitrary<string>) =>
  fc
    .record({
      title: text,
      id: text,
      summary: text,
      content: text,
      updated: text,
      name: text,
      href: ATTRIBUTE,
      type: fc.constantFrom('text', 'html', 'xhtml', 'bogus'),
      lang: ATTRIBUTE,
    })
    .map(
      (f) =>
        `<entry xml:lang="${f.lang}"><title type="${f.type}">${f.title}</title><id>${f.id}</id><link rel="alternate" href="${f.href}"/><link rel="enclosure" href="${f.href}" type="image/png"/>` +
        `<updated>${f.updated}</updated><summary type="${f.type}">${f.summary}</summary><content type="${f.type}">${f.type === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${f.content}</div>` : f.content}</content>` +
        `<author><name>${f.name}</name><uri>${f.href}</uri></author><category term="${f.href}" label="${f.lang}"/></entry>`
    );

const RSS_NAMESPACES =
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"';
const rss = (title: string, items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0" ${RSS_NAMESPACES}><channel><title>${title}</title><link>https://feeds.example/</link><description>${title}</description>${items.join('')}</channel></rss>`;
const rdf = (title: string, items: string[]) =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${RSS_NAMESPACES}><channel><title>${title}</title></channel>${items.join('')}</rdf:RDF>`;
const atom = (title: string, entries: string[]) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><link href="https://feeds.example/"/>${entries.join('')}</feed>`;

const XML_FEED = fc.oneof(
  fc.tuple(XML_TEXT, fc.array(rssItem(XML_TEXT), { maxLength: 4 })).map(([title, items]) => rss(title, items)),
  fc.tuple(XML_TEXT, fc.array(rssItem(XML_TEXT), { maxLength: 4 })).map(([title, items]) => rdf(title, items)),
  fc.tuple(XML_TEXT, fc.array(atomEntry(XML_TEXT), { maxLength: 4 })).map(([title, entries]) => atom(title, entries))
);

describe('fuzzing the readers and the normalizer', function () {
  this.timeout(120000 * SCALE);

  after(() => console.log(`fuzz-readers: ${seeds.join('; ')}`));

  it('parseFeedText and readFeed: arbitrary strings give a feed or a FeedError', async () => {
    const strings = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      TEXT,
      fc.constantFrom('{', '[', '<rss', '<feed', '\uFEFF{}', 'null', '""')
    );
    await check(
      'arbitrary strings',
      1301,
      1000,
      fc.asyncProperty(strings, async (text) => {
        await onlyFeedErrors(() => parseFeedText(text, URL));
        expectNoFailedItem(await onlyFeedErrors(() => readFeed(text, URL)));
        await onlyFeedErrors(() => readFeed(new TextEncoder().encode(text), URL, 'application/json; charset=utf-8'));
      }) as never
    );
  });

  it('readFeed: arbitrary bytes under arbitrary Content-Types and declared encodings', async () => {
    const LABEL = fc.oneof(
      fc.constantFrom('utf-8', 'UTF-16', 'utf-16be', 'utf-16le', 'windows-1252', 'iso-8859-1', 'shift_jis', 'gb18030', 'koi8-r', 'replacement'),
      fc.constantFrom('x-user-defined', 'iso-2022-jp', 'bogus', '', '"utf-8"', 'utf-8;x', ' utf-8 ', '\u0000'),
      fc.string({ maxLength: 10 })
    );
    const contentType = fc.oneof(
      fc.constant(undefined),
      fc
        .tuple(fc.constantFrom('application/json', 'application/feed+json', 'application/rss+xml', 'text/html', 'text/plain', ''), LABEL)
        .map(([type, label]) => `${type}; charset=${label}`),
      fc.string({ maxLength: 30 })
    );
    const prefix = fc.oneof(
      fc.constant(''),
      LABEL.map((label) => `<?xml version="1.0" encoding="${label}"?>`),
      fc.constantFrom('\uFEFF', '{"version":"https://jsonfeed.org/version/1.1","items":[', '<rss version="2.0"><channel><item><title>')
    );
    const bytes = fc.tuple(
      prefix,
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom(new Uint8Array(), Uint8Array.of(0xfe, 0xff), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xef, 0xbb, 0xbf))
    );
    await check(
      'arbitrary bytes',
      1311,
      600,
      fc.asyncProperty(bytes, contentType, async ([start, body, bom], type) => {
        const head = new TextEncoder().encode(start);
        const all = new Uint8Array(bom.length + head.length + body.length);
        all.set(bom);
        all.set(head, bom.length);
        all.set(body, bom.length + head.length);
        expectNoFailedItem(await onlyFeedErrors(() => readFeed(all, URL, type)));
      }) as never
    );
  });

  it('normalizeFeed: arbitrary JSON values and objects give a feed or a FeedError', async () => {
    const json = fc.oneof(fc.jsonValue(), fc.object({ key: KEY, values: [VALUE] }), fc.record({ items: fc.array(VALUE, { maxLength: 6 }) }));
    await check(
      'arbitrary JSON',
      1302,
      1000,
      fc.asyncProperty(json, async (value) => {
        await onlyFeedErrors(() => normalizeFeed(value, { sourceUrl: URL }));
        await onlyFeedErrors(() => normalizeFeed(asParsedJson(value), { sourceUrl: URL }));
      }) as never
    );
  });

  it('normalizeFeed and readFeed: feed-shaped JSON with hostile keys and values', async () => {
    await check(
      'feed-shaped JSON',
      1303,
      600,
      fc.asyncProperty(FEED, async (feed) => {
        await onlyFeedErrors(() => normalizeFeed(feed, { sourceUrl: URL }));
        expectNoFailedItem(await onlyFeedErrors(() => readFeed(JSON.stringify(feed), URL)));
      }) as never
    );
  });

  it('readArticleHtml: fuzzed bodies are read without an exception, their sections well-formed', async () => {
    const bodies = fc.tuple(fc.array(HTML, { maxLength: 6 }), TEXT);
    await check(
      'article bodies',
      1312,
      600,
      fc.asyncProperty(bodies, async ([parts, baseish]) => {
        const { feed } = normalizeFeed({
          version: 'https://jsonfeed.org/version/1.1',
          feed_url: baseish,
          items: [{ id: 'b', title: 't', content_html: parts.join('') }],
        });
        const started = performance.now();
        // Anything thrown here would reach <article-body> and <table-of-contents>: not even a FeedError is expected.
        const body = readArticleHtml(feed.items[0]);
        const took = performance.now() - started;
        if (took > RUN_LIMIT_MS) throw new Error(`one body took ${Math.round(took)} ms`);
        expectUnpolluted();
        const ids = body.sections.map((section) => section.id);
        expect(new Set(ids).size, 'unique section ids').to.equal(ids.length);
        for (const section of body.sections) {
          expect(section.level, 'a section level').to.be.oneOf([2, 3, 4]);
          expect(section.id, 'a section id').to.be.a('string').and.not.equal('');
        }
        if (body.html !== undefined) {
          // No element of the body holds a URL a browser would follow to script or data. A <base> is
          // left as it was for the sanitizer, which removes it (touching it would make a page's CSP
          // report a base-uri violation: see article-html.ts); xss-every-widget checks the rendered body.
          const doc = new DOMParser().parseFromString(body.html, 'text/html');
          const unsafe = [...doc.querySelectorAll(':not(base)')].flatMap((element) =>
            [...attributesOf.call(element)]
              .filter((a) => /^(href|src|poster|cite)$/.test(a.localName) && /^(javascript|data|vbscript):$/.test(protocolOf(a.value)))
              .map((a) => a.value)
          );
          expect(unsafe, 'unsafe URLs').to.deep.equal([]);
        }
      }) as never
    );
  });

  it('one bad item never costs a valid neighbour (JSON Feed)', async () => {
    const neighbour = { id: NEIGHBOUR_ID, title: 'A valid neighbour', url: '/a', content_html: '<p>Kept.</p>' };
    const items = fc.tuple(fc.array(fc.oneof(ITEM, VALUE), { maxLength: 6 }), fc.nat());
    await check(
      'valid neighbour (JSON)',
      1304,
      500,
      fc.asyncProperty(items, FEED, async ([fuzzed, at], feed) => {
        const parsed = asParsedJson(fuzzed) as unknown[];
        fc.pre(!JSON.stringify(parsed).includes(NEIGHBOUR_ID));
        parsed.splice(at % (parsed.length + 1), 0, neighbour);
        const document = { ...(asParsedJson(feed) as object), version: 'https://jsonfeed.org/version/1.1', items: parsed };
        const result = await onlyFeedErrors(() => normalizeFeed(document, { sourceUrl: URL }));
        expectNoFailedItem(result);
        expect(result, 'a feed').not.to.be.instanceOf(FeedError);
        const kept = (result as ReturnType<typeof normalizeFeed>).feed.items.filter((item) => item.id === NEIGHBOUR_ID);
        expect(
          kept.map((item) => [item.title, item.contentText]),
          'the neighbour'
        ).to.deep.equal([['A valid neighbour', 'Kept.']]);
      }) as never
    );
  });

  it('the sample feed, mutated as a value and as text', async () => {
    const text = JSON.stringify(SAMPLE_FEED);
    await check(
      'mutated sample (value)',
      1305,
      300,
      fc.asyncProperty(MUTATIONS, async (mutations) => {
        await onlyFeedErrors(() => normalizeFeed(mutate(SAMPLE_FEED, mutations), { sourceUrl: URL }));
      }) as never
    );
    await check(
      'mutated sample (text)',
      1306,
      300,
      fc.asyncProperty(TEXT_EDITS, async (edits) => {
        expectNoFailedItem(await onlyFeedErrors(() => readFeed(splice(text, edits), URL)));
      }) as never
    );
  });

  it('the real feeds of ../shared/real-feeds, mutated', async function () {
    const index = await realFeeds();
    const files = Object.entries(index.files).flatMap(([dir, names]) => (names ?? []).map((name) => `/real-feeds/${dir}/${name}`));
    if (!index.available || !files.length) {
      console.log('fuzz: ../shared/real-feeds has no feeds here; the real-feed fuzzing is skipped');
      this.skip();
    }
    const texts = await Promise.all(files.map(async (file) => [file, await fetchText(file)] as const));
    const per = Math.max(10, Math.round(1000 / texts.length));
    for (const [file, text] of texts) {
      await check(
        `mutated ${file}`,
        1307,
        per,
        fc.asyncProperty(TEXT_EDITS, async (edits) => {
          expectNoFailedItem(await onlyFeedErrors(() => readFeed(splice(text, edits), new globalThis.URL(file, location.href).href)));
        }) as never
      );
    }
  });

  it('readFeed: RSS 2.0, RSS 1.0 and Atom with fuzzed text and attributes, cut and spliced', async () => {
    await check(
      'XML templates',
      1308,
      500,
      fc.asyncProperty(XML_FEED, async (xml) => expectNoFailedItem(await onlyFeedErrors(() => readFeed(xml, URL)))) as never
    );
    await check(
      'XML spliced',
      1309,
      500,
      fc.asyncProperty(XML_FEED, TEXT_EDITS, async (xml, edits) =>
        expectNoFailedItem(await onlyFeedErrors(() => readFeed(splice(xml, edits), URL)))
      ) as never
    );
  });

  it('one bad item never costs a valid neighbour (RSS and Atom)', async () => {
    const neighbourRss = '<item><title>A valid neighbour</title><link>https://feeds.example/a</link><guid>urn:valid-neighbour</guid></item>';
    const neighbourAtom = '<entry><title>A valid neighbour</title><id>urn:valid-neighbour</id><link href="https://feeds.example/a"/></entry>';
    const documents = fc.oneof(
      fc
        .tuple(fc.array(rssItem(SAFE_XML_TEXT), { maxLength: 4 }), fc.nat())
        .map(([items, at]) => (items.splice(at % (items.length + 1), 0, neighbourRss), rss('t', items))),
      fc
        .tuple(fc.array(atomEntry(SAFE_XML_TEXT), { maxLength: 4 }), fc.nat())
        .map(([entries, at]) => (entries.splice(at % (entries.length + 1), 0, neighbourAtom), atom('t', entries)))
    );
    await check(
      'valid neighbour (XML)',
      1310,
      400,
      fc.asyncProperty(documents, async (xml) => {
        fc.pre(xml.split('valid-neighbour').length === 2);
        const result = await onlyFeedErrors(() => readFeed(xml, URL));
        expectNoFailedItem(result);
        expect(result, 'a feed').not.to.be.instanceOf(FeedError);
        const kept = (result as Awaited<ReturnType<typeof readFeed>>).feed.items.filter((item) => item.id === 'urn:valid-neighbour');
        expect(
          kept.map((item) => [item.title, item.url]),
          'the neighbour'
        ).to.deep.equal([['A valid neighbour', 'https://feeds.example/a']]);
      }) as never
    );
  });
});
