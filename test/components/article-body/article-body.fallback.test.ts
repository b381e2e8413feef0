import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleBody } from '../../../src/components/article-body/article-body.js';
import '../../../src/components/article-body/article-body.define.js';
import { sanitizeBody, sanitizerPath } from '../../../src/render/article-body-html.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { frames, mount } from '../../helpers/settle.js';
import { canary, expectKept, expectSafe, hostileFeed, purifyRequested, XSS_VECTORS } from './article-body-xss-corpus.js';

const aMoment = async () => {
  await frames(2);
  await new Promise((resolve) => setTimeout(resolve, 100));
};

/** This browser has `Element.setHTML`: these tests take it away, as in a browser without the Sanitizer API. */
describe('article-body: the DOMPurify path, where Element.setHTML is missing', () => {
  failOnConsoleErrors();

  const prototype = Element.prototype as { setHTML?: unknown };
  let setHTML: PropertyDescriptor | undefined;
  before(() => {
    // Nothing asked for DOMPurify while the browser's sanitizer was there.
    expect(purifyRequested(), 'DOMPurify requested before setHTML was removed').to.equal(false);
    setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
    delete prototype.setHTML;
  });
  after(() => {
    if (setHTML) Object.defineProperty(Element.prototype, 'setHTML', setHTML);
    expect(sanitizerPath()).to.equal('native');
  });

  it('downloads DOMPurify on first use, once', async () => {
    expect(sanitizerPath()).to.equal('dompurify');
    const pending = sanitizeBody('<p>x</p>', { headingLevel: 2 });
    expect(pending).to.be.instanceOf(Promise);
    const fragment = await pending;
    expect(fragment.textContent).to.equal('x');
    expect(purifyRequested(), 'DOMPurify requested').to.equal(true);
    const modules = performance.getEntriesByType('resource').filter((entry) => /dompurify\/dist/.test(entry.name));
    expect(modules, 'one download').to.have.length(1);
  });

  it(`leaves each of the ${XSS_VECTORS.length} vectors inert, with links and images finished`, async () => {
    const calls = canary();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (const vector of XSS_VECTORS) {
      const fragment = await sanitizeBody(vector.html, { headingLevel: 2 });
      const box = document.createElement('div');
      box.append(fragment);
      host.append(box);
      expectSafe(box, vector.name);
    }
    await aMoment();
    expect(calls, 'vectors that ran').to.deep.equal([]);
  });

  it('renders the whole corpus from a feed inert, keeping what is harmless', async () => {
    const calls = canary();
    const el = await mount<ArticleBody>(html`<article-body .feed=${hostileFeed()}></article-body>`);
    await aMoment();
    const content = $(el, '[part="content"]')!;
    expectSafe(content, 'the widget');
    expectKept(content);
    expect(calls, 'vectors that ran').to.deep.equal([]);
  });

  it('renders the sample article as the native path does: sections, ids, shifted levels', async () => {
    const el = await mount<ArticleBody>(html`<article-body .feed=${sample} heading-level="3"></article-body>`);
    const headings = $$(el, '[part="content"] :is(h2, h3, h4, h5, h6)');
    const sections = sample.items[0]._news.sections!;
    expect(headings.map((heading) => heading.id)).to.deep.equal(sections.map((section) => section.id));
    expect(headings.map((heading) => Number(heading.localName[1]))).to.deep.equal(sections.map((section) => section.level + 1));
  });
});
