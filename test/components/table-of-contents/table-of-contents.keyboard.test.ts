import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { rendered } from '../../helpers/settle.js';

const SECTIONS = sample.items[0]._news!.sections!;

/** A button to start from, the table of contents, and the sample's sections in the page. */
async function page(width: string) {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}">
    <button id="before">Before</button>
    <table-of-contents .feed=${sample}></table-of-contents>
    ${SECTIONS.map((section) => html`<h2 id=${section.id}>${section.title}</h2><div style="height: 600px"></div>`)}
  </div>`);
  const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('table-of-contents', () => {
  failOnConsoleErrors();
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  describe('keyboard', () => {
    it('Tab reaches the links in order, and Enter moves the focus to the section heading', async () => {
      const el = await page('800px');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'no toggle when wide: the first link').to.equal($(el, `a[href="#${SECTIONS[0].id}"]`));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, `a[href="#${SECTIONS[2].id}"]`));
      await sendKeys({ press: 'Enter' });
      const heading = document.getElementById(SECTIONS[2].id)!;
      expect(document.activeElement).to.equal(heading);
      // The next Tab goes on from the section, not back to the table of contents.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).not.to.equal(el);
    });

    it('when narrow, Tab reaches the toggle; Enter and Space open and close the list', async () => {
      const el = await page('300px');
      await sendKeys({ press: 'Tab' });
      const toggle = $(el, '[part="toggle"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'the closed list has no Tab stops').to.equal(null);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, `a[href="#${SECTIONS[0].id}"]`));
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(document.getElementById(SECTIONS[0].id));
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
    });
  });
});
