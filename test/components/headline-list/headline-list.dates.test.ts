import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { RelativeDateClock } from '../../../src/controllers/relative-date-clock.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('dates', () => {
    it('are absolute by default, in a <time> with an ISO datetime', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      const time = $(el, 'time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2026-03-19T00:00:00.000Z');
      expect(time.textContent).to.equal('March 19, 2026');
    });

    it('are relative with date-format="relative", the exact date in the tooltip', async () => {
      const iso = new Date(Date.now() - 3 * 3600_000).toISOString();
      const feed = feedOf([{ id: 'a', url: 'https://news.example/a', title: 'A', date_published: iso }]);
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} date-format="relative"></headline-list>`);
      const time = $(el, 'time[part="date"]')!;
      expect(time.textContent).to.equal('3 hours ago');
      expect(new Date(time.getAttribute('datetime')!).toISOString()).to.equal(iso);
      expect(time.getAttribute('title')).to.match(/\d{4}/);
      el.dateFormat = 'absolute';
      await el.updateComplete;
      expect($(el, 'time[part="date"]')!.textContent).not.to.equal('3 hours ago');
    });

    it('that are relative move on while the list stays on the page, and only then', async () => {
      const period = RelativeDateClock.period;
      RelativeDateClock.period = 50; // a minute, in this test
      try {
        const iso = new Date(Date.now() - 59_400).toISOString();
        const feed = feedOf([{ id: 'a', url: 'https://news.example/a', title: 'A', date_published: iso }]);
        const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} date-format="relative"></headline-list>`);
        const date = () => $(el, 'time[part="date"]')!.textContent;
        expect(date()).to.equal('59 seconds ago');
        await waitUntil(() => date() === '1 minute ago', 'the relative date stayed as it was');

        let renders = 0;
        const requestUpdate = el.requestUpdate.bind(el);
        el.requestUpdate = (...args: Parameters<HeadlineList['requestUpdate']>) => {
          renders++;
          requestUpdate(...args);
        };
        const parent = el.parentElement!;
        el.remove();
        await aTimeout(200);
        expect(renders, 'renders while off the page').to.equal(0);
        parent.append(el);
        await waitUntil(() => renders > 0, 'no renders once back on the page');
        el.dateFormat = 'absolute';
        await el.updateComplete;
        renders = 0;
        await aTimeout(200);
        expect(renders, 'renders with absolute dates').to.equal(0);
      } finally {
        RelativeDateClock.period = period;
      }
    });
  });
});
