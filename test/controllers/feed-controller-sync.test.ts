/**
 * A NewsFeed given as `.feed` needs no download: the update that the assignment schedules renders
 * the content, so `await el.updateComplete` resolves on it, not on the skeleton (issue 14).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import type { NewsFeed } from '../../src/feed/types.js';
import type { NewsWidget } from '../../src/base/news-widget.js';
import { SAMPLE_FEED, SEED_ARTICLE_ID } from '../../sample/sample-data.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { $, $$ } from '../helpers/query.js';

/** Each widget, and a part that only its content (never its skeleton) has. */
const CONTENT_PART = {
  'headline-list': 'item',
  'article-card': 'title',
  'faq-accordion': 'question',
  'key-takeaways': 'takeaway',
} as const;

type Tag = keyof typeof CONTENT_PART;
const TAGS = Object.keys(CONTENT_PART) as Tag[];

const normalized = (): NewsFeed => normalizeFeed(SAMPLE_FEED, { sourceUrl: location.href }).feed;

function expectContent(el: Element, tag: Tag): void {
  expect($(el, '[part~="skeleton"]'), `${tag}: no skeleton`).to.equal(null);
  expect($$(el, `[part~="${CONTENT_PART[tag]}"]`).length, `${tag}: its ${CONTENT_PART[tag]}`).to.be.greaterThan(0);
}

describe('FeedController with a NewsFeed', () => {
  failOnConsoleErrors();

  for (const tag of TAGS) {
    it(`${tag}: el.feed = newsFeed; await el.updateComplete shows the content`, async () => {
      const el = await fixture<NewsWidget>(html`<div></div>`).then((host) => {
        const widget = document.createElement(tag) as NewsWidget;
        widget.setAttribute('item', SEED_ARTICLE_ID);
        host.append(widget);
        return widget;
      });
      await el.updateComplete;
      el.feed = normalized();
      await el.updateComplete;
      expectContent(el, tag);
    });

    it(`${tag}: a NewsFeed given before the first render renders at once`, async () => {
      const el = document.createElement(tag) as NewsWidget;
      el.setAttribute('item', SEED_ARTICLE_ID);
      el.feed = normalized();
      document.body.append(el);
      try {
        await el.updateComplete;
        expectContent(el, tag);
      } finally {
        el.remove();
      }
    });
  }

  it('<news-feed>: its widgets show a NewsFeed once it and they have updated', async () => {
    const provider = await fixture<HTMLElement & { feed?: unknown; updateComplete: Promise<boolean> }>(html`<news-feed>
      ${TAGS.map((tag) => html`${document.createElement(tag)}`)}
    </news-feed>`);
    const widgets = TAGS.map((tag) => provider.querySelector(tag) as NewsWidget);
    widgets.forEach((widget) => widget.setAttribute('item', SEED_ARTICLE_ID));
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    provider.feed = normalized();
    await provider.updateComplete;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    TAGS.forEach((tag, index) => expectContent(widgets[index], tag));
  });

  it('announces the NewsFeed with news-feed-load, without any request', async () => {
    const el = document.createElement('headline-list') as NewsWidget;
    const feed = normalized();
    const details: unknown[] = [];
    el.addEventListener('news-feed-load', (event) => details.push(event.detail));
    el.feed = feed;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(details).to.deep.equal([{ feed, url: undefined, dropped: [], stale: false }]);
    } finally {
      el.remove();
    }
  });
});
