import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleMeta } from '../../../src/components/article-meta/article-meta.js';
import '../../../src/components/article-meta/article-meta.define.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, text, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const TWO_AUTHORS = feedOf([
  {
    id: 'two',
    title: 'Two',
    language: 'en',
    date_published: '2026-03-19T00:00:00Z',
    authors: [{ name: 'Mark Trevelyan', url: 'https://example.com/mark' }, { name: 'Alexandra Hudson' }],
    _news: { reading_time_minutes: 3 },
  },
]);

describe('article-meta languages', () => {
  failOnConsoleErrors();

  it('follows its own lang: German words, dates, durations and list', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${sample} lang="de"></article-meta>`);
    expect(texts(el, '[part~="item"]')).to.deep.equal([
      'Veröffentlicht von Global Banking & Finance Review®',
      'Von Mark Trevelyan',
      'Veröffentlicht: 19. März 2026',
      '3 Min. Lesezeit',
      'Zuletzt aktualisiert: 19. März 2026',
    ]);
    const two = await mount<ArticleMeta>(html`<article-meta .feed=${TWO_AUTHORS} lang="de" show="author"></article-meta>`);
    expect(text(two, '[part~="author"]')).to.equal('Von Mark Trevelyan und Alexandra Hudson');
    expect($(two, 'a[part~="name"]')!.textContent).to.equal('Mark Trevelyan');
  });

  it('inherits the page language: French and Spanish', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr-CA"><article-meta .feed=${TWO_AUTHORS} show="author updated published"></article-meta></div>`
    );
    const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
    // (texts() reads the no-break space before the colon as a space.)
    expect(texts(el, '[part~="item"]')).to.deep.equal(['Par Mark Trevelyan et Alexandra Hudson', 'Publié : 19 mars 2026']);
    const es = await mount<ArticleMeta>(html`<article-meta .feed=${sample} lang="es" show="publisher updated"></article-meta>`);
    expect(texts(es, '[part~="item"]')).to.deep.equal([
      'Publicado por Global Banking & Finance Review®',
      'Última actualización: 19 de marzo de 2026',
    ]);
  });

  it('takes any string from `strings`, keeping the rendered pieces in place', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta
      .feed=${sample}
      .strings=${{ publishedBy: '{publisher} presents', byline: 'Words: {authors}', published: 'Posted on {date}', updated: '{date} (updated)', readingTime: 'Reading time {duration}' }}
    ></article-meta>`);
    expect(texts(el, '[part~="item"]')).to.deep.equal([
      'Global Banking & Finance Review® presents',
      'Words: Mark Trevelyan',
      'Posted on March 19, 2026',
      'Reading time 3 min',
      'March 19, 2026 (updated)',
    ]);
    expect($(el, '[part~="publisher"] a[part="publisher-name"]')).to.exist;
    expect($(el, '[part~="updated"] time')).to.exist;
  });

  it('mirrors in RTL: Arabic strings, the logo on the right, English names kept left to right', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 400px"><article-meta .feed=${sample}></article-meta></div>`
    );
    const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
    expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    expect(text(el, '[part~="updated"]')).to.match(/^آخر تحديث: /);
    expect(text(el, '[part~="author"]')).to.equal('بقلم Mark Trevelyan');
    const logo = $(el, '[part="logo"]')!.getBoundingClientRect();
    const name = $(el, '[part="publisher-name"]')!.getBoundingClientRect();
    expect(logo.left, 'the logo comes first, on the right').to.be.greaterThan(name.right);
    for (const node of $$(el, '[part~="name"], [part="publisher-name"], [part="dateline"], [part="credits"]')) {
      expect(node.getAttribute('dir')).to.equal('auto');
    }
    expect($(el, '[part="credits"]')!.getAttribute('lang')).to.equal('en');
  });
});
