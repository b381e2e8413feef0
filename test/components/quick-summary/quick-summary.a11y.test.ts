import { expect, fixture, html } from '@open-wc/testing';
import type { QuickSummary } from '../../../src/components/quick-summary/quick-summary.js';
import '../../../src/components/quick-summary/quick-summary.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('quick-summary', () => {
  failOnConsoleErrors();

  describe('accessibility', () => {
    it('passes axe in the light theme, with and without a heading', async () => {
      const el = await mount<QuickSummary>(html`<quick-summary .feed=${sample} theme="light"></quick-summary>`);
      await expect(el).to.be.accessible();
      el.heading = '';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <quick-summary .feed=${sample} theme="dark"></quick-summary>
      </div>`);
      const el = await rendered(wrapper.querySelector('quick-summary')!);
      expect(getComputedStyle($(el, '[part="text"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });
});
