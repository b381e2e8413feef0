import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('language and strings', () => {
    it('mirrors in a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 600px">
        <headline-list .feed=${sample}></headline-list>
      </div>`);
      const el = await rendered(wrapper.querySelector('headline-list')!);
      const item = $$(el, '[part="item"]')[0];
      expect(getComputedStyle(item).direction).to.equal('rtl');
      const thumb = item.querySelector('.thumb')!.getBoundingClientRect();
      const title = item.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(thumb.left).to.be.at.least(title.right);
      expect($(el, '[part="view-all"]')!.textContent!.trim()).to.equal('عرض الكل');
    });

    it('follows lang="de" for strings, dates and reading time', async () => {
      const el = await mount<HeadlineList>(html`<headline-list lang="de" .feed=${sample} limit="2"></headline-list>`);
      expect($(el, '[part="view-all"]')!.textContent!.trim()).to.equal('Alle anzeigen');
      expect($(el, '[part="load-more"]')!.textContent!.trim()).to.equal('Mehr laden');
      expect($(el, '[part="date"]')!.textContent).to.equal('19. März 2026');
      expect($(el, '[part="reading-time"]')!.textContent!.trim()).to.match(/^3\sMin\.\sLesezeit$/);
    });

    it('lets `strings` replace any visible string', async () => {
      const el = await mount<HeadlineList>(html`<headline-list
        .feed=${feedOf([{ id: 'a', title: 'A', content_text: 'word '.repeat(500) }], { title: undefined, home_page_url: 'https://news.example/' })}
        .strings=${{ heading: 'Top stories', viewAll: 'See everything', readingTime: 'Reading time: {duration}' }}
      ></headline-list>`);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Top stories');
      expect($(el, '[part="view-all"]')!.textContent!.trim()).to.equal('See everything');
      expect($(el, '[part="reading-time"]')!.textContent!.trim()).to.match(/^Reading time: \d+ min$/);
    });
  });
});
