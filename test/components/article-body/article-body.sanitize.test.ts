import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleBody } from '../../../src/components/article-body/article-body.js';
import '../../../src/components/article-body/article-body.define.js';
import { sanitizeBody, sanitizerPath } from '../../../src/render/article-body-html.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, shadow } from '../../helpers/query.js';
import { frames, mount, until } from '../../helpers/settle.js';
import { canary, expectKept, expectSafe, hostileFeed, purifyRequested, XSS_VECTORS } from './article-body-xss-corpus.js';

/** Lets anything that would run (error events, lazy loads, animations) have its turn. */
const aMoment = async () => {
  await frames(2);
  await new Promise((resolve) => setTimeout(resolve, 100));
};

describe('article-body: the native sanitizer (Element.setHTML)', () => {
  failOnConsoleErrors();

  it('is the path in this browser, and DOMPurify is never downloaded', async () => {
    expect(sanitizerPath()).to.equal('native');
    const el = await mount<ArticleBody>(html`<article-body .feed=${hostileFeed()}></article-body>`);
    expect($(el, '[part="content"]')).to.exist;
    await aMoment();
    expect(purifyRequested(), 'a DOMPurify request').to.equal(false);
  });

  it(`leaves each of the ${XSS_VECTORS.length} vectors inert, with links and images finished`, async () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
    const calls = canary();
    // The canary works: the same markup unsanitized does run.
    const control = await fixture<HTMLElement>(html`<div></div>`);
    control.setHTMLUnsafe('<img src="/no-such-image.png" onerror="top.__xss(0)">');
    await until(() => calls.length, 'the unsanitized control never ran');
    expect(calls).to.deep.equal([0]);
    calls.length = 0;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (const vector of XSS_VECTORS) {
      const fragment = sanitizeBody(vector.html, { headingLevel: 2 });
      expect(fragment, vector.name).to.be.instanceOf(DocumentFragment);
      const box = document.createElement('div');
      box.append(fragment as DocumentFragment);
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
    // Nothing escaped the widget: no element of the body is fixed over the page, none is in the document.
    expect(document.querySelectorAll('body > :not(div, script, style)')).to.have.length(0);
    for (const element of content.querySelectorAll('*')) expect(getComputedStyle(element).position).not.to.equal('fixed');
    expect(shadow(el).querySelectorAll('slot')).to.have.length(0);
  });

  it('opens links in a new tab only when target asks, described for screen readers', async () => {
    const el = await mount<ArticleBody>(html`<article-body .feed=${hostileFeed()} target="_blank"></article-body>`);
    const links = $$<HTMLAnchorElement>(el, '[part="content"] a[href]');
    expect(links.length).to.be.greaterThan(0);
    const note = shadow(el).getElementById('news-article-body-new-tab')!;
    expect(note.textContent).to.equal('(opens in a new tab)');
    for (const link of links) {
      expect([link.target, link.rel, link.getAttribute('aria-describedby')]).to.deep.equal(['_blank', 'noopener noreferrer', note.id]);
    }
    el.target = '_self';
    await el.updateComplete;
    for (const link of $$<HTMLAnchorElement>(el, '[part="content"] a[href]')) {
      expect(link.target).to.equal('_self');
      expect(link.hasAttribute('aria-describedby')).to.equal(false);
    }
  });
});
