import { expect, fixture, html } from '@open-wc/testing';
import type { ReferenceList } from '../../../src/components/reference-list/reference-list.js';
import '../../../src/components/reference-list/reference-list.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { LINKED_REFERENCES_FEED } from './reference-list.helpers.js';

describe('reference-list languages', () => {
  failOnConsoleErrors();

  it('follows lang, its own or inherited', async () => {
    const de = await mount<ReferenceList>(html`<reference-list .feed=${LINKED_REFERENCES_FEED} lang="de" target="_blank"></reference-list>`);
    expect(text(de, '[part="heading"]')).to.equal('Quellen');
    expect($(de, 'a .visually-hidden')!.textContent!.trim()).to.equal('(öffnet in einem neuen Tab)');
    for (const [lang, heading] of [
      ['fr-CA', 'Références'],
      ['es', 'Referencias'],
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><reference-list .feed=${sample}></reference-list></div>`);
      expect(text(await rendered(wrapper.querySelector<ReferenceList>('reference-list')!), '[part="heading"]')).to.equal(heading);
    }
  });

  it('takes any string from `strings`', async () => {
    const el = await mount<ReferenceList>(html`<reference-list
      .feed=${LINKED_REFERENCES_FEED}
      target="_blank"
      .strings=${{ heading: 'Further reading', opensInNewTab: '(new tab)' }}
    ></reference-list>`);
    expect(text(el, '[part="heading"]')).to.equal('Further reading');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(new tab)');
  });

  it('mirrors in RTL: numbers on the right, English titles keep their direction', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><reference-list .feed=${sample}></reference-list></div>`);
    const el = await rendered(wrapper.querySelector<ReferenceList>('reference-list')!);
    expect(text(el, '[part="heading"]')).to.equal('المراجع');
    const list = getComputedStyle($(el, '[part="list"]')!);
    expect(list.direction).to.equal('rtl');
    expect(parseFloat(list.paddingRight), 'room for the numbers on the right').to.be.greaterThan(20);
    expect(list.paddingLeft).to.equal('0px');
    // An English title keeps its own direction, and starts next to its number, on the right.
    const [reference] = $$(el, '[part="reference"]');
    const title = reference.querySelector('[part~="title"]')!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    const contentRight = reference.getBoundingClientRect().right - parseFloat(getComputedStyle(reference).paddingRight);
    expect(contentRight - title.getBoundingClientRect().right).to.be.lessThan(1);
  });
});
