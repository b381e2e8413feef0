import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleTags } from '../../../src/components/article-tags/article-tags.js';
import '../../../src/components/article-tags/article-tags.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $$ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('article-tags accessibility', () => {
  failOnConsoleErrors();

  it('passes axe in the light theme, as text and as links', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${sample} theme="light"></article-tags>`);
    await expect(el).to.be.accessible();
    el.tagHref = 'https://site.example/tag/{tag}';
    el.labelled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
      <article-tags .feed=${sample} theme="dark" tag-href="https://site.example/tag/{tag}"></article-tags>
    </div>`);
    const el = await rendered(wrapper.querySelector<ArticleTags>('article-tags')!);
    await expect(el).to.be.accessible();
  });

  it('puts each linked chip in the tab order, in reading order', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${sample} tag-href="https://site.example/tag/{tag}"></article-tags>`);
    const links = $$<HTMLAnchorElement>(el, 'a');
    expect(links.map((link) => link.tabIndex)).to.deep.equal([0, 0, 0]);
    links[1].focus();
    expect(el.shadowRoot!.activeElement).to.equal(links[1]);
  });
});
