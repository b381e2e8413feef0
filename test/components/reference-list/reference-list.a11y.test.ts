import { expect, fixture, html } from '@open-wc/testing';
import type { ReferenceList } from '../../../src/components/reference-list/reference-list.js';
import '../../../src/components/reference-list/reference-list.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { mount, rendered } from '../../helpers/settle.js';
import { LINKED_REFERENCES_FEED } from './reference-list.helpers.js';

describe('reference-list accessibility', () => {
  failOnConsoleErrors();

  it('passes axe in the light theme, with and without links', async () => {
    await expect(await mount<ReferenceList>(html`<reference-list .feed=${sample} theme="light"></reference-list>`)).to.be.accessible();
    const linked = await mount<ReferenceList>(
      html`<reference-list .feed=${LINKED_REFERENCES_FEED} theme="light" target="_blank"></reference-list>`
    );
    await expect(linked).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
      <reference-list .feed=${LINKED_REFERENCES_FEED} theme="dark"></reference-list>
    </div>`);
    await expect(await rendered(wrapper.querySelector<ReferenceList>('reference-list')!)).to.be.accessible();
  });
});
