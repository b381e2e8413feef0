import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { SAMPLE_FEED as sample, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, shadow } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

const toggleOf = (el: KeyTakeaways) => $<HTMLButtonElement>(el, '[part="toggle"]')!;

describe('key-takeaways', () => {
  failOnConsoleErrors();

  describe('limit', () => {
    it('shows the first `limit` takeaways and a "Show all N" toggle that controls the list', async () => {
      const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="2"></key-takeaways>`);
      expect($$(el, '[part="takeaway"]')).to.have.length(2);
      const toggle = toggleOf(el);
      expect(toggle.localName).to.equal('button');
      expect(toggle.type).to.equal('button');
      expect(toggle.textContent!.trim()).to.equal('Show all 3');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const list = $(el, '[part="list"]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
      expect(shadow(el).getElementById(list.id)).to.equal(list);

      toggle.click();
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(3);
      expect(toggleOf(el)).to.equal(toggle, 'the same button stays');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Show fewer');

      toggle.click();
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(2);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('toggles with Enter and Space and keeps the focus on the button', async () => {
      const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
      const toggle = toggleOf(el);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '[part="takeaway"]')).to.have.length(3);
      expect(shadow(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($$(el, '[part="takeaway"]')).to.have.length(1);
      expect(shadow(el).activeElement).to.equal(toggle);
    });

    it('has no toggle when every takeaway fits, or without a positive limit', async () => {
      for (const limit of ['3', '10', '0', '-1', 'abc']) {
        const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit=${limit}></key-takeaways>`);
        expect($$(el, '[part="takeaway"]'), `limit=${limit}`).to.have.length(3);
        expect(toggleOf(el), `limit=${limit}`).to.equal(null);
      }
    });

    it('collapses again when another item is shown', async () => {
      const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} limit="1"></key-takeaways>`);
      toggleOf(el).click();
      await el.updateComplete;
      el.item = TITLE_ONLY_ID;
      await el.updateComplete;
      el.item = SEED_ARTICLE_ID;
      await el.updateComplete;
      expect($$(el, '[part="takeaway"]')).to.have.length(1);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
    });
  });
});
