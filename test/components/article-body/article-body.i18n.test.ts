import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleBody } from '../../../src/components/article-body/article-body.js';
import '../../../src/components/article-body/article-body.define.js';
import { SAMPLE_FEED as sample, TITLE_ONLY_ID, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const QUOTE_BODY = '<p>English text.</p><blockquote><p>A quote.</p></blockquote><ul><li>One</li></ul>';

describe('article-body languages and directions', () => {
  failOnConsoleErrors();

  it('passes the accessibility audit in light and dark, with a table, a quote, code and a figure', async () => {
    const feed = seedArticleFeed({
      content_html:
        sample.items[0].content_html +
        '<table><caption>Releases</caption><tr><th>Month</th><th>Prisoners</th></tr><tr><td>September</td><td>52</td></tr></table>' +
        '<blockquote><p>A quote.</p></blockquote><pre><code>code</code></pre><figure><img src="/sample/images/publisher-logo.svg" width="40" height="40" alt="Logo"><figcaption>A caption</figcaption></figure>',
    });
    for (const [theme, background] of [
      ['light', '#ffffff'],
      ['dark', '#15171c'],
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: ${background}">
        <article-body .feed=${feed} theme=${theme} target="_blank"></article-body>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-body')!);
      await expect(el).to.be.accessible();
    }
  });

  it('takes the language of an ancestor, with the translated table', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><article-body .feed=${sample} item=${TITLE_ONLY_ID}></article-body></div>`);
    const el = await rendered(wrapper.querySelector('article-body')!);
    expect($(el, '[part="empty"]')!.textContent).to.equal('Dieser Artikel hat noch keinen Text.');
    const fr = await fixture<HTMLElement>(html`<div lang="fr"><article-body .feed=${sample} target="_blank"></article-body></div>`);
    const frEl = await rendered(fr.querySelector('article-body')!);
    expect(frEl.shadowRoot!.getElementById('news-article-body-new-tab')!.textContent).to.equal('(s’ouvre dans un nouvel onglet)');
  });

  it('takes strings overrides', async () => {
    const el = await mount<ArticleBody>(
      html`<article-body .feed=${sample} item=${TITLE_ONLY_ID} .strings=${{ noBody: 'Nothing here.' }}></article-body>`
    );
    expect($(el, '[part="empty"]')!.textContent).to.equal('Nothing here.');
  });

  it('mirrors in RTL with logical properties, while English text keeps its direction', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar"><article-body .feed=${seedArticleFeed({ content_html: QUOTE_BODY })}></article-body></div>`
    );
    const el = await rendered(wrapper.querySelector('article-body')!);
    const content = $(el, '[part="content"]')!;
    // dir="auto" on the body: English text reads left to right on a right-to-left page.
    expect(getComputedStyle(content).direction).to.equal('ltr');
    const arabic = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar"><article-body .feed=${seedArticleFeed({ content_html: '<blockquote><p>نص عربي مقتبس</p></blockquote>', language: 'ar' })}></article-body></div>`
    );
    const arEl = await rendered(arabic.querySelector('article-body')!);
    const quote = $(arEl, 'blockquote')!;
    expect(getComputedStyle(quote).direction).to.equal('rtl');
    expect(getComputedStyle(quote).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
    expect($(arEl, '[part="content"]')!.lang).to.equal('ar');
  });
});
