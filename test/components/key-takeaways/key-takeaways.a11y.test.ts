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

  describe('accessibility', () => {
    it('passes axe in the light theme, collapsed and expanded', async () => {
      const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${sample} theme="light" limit="2" target="_blank"></key-takeaways>`);
      await expect(el).to.be.accessible();
      toggleOf(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <key-takeaways .feed=${sample} theme="dark" limit="2"></key-takeaways>
      </div>`);
      const el = await rendered(wrapper.querySelector('key-takeaways')!);
      expect(getComputedStyle($(el, '[part="text"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });
});
