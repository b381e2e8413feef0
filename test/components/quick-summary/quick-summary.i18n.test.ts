import { expect, fixture, html } from '@open-wc/testing';
import type { QuickSummary } from '../../../src/components/quick-summary/quick-summary.js';
import '../../../src/components/quick-summary/quick-summary.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('quick-summary', () => {
  failOnConsoleErrors();

  it('mirrors in RTL, while the English summary keeps its own direction', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><quick-summary .feed=${sample}></quick-summary></div>`);
    const el = await rendered(wrapper.querySelector('quick-summary')!);
    const style = getComputedStyle($(el, '[part="base"]')!);
    expect(style.direction).to.equal('rtl');
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('1px');
    expect(text(el, '[part="heading"]')).to.equal('ملخص سريع');
    const summary = $(el, '[part="text"]')!;
    expect(getComputedStyle(summary).direction, 'dir="auto" finds English').to.equal('ltr');
    // The text starts on the left edge of the box, as English does.
    const range = document.createRange();
    range.selectNodeContents(summary);
    expect(range.getClientRects()[0].left - summary.getBoundingClientRect().left).to.be.below(2);
  });

  it('follows lang, its own or inherited', async () => {
    const el = await mount<QuickSummary>(html`<quick-summary .feed=${sample} lang="de"></quick-summary>`);
    expect(text(el, '[part="heading"]')).to.equal('Kurz zusammengefasst');
    for (const [lang, heading] of [
      ['fr-CA', 'Résumé rapide'],
      ['es', 'Resumen rápido'],
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><quick-summary .feed=${sample}></quick-summary></div>`);
      const inherited = await rendered(wrapper.querySelector('quick-summary')!);
      expect(text(inherited, '[part="heading"]'), lang).to.equal(heading);
    }
  });

  it('takes its heading from `strings`', async () => {
    const el = await mount<QuickSummary>(html`<quick-summary .feed=${sample} .strings=${{ heading: 'At a glance' }}></quick-summary>`);
    expect(text(el, '[part="heading"]')).to.equal('At a glance');
  });
});
