import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/article-pager/article-pager.define.js';
import type { ArticlePager } from '../../../src/components/article-pager/article-pager.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $$ } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a[part~="link"]');

describe('article-pager', () => {
  failOnConsoleErrors();

  describe('news-select', () => {
    it('fires for an article of the same feed, names it, and a cancel keeps the page where it is', async () => {
      const el = await mount<ArticlePager>(html`<article-pager .feed=${sample}></article-pager>`);
      const before = location.href;
      const listener = (event: NewsEvent<'news-select'>) => event.preventDefault();
      el.addEventListener('news-select', listener);
      try {
        for (const [index, id] of ['israel-beirut-strikes-delivery-drivers', 'italy-justice-referendum-meloni'].entries()) {
          const link = links(el)[index];
          setTimeout(() => link.click());
          const event = await oneEvent(el, 'news-select');
          expect(event.detail.item.id).to.equal(id);
          expect(event.detail.url).to.equal(link.href);
          expect(event.detail.originalEvent).to.be.instanceOf(MouseEvent);
          expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
          expect((event.detail.originalEvent as MouseEvent).defaultPrevented, 'the navigation was stopped').to.equal(true);
        }
      } finally {
        el.removeEventListener('news-select', listener);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });

    it('leaves an uncancelled click alone, ignores modified clicks, and fires nothing for articles outside the feed', async () => {
      const feed = feedOf([
        {
          id: 'a',
          title: 'A',
          _news: {
            previous: { title: 'In the feed', id: 'b' },
            next: { title: 'Outside', id: 'elsewhere', url: 'https://news.example/outside' },
          },
        },
        { id: 'b', title: 'B', url: 'https://news.example/b' },
      ]);
      const el = await mount<ArticlePager>(html`<article-pager .feed=${feed}></article-pager>`);
      const selected: string[] = [];
      const clicks: boolean[] = [];
      const onSelect = (event: NewsEvent<'news-select'>) => selected.push(event.detail.item.id);
      // The pager has had its say by the time the click reaches window; stop the navigation there.
      const onClick = (event: MouseEvent) => {
        clicks.push(event.defaultPrevented);
        event.preventDefault();
      };
      el.addEventListener('news-select', onSelect);
      window.addEventListener('click', onClick);
      try {
        const [previous, next] = links(el);
        previous.click();
        expect(selected).to.deep.equal(['b']);
        next.click();
        expect(selected, 'no item, no event').to.deep.equal(['b']);
        expect(clicks).to.deep.equal([false, false]);
        previous.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, metaKey: true }));
        previous.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 1 }));
        expect(selected).to.deep.equal(['b']);
      } finally {
        el.removeEventListener('news-select', onSelect);
        window.removeEventListener('click', onClick);
      }
    });
  });

  describe('keyboard', () => {
    it('reaches previous then next with Tab, and Enter selects', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><article-pager .feed=${sample}></article-pager></div>`);
      const el = await rendered(wrapper.querySelector('article-pager')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[0]);
      expect(getComputedStyle(links(el)[0]).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[1]);
      const listener = (event: Event) => event.preventDefault();
      el.addEventListener('news-select', listener);
      const before = location.href;
      try {
        setTimeout(() => sendKeys({ press: 'Enter' }));
        const event = await oneEvent(el, 'news-select');
        expect(event.detail.item.id).to.equal('italy-justice-referendum-meloni');
      } finally {
        el.removeEventListener('news-select', listener);
      }
      expect(location.href).to.equal(before);
    });
  });
});
