/**
 * What the fuzzing suites found (fuzz-readers.test.ts, fuzz-widgets.test.ts), kept as plain tests
 * so it cannot come back unnoticed.
 */
import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import { readArticleHtml } from '../../src/on-demand/feed/article-html.js';

const bodyOf = (content_html: string) =>
  readArticleHtml(normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'b', title: 't', content_html }] }).feed.items[0]);

describe('fuzzing regressions', () => {
  // Seed 1312, "article bodies": readArticleHtml kept href="javascript:…" on a MathML <mi>; its URL policy knew only HTML's link elements.
  it('readArticleHtml removes unsafe links from any SVG or MathML element, and keeps safe and fragment ones', () => {
    const { html } = bodyOf(
      '<math><mi href="javascript:alert(1)">x</mi><mi href=" JaVaScRiPt:alert(2)">y</mi><mrow href="https://ok.example/m">z</mrow></math>' +
        '<svg><image href="data:image/svg+xml,x"></image><a xlink:href="javascript:alert(3)"><text>t</text></a><use href="#shape"></use></svg>'
    );
    const doc = new DOMParser().parseFromString(html!, 'text/html');
    const links = [...doc.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.localName === 'href').map((attribute) => `${element.localName} ${attribute.value}`)
    );
    expect(links).to.deep.equal(['mrow https://ok.example/m', 'use #shape']);
  });

  // Seed 1312, "article bodies": a <form> whose controls are named after DOM members (`attributes`, `setAttribute`,
  // `removeChild`) made readArticleHtml throw ("element.attributes is not iterable"), and <article-body> show an error.
  it('readArticleHtml reads a body whose form controls clobber the DOM members of their form', () => {
    const { html } = bodyOf(
      '<form href="javascript:alert(1)" action="/a"><input name="attributes"><input name="setAttribute"><input name="removeAttribute"><input name="removeChild"><!-- c --></form><a href="/ok">ok</a>'
    );
    expect(html).not.to.include('javascript:');
    expect(html).not.to.include('<!--');
    expect(html).to.match(/<a href="https?:\/\/[^"]+\/ok">ok<\/a>/);
  });
});
