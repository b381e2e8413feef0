import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { SAMPLE_FEED as sample, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $$ } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('news-select', () => {
    it('fires on a click with the item, the url and the click; cancelling it keeps the page where it is', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      const before = location.href;
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      const link = $$(el, '[part="link"]')[1];
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'news-select')) as NewsEvent<'news-select'>;
      expect(event.detail.item.id).to.equal('at-least-eight-bodies-recovered-in-comoros');
      expect(event.detail.url).to.equal('https://news.example/headlines/at-least-eight-bodies-recovered-in-comoros');
      expect(event.detail.originalEvent).to.be.instanceOf(MouseEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect((event.detail.originalEvent as MouseEvent).defaultPrevented).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });

    it('leaves the navigation alone when not cancelled', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      let prevented: boolean | undefined;
      // The test stops the navigation itself after reading whether the widget did.
      const stop = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', stop, { once: true });
      setTimeout(() => $$(el, '[part="link"]')[0].click());
      const event = (await oneEvent(el, 'news-select')) as NewsEvent<'news-select'>;
      expect(event.detail.item.id).to.equal(SEED_ARTICLE_ID);
      await waitUntil(() => prevented !== undefined);
      expect(prevented).to.equal(false);
    });

    it('fires when a link is activated with Enter', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      $$(el, '[part="link"]')[2].focus();
      const selected = oneEvent(el, 'news-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as NewsEvent<'news-select'>).detail.item.id).to.equal('israel-reopens-key-gaza-crossing');
    });

    it('does not fire for a click with a modifier key (open in a new tab)', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample}></headline-list>`);
      let fired = false;
      el.addEventListener('news-select', () => (fired = true));
      const link = $$(el, '[part="link"]')[0];
      link.addEventListener('click', (event) => event.preventDefault());
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(fired).to.equal(false);
    });
  });
});
