/**
 * Hostile `content_html` for `<article-body>`: classic and mutation XSS vectors, markup that would
 * escape the widget (styles, forms, frames, slots, parts) and markup that must survive, finished.
 * The checks, the same for both sanitizer paths, on the project's one corpus (test/fixtures/xss-vectors.ts).
 */
import { expect } from '@open-wc/testing';
import { XSS_VECTORS, type XssVector } from '../../fixtures/xss-vectors.js';

export { XSS_VECTORS };

/** Markup that may not survive either path. */
export const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, form, input, button, select, textarea, option, base, meta, link, style, ' +
  'template, noscript, slot, portal, dialog, xmp, use, foreignObject, animate, set, mglyph style';

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'poster', 'action', 'formaction', 'cite', 'data', 'background'];
const SAFE_URL = /^(https?:|mailto:|#|[^:]*$)/i;

/** Installs the canary the vectors call, and returns the numbers of the vectors that ran. */
export function canary(): number[] {
  const calls: number[] = [];
  (globalThis as { __xss?: (n: number) => void }).__xss = (n) => void calls.push(n);
  return calls;
}

/** Fails when anything in `root` could run, load or escape, or when links and images were not finished. */
export function expectSafe(root: ParentNode, label: string): void {
  const elements = [...root.querySelectorAll('*')];
  expect(
    root.querySelectorAll(FORBIDDEN),
    `${label}: forbidden elements ${[...root.querySelectorAll(FORBIDDEN)].map((e) => e.localName)}`
  ).to.have.length(0);
  for (const element of elements) {
    const where = `${label}: <${element.localName}>`;
    expect(element.localName.includes('-'), `${where} is a custom element`).to.equal(false);
    for (const { name, value } of element.attributes) {
      expect(/^on/i.test(name), `${where} keeps ${name}`).to.equal(false);
      expect(
        ['style', 'class', 'part', 'slot', 'is', 'srcset', 'autofocus', 'popover', 'contenteditable', 'ping', 'srcdoc'],
        `${where} keeps ${name}`
      ).not.to.include(name);
      if (URL_ATTRIBUTES.includes(name)) expect(value.replace(/\s/g, ''), `${where} ${name}`).to.match(SAFE_URL);
    }
    if (element.hasAttribute('tabindex'))
      expect(element.localName === 'pre' || element.hasAttribute('data-table-scroll'), `${where} tabindex`).to.equal(true);
  }
  for (const link of root.querySelectorAll('a[href]')) {
    expect(link.getAttribute('rel'), `${label}: link rel`).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target'), `${label}: link target`).to.equal(false);
  }
  for (const image of root.querySelectorAll('img')) {
    expect(image.getAttribute('loading'), `${label}: image loading`).to.equal('lazy');
    expect(image.getAttribute('decoding'), `${label}: image decoding`).to.equal('async');
    expect(image.hasAttribute('alt'), `${label}: image alt`).to.equal(true);
  }
}

/** What must survive: the plain text, the benign link (rel rewritten), the sized image with its alt. */
export function expectKept(root: ParentNode): void {
  const ok = root.querySelector<HTMLAnchorElement>('a[href="https://ok.example/"]')!;
  expect(ok, 'the benign link').to.exist;
  expect(ok.hasAttribute('ping')).to.equal(false);
  const chart = root.querySelector<HTMLImageElement>('img[src="https://img.example/chart.png"]')!;
  expect(chart, 'the sized image').to.exist;
  expect([chart.getAttribute('width'), chart.getAttribute('height'), chart.alt]).to.deep.equal(['640', '360', 'A chart']);
  expect(root.querySelector<HTMLImageElement>('img[src="https://img.example/b.png"]')!.getAttribute('alt')).to.equal('');
  expect(root.querySelector('[data-table-scroll] > table'), 'the table, in its scrolling box').to.exist;
  expect(root.textContent).to.include('cover');
}

/** The corpus as a feed of one article, so it goes through the normalizer as a partner's feed would. */
export function hostileFeed(vectors: readonly XssVector[] = XSS_VECTORS) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Hostile bodies',
    items: [{ id: 'hostile', title: 'Hostile', content_html: vectors.map((vector) => `<div>${vector.html}</div>`).join('\n') }],
  };
}

/** Whether a script or module whose URL mentions DOMPurify was requested on this page. */
export const purifyRequested = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => /purify-html|dompurify\/dist/i.test(entry.name));
