/**
 * Host CSS cannot shrink or recolour a widget by accident (issue 13, item 3).
 *
 * Every widget of `widgetClasses` (src/widgets.ts: a new widget is covered without a change here)
 * renders the sample feed on a plain page; `<news-article>` with all its parts, read through the
 * nested shadow roots, and `<news-feed>` with a widget in it. For every element of every shadow
 * root, at any depth, and for the host itself, the test records its display and, where it has a
 * box, its width and height; for the host and for every element that holds text, the properties
 * the page could reach through inheritance (font size, family, style and weight, line height,
 * colour, letter and word spacing, text transform, alignment and indent, white space).
 *
 * Then each hostile sheet of the issue is applied to the document (`document.adoptedStyleSheets`)
 * and everything must be exactly as on the plain page:
 *   (a) `*` rules with `!important` (colour, font size and family, line height);
 *   (b) inherited properties on `body` (a tiny font, a colour, spacing, transform, italic, alignment,
 *       white space);
 *   (c) `html { font-size: 62.5% }`;
 *   (d) a reset: `[hidden] { display: block !important }`, no margin or padding anywhere,
 *       `box-sizing: content-box`; a widget with `hidden` stays hidden, and so does everything a
 *       widget hides inside.
 * What a page may set on purpose: the `--news-*` tokens (with `--news-font-size: 20px` or `1.25em`
 * every size inside scales by 1.25, checked here) and the layout of the host box (display, margin, width):
 * docs/theming.md, "Host page CSS".
 */
import { expect } from '@open-wc/testing';
import { NewsArticle } from '../../src/components/news-article/news-article.js';
import { widgetClasses } from '../../src/widgets.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { frames, isRendered, settle, until } from '../helpers/settle.js';

const CLASSES = [...new Set([...widgetClasses, NewsArticle])];
for (const widget of CLASSES) widget.define();
const TAGS = CLASSES.map((widget) => widget.tagName);

/** The hostile sheets of issue 13. */
const SHEETS: Record<string, string> = {
  'a: * { … !important }': '* { color: red !important; font-size: 40px !important; font-family: serif !important; line-height: 3 !important }',
  'b: inherited properties on body':
    'body { font-size: 7px; color: lime; letter-spacing: 5px; text-transform: uppercase; font-style: italic; line-height: 0.5; ' +
    'text-align: right; white-space: pre; word-spacing: 20px }',
  'c: html { font-size: 62.5% }': 'html { font-size: 62.5% }',
  'd: a reset with [hidden] { display: block }': '[hidden] { display: block !important } * { margin: 0; padding: 0; box-sizing: content-box }',
};

/** What inheritance could carry in from the page: recorded on the host and on every element that holds text. */
const INHERITED = [
  'font-size',
  'font-family',
  'font-style',
  'font-weight',
  'line-height',
  'color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space',
] as const;

/** Lengths that follow the widget's font size: with `--news-font-size: 20px` (16 px by default) each is 1.25 times as large. */
const SCALED = [
  'font-size',
  'line-height',
  'letter-spacing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'row-gap',
  'column-gap',
  'border-top-left-radius',
] as const;

type Record_ = Record<string, string | number>;
type Snapshot = Map<string, Record_>;

/** Every element of the element's shadow root, and of the shadow roots in it, at any depth, keyed by its path. */
function walk(root: ShadowRoot | Element, prefix: string, into: [string, Element][]): void {
  const children = root instanceof ShadowRoot ? [...root.children] : [...root.children];
  children.forEach((child, index) => {
    const key = `${prefix} > ${child.localName}${child.classList.length ? '.' + [...child.classList].join('.') : ''}[${index}]`;
    into.push([key, child]);
    if (child.shadowRoot) walk(child.shadowRoot, `${key} ::shadow`, into);
    walk(child, key, into);
  });
}

/** The host and what it renders; for `<news-feed>` (a wrapper around the page's own markup) the widget inside it too. */
function elementsOf(host: Element): [string, Element][] {
  const all: [string, Element][] = [[host.localName, host]];
  if (host.shadowRoot) walk(host.shadowRoot, `${host.localName} ::shadow`, all);
  if (host.localName === 'news-feed')
    for (const child of host.children) all.push(...elementsOf(child).map(([key, el]): [string, Element] => [`news-feed > ${key}`, el]));
  return all;
}

const holdsText = (el: Element) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

function snapshot(host: Element): Snapshot {
  const out: Snapshot = new Map();
  for (const [key, el] of elementsOf(host)) {
    const style = getComputedStyle(el);
    // shown: not under display: none, a closed panel's content-visibility or visibility: hidden; what a widget hides stays hidden.
    const record: Record_ = {
      display: style.display,
      visibility: style.visibility,
      shown: String(el.checkVisibility({ visibilityProperty: true })),
    };
    // <news-feed> is a wrapper (display: contents) around the page's own markup, which inherits from the page; the widget in it is compared.
    if ((el === host && host.localName !== 'news-feed') || holdsText(el))
      for (const property of INHERITED) record[property] = style.getPropertyValue(property);
    if (style.display !== 'none' && style.display !== 'contents' && el.localName !== 'script') {
      const rect = el.getBoundingClientRect();
      record.width = rect.width;
      record.height = rect.height;
    }
    for (const property of SCALED) record[`scaled ${property}`] = style.getPropertyValue(property);
    out.set(key, record);
  }
  return out;
}

/** The differences between two snapshots, one line each (`scaled …` values are compared by the scaling test only). */
function differences(plain: Snapshot, hostile: Snapshot): string[] {
  const lines: string[] = [];
  for (const [key, before] of plain) {
    const after = hostile.get(key);
    if (!after) {
      lines.push(`${key}: gone`);
      continue;
    }
    for (const [property, value] of Object.entries(before)) {
      if (property.startsWith('scaled ') || after[property] === value) continue;
      // Boxes to 1/100 px: an SVG path's box can move by a few millionths of a pixel when nothing changed.
      const box = (property === 'width' || property === 'height') && Math.abs(Number(after[property]) - Number(value)) < 0.01;
      if (!box) lines.push(`${key} ${property}: ${value} → ${after[property]}`);
    }
  }
  for (const key of hostile.keys()) if (!plain.has(key)) lines.push(`${key}: new`);
  return lines;
}

/** Every widget (nested ones included) shows its feed, and no part is still loading. */
function allRendered(host: Element): boolean {
  const widgets = elementsOf(host)
    .map(([, el]) => el)
    .filter((el) => TAGS.includes(el.localName) && el.localName !== 'news-feed');
  return widgets.every((el) => isRendered(el) && !el.shadowRoot!.querySelector('[part~="skeleton"], [aria-busy="true"]'));
}

async function applied(css: string | undefined): Promise<void> {
  if (css === undefined) {
    document.adoptedStyleSheets = [];
  } else {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet];
  }
  await frames(2);
}

describe('hardening: host CSS (issue 13, item 3)', function () {
  this.timeout(60000);
  failOnConsoleErrors();

  const hosts = new Map<string, Element>();
  const hidden = new Map<string, Element>();
  const plain = new Map<string, Snapshot>();
  let page: HTMLElement;

  before(async () => {
    // Not fixture(): its cleanup after each test would remove the widgets that every test compares.
    page = document.createElement('div');
    page.style.inlineSize = '760px';
    document.body.append(page);
    for (const tag of TAGS) {
      const slot = document.createElement('div');
      slot.className = 'slot';
      page.append(slot);
      const make = () => {
        const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
        if (tag === 'news-feed') el.append(document.createElement('key-takeaways'));
        el.feed = SAMPLE_FEED;
        return el;
      };
      const el = make();
      const gone = make();
      gone.hidden = true;
      slot.append(el, gone);
      hosts.set(tag, el);
      hidden.set(tag, gone);
    }
    await until(() => [...hosts.values()].every(allRendered), 'every widget renders the sample feed', 20000);
    // <news-article> adds a part once its module is here (the related headlines come last): wait until nothing is added.
    let count = -1;
    await until(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const now = [...hosts.values()].reduce((sum, el) => sum + elementsOf(el).length, 0);
        const same = now === count && [...hosts.values()].every(allRendered);
        count = now;
        return same;
      },
      'the widgets stop adding elements',
      20000
    );
    for (const el of [...hosts.values(), ...hidden.values()]) await settle(el);
    await frames(3);
    for (const [tag, el] of hosts) plain.set(tag, snapshot(el));
  });

  afterEach(() => applied(undefined));
  after(() => page.remove());

  it('renders every widget with text to compare', () => {
    for (const [tag, records] of plain) {
      const texts = [...records.values()].filter((record) => 'color' in record).length;
      expect(texts, `<${tag}> elements holding text`).to.be.greaterThan(tag === 'news-feed' ? 1 : 0);
    }
  });

  for (const [name, css] of Object.entries(SHEETS)) {
    describe(`sheet ${name}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> keeps its sizes and colours`, async () => {
          await applied(css);
          const lines = differences(plain.get(tag)!, snapshot(hosts.get(tag)!));
          expect(lines.slice(0, 25), `${lines.length} differences`).to.deep.equal([]);
        });
      }
      it('a widget with hidden stays hidden', async () => {
        await applied(css);
        for (const [tag, el] of hidden) {
          expect(getComputedStyle(el).display, `<${tag} hidden>`).to.equal('none');
          expect(el.getBoundingClientRect().height, `<${tag} hidden> height`).to.equal(0);
        }
      });
    });
  }

  describe('--news-font-size: 20px or 1.25em scales every size inside', () => {
    /**
     * Not the widget's: <news-feed> itself (a wrapper, display: contents) and the newsletter's
     * honeypot field (off screen for everyone, the browser's own input style).
     */
    const exempt = (key: string) => /^news-feed( ::shadow|$)/.test(key) || key.includes('.honeypot[');

    afterEach(() => {
      page.style.inlineSize = '760px';
    });

    // An absolute size, and one relative to where the widget sits (applied once: not again in <news-article>'s parts).
    for (const size of ['20px', '1.25em']) {
      for (const tag of TAGS) {
        it(`<${tag}> with ${size}: 1.25 times each font size, line height, letter spacing, padding, gap and radius`, async () => {
          // The column 1.25 times as wide too: container queries (in em) and cqi see the same proportions.
          page.style.inlineSize = `${760 * 1.25}px`;
          await applied(`:where(.slot) { --news-font-size: ${size} }`);
          const scaled = snapshot(hosts.get(tag)!);
          const lines: string[] = [];
          let compared = 0;
          for (const [key, before] of plain.get(tag)!) {
            const after = scaled.get(key);
            if (!after || exempt(key) || before.shown === 'false') continue;
            for (const property of SCALED) {
              const [a, b] = [before[`scaled ${property}`], after[`scaled ${property}`]].map(String);
              // Lengths in px only: not keywords (normal) or percentages (50%); not a pill's 999px, nor a focus ring's 2px rounding (its width is 2px too).
              if (!/^-?[\d.]+px$/.test(a) || parseFloat(a) >= 999 || (property === 'border-top-left-radius' && parseFloat(a) <= 2)) continue;
              compared += 1;
              if (Math.abs(parseFloat(b) - parseFloat(a) * 1.25) > 0.05) lines.push(`${key} ${property}: ${a} → ${b}`);
            }
          }
          expect(compared, 'lengths compared').to.be.greaterThan(0);
          expect(lines.slice(0, 25), `${lines.length} lengths not scaled by 1.25`).to.deep.equal([]);
        });
      }
    }
  });
});
