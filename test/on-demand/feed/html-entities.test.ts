/**
 * Entity decoding without the DOM (src/on-demand/feed/html-entities.ts) against the browser's own
 * parser (a detached `<textarea>`, what the data layer used before): every name of the table, the
 * legacy names without `;`, numeric references at the parser's edges, rare names, and every string
 * of every real feed in ../shared/real-feeds.
 */
import { expect } from '@open-wc/testing';
import { decodeEntities, NAMED } from '../../../src/on-demand/feed/html-entities.js';
import { realFeeds } from '../../helpers/fixtures.js';

const oracle = document.implementation.createHTMLDocument('').createElement('textarea');
/** The browser's decoding. Raw line breaks are compared as LF: the parser turns CR LF into LF before it reads anything. */
const browser = (value: string): string => {
  oracle.innerHTML = value;
  return oracle.value;
};
const lf = (value: string): string => value.replace(/\r\n?/g, '\n');

/** Whether `value` holds a `&name;` the browser decodes but the table does not know (then only a DOM decodes it). */
const rareNames = (value: string): string[] =>
  [...value.matchAll(/&([A-Za-z][A-Za-z\d]*);/g)]
    .map(([reference, name]) => (!NAMED.has(name) && browser(reference) !== reference ? name : ''))
    .filter(Boolean);

/** Every string in a parsed JSON value (keys too). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      yield key;
      yield* strings(inner);
    }
  }
}

/** Every text and attribute value of an XML document, as its parser gives them (one level of escaping gone). */
function* xmlStrings(doc: Document): Generator<string> {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) for (const attribute of node.attributes) yield attribute.value;
    else yield node.nodeValue ?? '';
  }
}

describe('decodeEntities without the DOM', () => {
  it('knows 140 names (Latin-1, the typographic ones) and six legacy ones in capitals, each as the browser decodes it', () => {
    expect(NAMED.size).to.equal(140 + 6);
    for (const name of NAMED.keys()) expect(decodeEntities(`a &${name}; b`), name).to.equal(browser(`a &${name}; b`));
  });

  it('decodes the legacy names without a semicolon as the parser does, the longest first', () => {
    const cases = [...NAMED.keys()].flatMap((name) => [`&${name}`, `x&${name}x`, `&${name}=1`, `&${name}12;`, `&${name} `]);
    cases.push('&notit;', '&copy=2&lang=de', 'a &ampamp b', '&frac12345', '&AMPx', '&gtx', '&lt', '&', '& amp;', '&;', '&1;', '&Amp;');
    for (const value of cases) expect(decodeEntities(value), value).to.equal(browser(value));
  });

  it('decodes numeric references at the parser edges: 0, controls, Windows-1252, surrogates, past U+10FFFF', () => {
    const numbers = [
      0,
      9,
      10,
      13,
      31,
      32,
      65,
      127,
      128,
      129,
      141,
      150,
      152,
      159,
      160,
      0xd7ff,
      0xd800,
      0xdfff,
      0xe000,
      0xfffe,
      0xffff,
      0x1f600,
      0x10ffff,
      0x110000,
      2 ** 32 + 65,
    ];
    const cases = numbers.flatMap((number) => [
      `&#${number};`,
      `&#${number}`,
      `&#x${number.toString(16)};`,
      `&#X${number.toString(16).toUpperCase()}x`,
    ]);
    cases.push('&#;', '&#x;', '&#xg;', '&#a', '&#0000065;', '&#x000041', `&#${'9'.repeat(40)};`, `&#x${'f'.repeat(40)}`, '&#65&#66;&#x43');
    for (const value of cases) expect(lf(decodeEntities(value)), value).to.equal(browser(value));
  });

  it('decodes once and never reads tags: what the author typed is what a reader sees', () => {
    for (const value of ['&amp;amp; &lt;b&gt; &#8217;', '<img src=x onerror=alert(1)>&amp;', '</textarea><b>x</b>&lt;', '&lt;!-- x --&gt;']) {
      expect(decodeEntities(value), value).to.equal(browser(value));
    }
  });

  it('leaves a rare name to the browser where there is a DOM (Greek, math, &frown;, &notin; next to &not)', () => {
    for (const value of ['&frown; &amp;', '&notin; &not', '&alpha;&Omega; &le; 3 &rArr;', '&NotNestedGreaterGreater;', '&nosuchname; &amp;']) {
      expect(decodeEntities(value), value).to.equal(browser(value));
    }
  });

  it('decodes every string of every real feed as the browser does, without needing the DOM for any of them', async function () {
    this.timeout(60_000);
    const index = await realFeeds();
    if (!index.available) {
      console.warn('../shared/real-feeds is absent: the real-feed check was skipped');
      this.skip();
    }
    let checked = 0;
    let references = 0;
    for (const [dir, files] of Object.entries(index.files) as [string, string[]][]) {
      for (const file of files) {
        const text = await (await fetch(`/real-feeds/${dir}/${file}`)).text();
        let values: string[];
        try {
          values = file.endsWith('.json')
            ? [...strings(JSON.parse(text))]
            : [...xmlStrings(new DOMParser().parseFromString(text, 'application/xml'))];
        } catch {
          continue; // not JSON (a feed cut off on purpose): no strings to read
        }
        for (const value of values) {
          if (!value.includes('&')) continue;
          checked++;
          references += value.match(/&/g)!.length;
          expect(lf(decodeEntities(value)), `${dir}/${file}: ${value.slice(0, 120)}`).to.equal(lf(browser(value)));
          expect(rareNames(value), `${dir}/${file}: names only a DOM decodes`).to.deep.equal([]);
        }
      }
    }
    expect(checked).to.be.greaterThan(100);
    console.log(`real feeds: ${checked} strings with ${references} ampersands decoded as the browser does`);
  });
});
