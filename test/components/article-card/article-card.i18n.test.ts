import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('article-card', () => {
  failOnConsoleErrors();

  describe('language and direction', () => {
    it('mirrors in RTL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 700px">
        <article-card layout="horizontal" .feed=${sample}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // The thumbnail sits at the inline start: on the right.
      const image = $(el, '.frame')!.getBoundingClientRect();
      const body = $(el, '[part="body"]')!.getBoundingClientRect();
      expect(image.left).to.be.at.least(body.right);
      expect(getComputedStyle($(el, '.media')!).paddingRight).to.equal('20px');
      expect(getComputedStyle($(el, '.media')!).paddingLeft).to.equal('0px');
    });

    it('follows lang="de" for strings and dates', async () => {
      const el = await mount<ArticleCard>(html`<article-card lang="de" .feed=${sample}></article-card>`);
      expect(text(el, '[part="author"]')).to.equal('Von Mark Trevelyan');
      expect(text(el, '[part="date"]')).to.equal('19. März 2026');
      expect(text(el, '[part="reading-time"]')).to.equal('3 Min. Lesezeit');
      expect($(el, '[part="tags"]')!.getAttribute('aria-label')).to.equal('Schlagwörter');
    });

    it('inherits the language of the page around it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><article-card .feed=${sample}></article-card></div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      expect(text(el, '[part="author"]')).to.equal('Par Mark Trevelyan');
      expect(text(el, '[part="reading-time"]')).to.equal('3 min de lecture');
    });

    it('takes string overrides', async () => {
      const el = await mount<ArticleCard>(
        html`<article-card lang="en" .strings=${{ readingTime: '{duration} to read', byline: 'Written by {authors}' }} .feed=${sample}></article-card>`
      );
      expect(text(el, '[part="reading-time"]')).to.equal('3 min to read');
      expect(text(el, '[part="author"]')).to.equal('Written by Mark Trevelyan');
    });
  });
});
