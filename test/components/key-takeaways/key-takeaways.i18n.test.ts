import { expect, fixture, html } from '@open-wc/testing';
import type { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const toggleOf = (el: KeyTakeaways) => $<HTMLButtonElement>(el, '[part="toggle"]')!;

describe('key-takeaways', () => {
  failOnConsoleErrors();

  it('mirrors in RTL: the accent bar moves to the right', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><key-takeaways .feed=${sample}></key-takeaways></div>`);
    const el = await rendered(wrapper.querySelector('key-takeaways')!);
    const base = $(el, '[part="base"]')!;
    const style = getComputedStyle(base);
    expect(style.direction).to.equal('rtl');
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    // Bullets sit on the right of their text.
    const takeaway = $(el, '[part="takeaway"]')!;
    expect(getComputedStyle(takeaway, '::before').right).to.equal('2px');
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('أبرز النقاط');

    const ltr = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample}></key-takeaways>`);
    expect(getComputedStyle($(ltr, '[part="base"]')!).borderLeftWidth).to.equal('4px');
  });

  it('follows lang, its own or inherited', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} lang="de" limit="2" target="_blank"></key-takeaways>`);
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('Das Wichtigste in Kürze');
    expect(toggleOf(el).textContent!.trim()).to.equal('Alle 3 anzeigen');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(öffnet in einem neuen Tab)');
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).textContent!.trim()).to.equal('Weniger anzeigen');

    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><key-takeaways .feed=${sample}></key-takeaways></div>`);
    const inherited = await rendered(wrapper.querySelector('key-takeaways')!);
    expect($(inherited, '[part="heading"]')!.textContent!.trim()).to.equal('Points clés');
  });

  it('takes any string from `strings`', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways
        .feed=${sample}
        limit="1"
        target="_blank"
        .strings=${{ heading: 'At a glance', showAll: 'All {count} points', showFewer: 'Fewer points', opensInNewTab: '(new tab)' }}
      ></key-takeaways>`);
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('At a glance');
    expect(toggleOf(el).textContent!.trim()).to.equal('All 3 points');
    expect($(el, 'a .visually-hidden')!.textContent!.trim()).to.equal('(new tab)');
    toggleOf(el).click();
    await el.updateComplete;
    expect(toggleOf(el).textContent!.trim()).to.equal('Fewer points');
  });
});
