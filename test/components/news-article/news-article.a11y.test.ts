import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../../src/components/news-article/news-article.js';
import '../../../src/components/news-article/news-article.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { settle } from '../../helpers/settle.js';
import { articleReady, outline, partOf } from './news-article.helpers.js';

describe('news-article accessibility, languages and directions', () => {
  failOnConsoleErrors();

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with every part, ${theme}`, async () => {
      const el = await articleReady(
        await fixture<NewsArticle>(html`<div style="background: ${theme === 'dark' ? '#15171c' : '#fff'}; padding: 1rem">
          <news-article .feed=${sample} theme=${theme}></news-article>
        </div>`).then((wrapper) => wrapper.querySelector('news-article')!)
      );
      await expect(el).to.be.accessible();
      expect(getComputedStyle(el).colorScheme).to.equal(theme);
      // The parts inherit the colour scheme through the shadow root.
      expect(getComputedStyle(partOf(el, 'faq')!).colorScheme).to.equal(theme);
    });
  }

  it('is one readable column at most 48rem wide, centred in a wide page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 1200px"><news-article .feed=${sample}></news-article></div>`);
    const el = await articleReady(wrapper.querySelector<NewsArticle>('news-article')!);
    const base = $(el, '[part="base"]')!.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(base.width).to.equal(48 * rem);
    expect(Math.round(base.left - wrapper.getBoundingClientRect().left)).to.equal(Math.round((1200 - 48 * rem) / 2));
    for (const name of ['body', 'faq', 'related'] as const)
      expect(partOf(el, name)!.getBoundingClientRect().width, name).to.be.at.most(48 * rem);
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 358px"><news-article .feed=${sample}></news-article></div>`);
    const el = await articleReady(wrapper.querySelector<NewsArticle>('news-article')!);
    expect(el.scrollWidth).to.be.at.most(358);
    for (const name of ['breadcrumbs', 'meta', 'image', 'toc', 'body', 'faq', 'newsletter', 'pager', 'related', 'disclosure'] as const) {
      const box = partOf(el, name)!.getBoundingClientRect();
      expect(box.width, name).to.be.at.most(358);
      expect(box.width, name).to.be.greaterThan(300);
    }
  });

  it('speaks the page’s language in its parts, follows a change of it, and takes `strings`', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><news-article .feed=${sample}></news-article></div>`);
    const el = await articleReady(wrapper.querySelector<NewsArticle>('news-article')!);
    expect(partOf(el, 'faq')!.getAttribute('lang')).to.equal('de');
    expect(partOf(el, 'related')!.getAttribute('heading')).to.equal('Mehr aus Headlines');
    expect(outline(el)).to.include('h2 Das Wichtigste in Kürze');
    // The article's own text keeps the feed's language.
    expect($(el, '[part="headline"]')!.getAttribute('lang')).to.equal('en');
    wrapper.setAttribute('lang', 'fr');
    await articleReady(el);
    await settle(el);
    expect(partOf(el, 'faq')!.getAttribute('lang')).to.equal('fr');
    expect(partOf(el, 'related')!.getAttribute('heading')).to.equal('Plus de Headlines');
    el.strings = { moreFrom: 'Also in {category}' };
    await settle(el);
    expect(partOf(el, 'related')!.getAttribute('heading')).to.equal('Also in Headlines');
  });

  it('mirrors on a right-to-left page while English text keeps its direction', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 900px"><news-article .feed=${sample}></news-article></div>`
    );
    const el = await articleReady(wrapper.querySelector<NewsArticle>('news-article')!);
    await expect(el).to.be.accessible();
    const headline = $(el, '[part="headline"]')!;
    expect(headline.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(headline).direction, 'English headline').to.equal('ltr');
    expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    // The parts follow the page: Arabic strings, right-to-left boxes.
    expect(partOf(el, 'related')!.getAttribute('heading')).to.equal('المزيد من Headlines');
    expect(getComputedStyle(partOf(el, 'faq')!).direction).to.equal('rtl');
  });
});
