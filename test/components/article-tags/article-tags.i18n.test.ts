import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleTags } from '../../../src/components/article-tags/article-tags.js';
import '../../../src/components/article-tags/article-tags.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const label = (el: ArticleTags) => $(el, '[part="list"]')!.getAttribute('aria-label');

describe('article-tags languages', () => {
  failOnConsoleErrors();

  it('names the list in its own or the inherited language', async () => {
    expect(label(await mount<ArticleTags>(html`<article-tags .feed=${sample} lang="de"></article-tags>`))).to.equal('Schlagwörter');
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><article-tags .feed=${sample}></article-tags></div>`);
    expect(label(await rendered(wrapper.querySelector<ArticleTags>('article-tags')!))).to.equal('Etiquetas');
    const fr = await mount<ArticleTags>(
      html`<article-tags .feed=${sample} lang="fr" tag-href="https://x.example/{tag}" target="_blank"></article-tags>`
    );
    expect(label(fr)).to.equal('Mots-clés');
    expect($(fr, 'a .visually-hidden')!.textContent!.trim()).to.equal('(s’ouvre dans un nouvel onglet)');
  });

  it('takes any string from `strings`', async () => {
    const el = await mount<ArticleTags>(html`<article-tags
      .feed=${sample}
      tag-href="https://x.example/{tag}"
      target="_blank"
      .strings=${{ tags: 'Topics', opensInNewTab: '(new tab)' }}
    ></article-tags>`);
    expect(label(el)).to.equal('Topics');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(new tab)');
  });

  it('mirrors in RTL: chips run from the right, English tags keep their direction', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><article-tags .feed=${sample}></article-tags></div>`);
    const el = await rendered(wrapper.querySelector<ArticleTags>('article-tags')!);
    expect(label(el)).to.equal('الوسوم');
    const [first, second] = $$(el, '[part="tag"]').map((tag) => tag.getBoundingClientRect());
    expect(first.left, 'the first tag is on the right').to.be.greaterThan(second.right);
    expect($(el, '[part="chip"]')!.getAttribute('dir')).to.equal('auto');
  });
});
