import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { SAMPLE_FEED as sample, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { frames, rendered } from '../../helpers/settle.js';

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('news-impression', () => {
    it('fires once per item when half of it is visible', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <headline-list .feed=${sample} limit="3"></headline-list>
        <div style="height: 3000px"></div>
      </div>`);
      const el = await rendered(wrapper.querySelector('headline-list')!);
      const seen: NewsEvent<'news-impression'>['detail'][] = [];
      el.addEventListener('news-impression', (event) => seen.push(event.detail));
      await frames(2);
      expect(seen, 'nothing is visible yet').to.deep.equal([]);
      el.scrollIntoView({ block: 'center' });
      await waitUntil(() => seen.length === 3, 'impressions did not arrive');
      expect(seen.map(({ item, index }) => [item.id, index])).to.deep.equal([
        [SEED_ARTICLE_ID, 0],
        ['at-least-eight-bodies-recovered-in-comoros', 1],
        ['israel-reopens-key-gaza-crossing', 2],
      ]);
      // Scrolling away and back, or re-rendering, reports nothing again.
      window.scrollTo(0, 0);
      await frames();
      el.scrollIntoView({ block: 'center' });
      el.layout = 'compact';
      await el.updateComplete;
      await frames(2);
      expect(seen).to.have.length(3);
      // Items shown later are observed too.
      el.limit = 4;
      await waitUntil(() => seen.length === 4, 'the new item was not observed');
      expect(seen[3].index).to.equal(3);
      window.scrollTo(0, 0);
    });
  });
});
