import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-card/article-card.define.js';
import type { ArticleCard } from '../../../src/components/article-card/article-card.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { SAMPLE_FEED as sample, SEED_ARTICLE_ID, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

/** Everything a keyboard can reach. */
const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]';

describe('article-card', () => {
  failOnConsoleErrors();

  describe('news-select and the link', () => {
    it('is cancelable: preventDefault() keeps the page where it is, and the detail names the item', async () => {
      const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
      const before = location.href;
      const listener = (event: NewsEvent<'news-select'>) => event.preventDefault();
      document.addEventListener('news-select', listener);
      try {
        const link = $(el, 'a') as HTMLAnchorElement;
        setTimeout(() => link.click());
        const event = await oneEvent(document, 'news-select');
        expect(event.detail.item.id).to.equal(SEED_ARTICLE_ID);
        expect(event.detail.url).to.equal(link.href);
        expect(event.detail.originalEvent).to.be.instanceOf(MouseEvent);
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        expect(event.defaultPrevented).to.equal(true);
        expect((event.detail.originalEvent as MouseEvent).defaultPrevented).to.equal(true);
      } finally {
        document.removeEventListener('news-select', listener);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });

    it('leaves the click alone when nobody cancels it, and ignores modified clicks', async () => {
      const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
      const link = $(el, 'a') as HTMLAnchorElement;
      const selected: Event[] = [];
      const clicks: boolean[] = [];
      const onSelect = (event: Event) => selected.push(event);
      // The card has had its say by the time the click reaches window; stop the navigation there.
      const onClick = (event: MouseEvent) => {
        clicks.push(event.defaultPrevented);
        event.preventDefault();
      };
      el.addEventListener('news-select', onSelect);
      window.addEventListener('click', onClick);
      try {
        link.click();
        expect(selected).to.have.length(1);
        expect(clicks).to.deep.equal([false]);
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 1 }));
        expect(selected).to.have.length(1);
      } finally {
        el.removeEventListener('news-select', onSelect);
        window.removeEventListener('click', onClick);
      }
    });

    it('is the one focusable element: Tab reaches it, the card shows the ring, Enter selects', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button>before</button>
        <article-card .feed=${sample}></article-card>
      </div>`);
      const el = await rendered(wrapper.querySelector('article-card')!);
      expect($$(el, FOCUSABLE)).to.have.length(1);
      const link = $(el, 'a')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const card = $(el, '[part="base"]')!;
      expect(getComputedStyle(card).outlineStyle).to.equal('solid');
      expect(getComputedStyle(link).outlineStyle).to.equal('none');

      const listener = (event: Event) => event.preventDefault();
      el.addEventListener('news-select', listener);
      const before = location.href;
      try {
        setTimeout(() => sendKeys({ press: 'Enter' }));
        const event = await oneEvent(el, 'news-select');
        expect(event.detail.item.id).to.equal(SEED_ARTICLE_ID);
      } finally {
        el.removeEventListener('news-select', listener);
      }
      expect(location.href).to.equal(before);
    });

    it('stretches the link over the whole card', async () => {
      const el = await mount<ArticleCard>(html`<article-card .feed=${sample}></article-card>`);
      const card = $(el, '[part="base"]')!.getBoundingClientRect();
      // The point over the image is not inside the link's text, yet the click lands on the link.
      const hit = el.shadowRoot!.elementFromPoint(card.left + 20, card.top + 20);
      expect(hit).to.equal($(el, 'a'));
    });

    it('renders the title as text when the item has no URL', async () => {
      const el = await mount<ArticleCard>(html`<article-card .feed=${seedArticleFeed({ url: undefined })}></article-card>`);
      expect($(el, 'a')).to.equal(null);
      expect($$(el, FOCUSABLE)).to.have.length(0);
      expect(text(el, '[part="title"]')).to.match(/^Trump's envoy Coale/);
    });
  });
});
