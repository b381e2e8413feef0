import { expect, fixture, html } from '@open-wc/testing';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';

const ARABIC = feedOf([
  {
    id: 'ar',
    title: 'مقال',
    language: 'ar',
    _news: {
      sections: [
        { id: 'ar-1', title: 'خلفية المهمة', level: 2 },
        { id: 'ar-2', title: 'أبرز ما في الاجتماع', level: 3 },
      ],
    },
  },
]);
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('table-of-contents', () => {
  failOnConsoleErrors();

  it('mirrors in RTL; an English list keeps its own direction, an Arabic one nests and marks from the right', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="width: 800px">
      <table-of-contents .feed=${sample}></table-of-contents>
      <table-of-contents .feed=${ARABIC}></table-of-contents>
    </div>`);
    const [english, arabic] = await Promise.all([...wrapper.querySelectorAll<TableOfContents>('table-of-contents')].map((el) => rendered(el)));
    expect(text(english, '[part="heading"]')).to.equal('المحتويات');
    expect(getComputedStyle($(english, '[part="heading"]')!).direction).to.equal('rtl');
    // The sample's English titles read left to right: their list nests and marks from the left.
    const list = $(english, '#list')!;
    expect(getComputedStyle(list).direction).to.equal('ltr');
    expect(getComputedStyle($(english, '[part~="sublist"]')!).paddingLeft).to.equal('16px');
    expect(getComputedStyle($(english, '[part~="link"]')!).borderLeftWidth).to.equal('3px');
    expect($(english, '[part~="link"]')!.getBoundingClientRect().left - list.getBoundingClientRect().left).to.be.below(2);
    // Arabic titles: everything from the right.
    expect(getComputedStyle($(arabic, '#list')!).direction).to.equal('rtl');
    const sublist = getComputedStyle($(arabic, '[part~="sublist"]')!);
    expect([sublist.paddingRight, sublist.paddingLeft]).to.deep.equal(['16px', '0px']);
    const link = getComputedStyle($(arabic, '[part~="link"]')!);
    expect([link.borderRightWidth, link.borderLeftWidth]).to.deep.equal(['3px', '0px']);
    // The toggle sits at the inline end (the left) when narrow.
    wrapper.style.width = '300px';
    const toggle = $(english, '[part="toggle"]')!.getBoundingClientRect();
    const heading = $(english, '[part="heading"]')!.getBoundingClientRect();
    expect(toggle.right).to.be.at.most(heading.left);
  });

  it('follows lang, its own or inherited', async () => {
    const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} lang="de" style="width: 300px"></table-of-contents>`);
    expect(text(el, '[part="heading"]')).to.equal('Inhaltsverzeichnis');
    expect(text(el, '[part="toggle"]')).to.equal('Inhaltsverzeichnis');
    for (const [lang, heading] of [
      ['fr-CA', 'Table des matières'],
      ['es', 'Índice'],
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><table-of-contents .feed=${sample}></table-of-contents></div>`);
      const inherited = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      expect(text(inherited, '[part="heading"]'), lang).to.equal(heading);
    }
  });

  it('takes its heading from `strings`, also as the name of the nav without a visible heading', async () => {
    const el = await mount<TableOfContents>(
      html`<table-of-contents .feed=${sample} heading="" .strings=${{ heading: 'On this page' }}></table-of-contents>`
    );
    expect($(el, 'nav')!.getAttribute('aria-label')).to.equal('On this page');
    expect(text(el, '[part="toggle"]')).to.equal('On this page');
  });
});
