import { expect, fixture, html } from '@open-wc/testing';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('table-of-contents', () => {
  failOnConsoleErrors();

  describe('accessibility', () => {
    it('passes axe in the light theme, wide and narrow (closed and open), with a current section', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} theme="light" style="width: 800px"></table-of-contents>`);
      $(el, '[part~="link"]')!.setAttribute('aria-current', 'true');
      await expect(el).to.be.accessible();
      el.style.width = '300px';
      await expect(el).to.be.accessible();
      el.toggle(true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.heading = '';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
        <table-of-contents .feed=${sample} theme="dark"></table-of-contents>
      </div>`);
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      expect(getComputedStyle($(el, '[part~="link"]')!).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
    });
  });
});
