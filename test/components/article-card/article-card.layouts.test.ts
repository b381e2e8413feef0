import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { SAMPLE_FEED as sample, seedArticleFeed, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('article-card', () => {
  failOnConsoleErrors();

  describe('layouts', () => {
    it('vertical (the default) puts the image above the text', async () => {
      const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
      expect(el.layout).to.equal('vertical');
      expect(el.getAttribute('layout')).to.equal('vertical');
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(body.top).to.be.at.least(image.bottom);
    });

    it('horizontal puts the image beside the text, and falls back to vertical when narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
        <article-card layout="horizontal" .feed=${sample}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).flexDirection).to.equal('row');
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(image.right).to.be.at.most(body.left);
      expect(image.top).to.be.below(body.bottom);

      wrapper.style.width = '400px';
      await waitUntil(() => getComputedStyle(card).flexDirection === 'column', 'no vertical fallback at 400px');
      expect($(el, '[part="body"]')!.getBoundingClientRect().top).to.be.at.least($(el, '.frame')!.getBoundingClientRect().bottom);
    });

    it('compact has no image', async () => {
      const el = await mount<ArticleCard>(html`<article-card layout="compact" .feed=${sample}></article-card>`);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'figure, [part="caption"]')).to.equal(null);
      expect($(el, '[part="title"]')).to.exist;
      expect($(el, '[part="summary"]')).to.exist;
    });

    it('hero sets white text on a scrim over the image', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
        <article-card layout="hero" .feed=${sample} item=${TITLE_ONLY_ID}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      const image = $(el, 'img')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!;
      const box = body.getBoundingClientRect();
      // The text block lies inside the image, at its bottom.
      expect(box.top).to.be.above(image.top);
      expect(box.bottom).to.be.closeTo(image.bottom, 1);
      expect(box.left).to.be.closeTo(image.left, 1);
      expect(getComputedStyle(body).backgroundImage).to.contain('linear-gradient');
      for (const theme of ['light', 'dark'] as const) {
        el.theme = theme;
        await el.updateComplete;
        expect(getComputedStyle($(el, '[part="title"]')!).color, theme).to.equal('rgb(255, 255, 255)');
      }
      // The card keeps at least the image's 16:9 shape.
      expect(image.height).to.be.at.least((image.width * 9) / 16 - 1);
    });

    it('hero in a narrow column puts the image on top at its ratio, its caption under it and the text below, on the surface', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 390px">
        <article-card layout="hero" theme="light" .feed=${sample}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      const image = $(el, 'img')!.getBoundingClientRect();
      const caption = $(el, '[part="caption"]')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!;
      expect(image.height).to.be.closeTo((image.width * 9) / 16, 1);
      expect(caption.top).to.be.at.least(image.bottom - 0.5);
      expect(body.getBoundingClientRect().top).to.be.at.least(caption.bottom - 0.5);
      expect(getComputedStyle(body).backgroundImage).to.equal('none');
      // The theme's colours, not white on a scrim.
      expect(getComputedStyle($(el, '[part="title"]')!).color).to.equal('rgb(22, 24, 29)');
      // The summary is not cut after two lines: the seed's runs to four at this width, all shown.
      const summary = $(el, '[part="summary"]')!;
      const lines = Math.round(summary.clientHeight / parseFloat(getComputedStyle(summary).lineHeight));
      expect(lines).to.be.above(2);

      wrapper.style.width = '700px';
      await waitUntil(() => getComputedStyle(body).backgroundImage.includes('linear-gradient'), 'no overlay at 700px');
    });

    it('never ends a line of the meta row with a separator', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 250px">
        <article-card .feed=${sample}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      const meta = $(el, '[part="meta"]')!;
      const row = meta.getBoundingClientRect();
      const items = [...meta.children].map((item) => item.getBoundingClientRect());
      // At this width the row wraps.
      expect(new Set(items.map((item) => Math.round(item.top))).size).to.be.above(1);
      expect(getComputedStyle(meta).overflow).to.equal('clip');
      items.forEach((item, index) => {
        // No separator follows an item; each but the first has one before it, in the gap.
        expect(getComputedStyle(meta.children[index], '::after').content).to.equal('none');
        expect(getComputedStyle(meta.children[index], '::before').content).to.equal(index ? '"·" / ""' : 'none');
        const startsLine = index === 0 || item.top > items[index - 1].top + 1;
        // An item starting a line starts at the row's edge, so its separator lies outside the row, clipped;
        // one following another on its line leaves the separator's room between them.
        if (startsLine) expect(item.left).to.be.closeTo(row.left, 0.5);
        else expect(item.left - items[index - 1].right).to.be.closeTo(parseFloat(getComputedStyle(meta).columnGap), 0.5);
      });
    });

    it('hero without an image has a solid accent-tinted background instead', async () => {
      const feed = seedArticleFeed({ image: undefined });
      const el = await mount<ArticleCard>(html`<article-card layout="hero" theme="light" .feed=${feed}></article-card>`);
      expect($(el, 'img')).to.equal(null);
      const card = $(el, '[part="base"]')!;
      // 20% of the accent #0b5cad over the white background.
      const channels = getComputedStyle(card)
        .backgroundColor.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)\)$/)!
        .slice(1);
      expect(channels.map((c) => Math.round(Number(c) * 255))).to.deep.equal([206, 222, 239]);
      expect(getComputedStyle($(el, '[part="title"]')!).color).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle($(el, '[part="body"]')!).backgroundImage).to.equal('none');
    });

    it('an unknown layout renders as vertical', async () => {
      const el = await mount<ArticleCard>(html`<article-card layout="sideways" .feed=${sample}></article-card>`);
      expect($(el, '[part="base"]')!.classList.contains('vertical')).to.equal(true);
      expect($(el, 'img')).to.exist;
    });
  });
});
