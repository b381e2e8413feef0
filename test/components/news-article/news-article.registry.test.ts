/**
 * Under which names the parts are registered, and what happens when one cannot be. This page
 * registers nothing up front: each test defines what it needs.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { NewsArticle } from '../../../src/components/news-article/news-article.js';
import { PART_MODULES } from '../../../src/components/news-article/news-article-parts.js';
import { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { captureConsole, failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $$ } from '../../helpers/query.js';
import { settle, until } from '../../helpers/settle.js';
import { articleReady, EVERY_PART, partOf, partOrder } from './news-article.helpers.js';

describe('news-article registering its parts', () => {
  const consoleCapture = failOnConsoleErrors();

  it('leaves out a part whose name belongs to another element, with a warning, without downloading it', async () => {
    customElements.define('other-news-article', class extends NewsArticle {});
    customElements.define('other-reference-list', class extends HTMLElement {});
    // Only the headline (its own markup) and the references (taken) are left to show.
    const hide = EVERY_PART.filter((name) => name !== 'headline' && name !== 'references').join(' ');
    const el = await fixture<NewsArticle>(html`<other-news-article .feed=${sample} hide=${hide}></other-news-article>`);
    await articleReady(el, ['headline']);
    await until(() => consoleCapture.current.warnings.length > 0, 'no warning');
    await settle(el);
    expect(partOrder(el)).to.deep.equal(['headline']);
    expect($$(el, 'other-reference-list')).to.deep.equal([]);
    expect(consoleCapture.current.warnings.map(([message]) => message)).to.deep.equal([
      'news-widgets: <other-reference-list> is already defined by another script; that definition is kept.',
    ]);
    // Known to be taken before anything was downloaded: the part's code never came.
    const downloaded = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/reference-list/reference-list'));
    expect(downloaded.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('registers the parts with its own prefix: <acme-news-article> renders <acme-*> parts', async () => {
    expect(NewsArticle.define('acme-news-article')).to.equal(true);
    // KeyTakeaways is already registered under a name of the page's choosing: that name is used.
    customElements.define('page-takeaways', KeyTakeaways);
    const el = await fixture<NewsArticle>(html`<acme-news-article .feed=${sample}></acme-news-article>`);
    await articleReady(el);
    expect(partOrder(el)).to.deep.equal([...EVERY_PART]);
    expect(partOf(el, 'body')!.localName).to.equal('acme-article-body');
    expect(partOf(el, 'faq')!.localName).to.equal('acme-faq-accordion');
    expect(partOf(el, 'related')!.localName).to.equal('acme-headline-list');
    expect(partOf(el, 'takeaways')!.localName).to.equal('page-takeaways');
    for (const tag of ['article-body', 'faq-accordion', 'headline-list', 'news-article']) {
      expect(customElements.get(tag), `no default <${tag}>`).to.equal(undefined);
    }
    expect(consoleCapture.current.warnings).to.deep.equal([]);
  });

  it('shows the article without a part whose download fails, warning once', async () => {
    const capture = captureConsole({ quiet: true });
    const original = PART_MODULES.pager!;
    PART_MODULES.pager = { tag: 'article-pager', load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) };
    try {
      const first = await fixture<NewsArticle>(
        html`<div><acme-news-article .feed=${sample}></acme-news-article><acme-news-article .feed=${sample}></acme-news-article></div>`
      );
      const shown = EVERY_PART.filter((name) => name !== 'pager');
      for (const el of first.children) {
        await articleReady(el, shown);
        expect(partOrder(el)).to.deep.equal(shown);
      }
      const warnings = capture.warnings.filter(([message]) => String(message).includes('<article-pager>'));
      expect(warnings, 'one warning for the page').to.have.length(1);
      expect(warnings[0][0]).to.equal(
        'news-widgets: the <article-pager> part of the article could not be loaded; the article shows without it.'
      );
    } finally {
      PART_MODULES.pager = original;
      capture.restore();
    }
  });
});
