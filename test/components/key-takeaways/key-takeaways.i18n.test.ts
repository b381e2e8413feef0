import { expect, fixture, html } from '@open-wc/testing';
import type { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { SAMPLE_FEED as sample, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

/** The rectangle of the last word of an element's text (its last characters up to a space). */
function lastWord(element: HTMLElement): DOMRect {
  const node = [...element.childNodes].reverse().find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
  const content = node.textContent!.trimEnd();
  const range = document.createRange();
  range.setStart(node, content.lastIndexOf(' ') + 1);
  range.setEnd(node, content.length);
  const rects = range.getClientRects();
  return rects[rects.length - 1];
}

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
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('أبرز النقاط');

    // Arabic takeaways read right to left, their bullets on the right of their text.
    const arabic = seedArticleFeed({
      _news: { ...sample.items[0]._news, key_takeaways: [{ text: 'نص عربي لنقطة أساسية', source: { url: 'https://news.example/ar' } }] },
    });
    const rtlWrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><key-takeaways .feed=${arabic}></key-takeaways></div>`);
    const rtlEl = await rendered(rtlWrapper.querySelector('key-takeaways')!);
    const takeaway = $(rtlEl, '[part="takeaway"]')!;
    expect(getComputedStyle(takeaway).direction).to.equal('rtl');
    expect(getComputedStyle(takeaway, '::before').right).to.equal('2px');
    expect($(rtlEl, '[part="source"]')!.getBoundingClientRect().right).to.be.at.most(lastWord($(rtlEl, '[part="text"]')!).left + 1);

    const ltr = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample}></key-takeaways>`);
    expect(getComputedStyle($(ltr, '[part="base"]')!).borderLeftWidth).to.equal('4px');
  });

  it('keeps English takeaways left to right on a right-to-left page, the citation after their last word', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 640px"><key-takeaways .feed=${sample}></key-takeaways></div>`
    );
    const el = await rendered(wrapper.querySelector('key-takeaways')!);
    const takeaways = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="takeaway"]')];
    expect(takeaways.length).to.be.above(0);
    for (const takeaway of takeaways) {
      const style = getComputedStyle(takeaway);
      expect(style.direction).to.equal('ltr');
      // The bullet is on the left, where the English text starts.
      expect(getComputedStyle(takeaway, '::before').left).to.equal('2px');
      const source = takeaway.querySelector('[part="source"]')!.getBoundingClientRect();
      const last = lastWord(takeaway.querySelector<HTMLElement>('[part="text"]')!);
      // On the text's last line (or the next one), to the right of its last word.
      if (source.top < last.bottom - 1) expect(source.left, takeaway.textContent!).to.be.at.least(last.right - 1);
      else expect(source.top).to.be.at.least(last.bottom - 1);
    }
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
