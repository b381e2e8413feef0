import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleMeta } from '../../../src/components/article-meta/article-meta.js';
import '../../../src/components/article-meta/article-meta.define.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const LINKED_AUTHORS = feedOf(
  [
    {
      id: 'a',
      title: 'A',
      date_published: '2026-03-19T00:00:00Z',
      authors: [{ name: 'Mark Trevelyan', url: 'https://example.com/mark' }, { name: 'Alexandra Hudson' }],
    },
  ],
  { _news: { publisher: { name: 'Example Press', url: 'https://example.com/' } } }
);

describe('article-meta accessibility', () => {
  failOnConsoleErrors();

  it('passes axe in the light theme', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${sample} theme="light"></article-meta>`);
    await expect(el).to.be.accessible();
    const linked = await mount<ArticleMeta>(html`<article-meta .feed=${LINKED_AUTHORS} theme="light"></article-meta>`);
    await expect(linked).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background: #15171c; padding: 1rem">
      <article-meta .feed=${sample} theme="dark"></article-meta>
    </div>`);
    const el = await rendered(wrapper.querySelector<ArticleMeta>('article-meta')!);
    expect(getComputedStyle($(el, '[part="dateline"]')!).color).to.equal('rgb(236, 238, 242)');
    await expect(el).to.be.accessible();
  });

  it('shows a focus ring on a link at the start of a line, not clipped', async () => {
    const el = await mount<ArticleMeta>(html`<article-meta .feed=${LINKED_AUTHORS} show="author"></article-meta>`);
    const link = $<HTMLAnchorElement>(el, 'a[part~="name"]')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    // The row clips the separators outside it, but leaves a margin for the 2px ring 2px away.
    expect(parseFloat(getComputedStyle($(el, '[part="line"]')!).overflowClipMargin)).to.be.at.least(4);
  });
});
