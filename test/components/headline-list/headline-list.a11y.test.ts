import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const titles = (el: HeadlineList) => texts(el, '[part="title"]');

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('accessibility', () => {
    it('passes axe in the light theme', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} theme="light" limit="4"></headline-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme, with dark colours', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #15171c">
        <headline-list .feed=${sample} theme="dark" limit="4"></headline-list>
      </div>`);
      const el = await rendered(wrapper.querySelector('headline-list')!);
      expect(getComputedStyle($(el, '[part="title"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });

    it('names each link by its headline only', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      const link = $(el, '[part="link"]')!;
      expect(link.textContent!.trim()).to.equal(titles(el)[0]);
      expect(link.querySelector('img')).to.equal(null);
    });
  });
});
