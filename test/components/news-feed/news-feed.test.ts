import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/news-feed/news-feed.define.js';
import '../../../src/components/article-card/article-card.define.js';
import '../../../src/components/headline-list/headline-list.define.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { NewsFeedElement } from '../../../src/components/news-feed/news-feed.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { OBJECT_FEED, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, hits, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$, text, texts } from '../../helpers/query.js';
import { rendered, settle } from '../../helpers/settle.js';

/** The widgets of the stories' small article page: one feed, three widgets. */
const WIDGETS = 'article-card, key-takeaways, headline-list';

/** Waits until every widget inside `provider` shows its feed or a state. */
async function widgetsRendered(provider: Element): Promise<HTMLElement[]> {
  const widgets = [...provider.querySelectorAll<HTMLElement>(WIDGETS)];
  await Promise.all(widgets.map((widget) => rendered(widget)));
  return widgets;
}

describe('news-feed', () => {
  failOnConsoleErrors();

  it('is defined as its class', () => {
    expect(customElements.get('news-feed')).to.equal(NewsFeedElement);
    expect(document.createElement('news-feed')).to.be.instanceOf(NewsFeedElement);
  });

  it('renders only its children: no box of its own', async () => {
    const el = await fixture<NewsFeedElement>(html`<news-feed><p>inside</p></news-feed>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect($$(el, '*').map((node) => node.localName)).to.deep.equal(['slot']);
  });

  it('loads its src once and gives it to every widget inside, announcing it with news-feed-load', async () => {
    const key = uniqueKey('news-feed-page');
    const el = document.createElement('news-feed');
    el.src = feedServerUrl(key, { delay: 50 });
    el.innerHTML = `<article-card></article-card><key-takeaways></key-takeaways><headline-list exclude="${SEED_ARTICLE_ID}" limit="4"></headline-list>`;
    const loaded = oneEvent(el, 'news-feed-load');
    (await fixture(html`<div></div>`)).append(el);
    expect((await loaded).detail.feed.items).to.have.length(13);
    const [card, takeaways, list] = await widgetsRendered(el);
    expect(text(card, '[part="title"]')).to.match(/^Trump's envoy Coale meets Belarus leader Lukashenko/);
    expect($$(takeaways, '[part="takeaway"]')).to.have.length(3);
    expect($$(list, '[part="item"]')).to.have.length(4);
    expect((await hits(key)).hits).to.equal(1);
  });

  it('gives a feed set as .feed, and one written inline as JSON, to the widgets inside', async () => {
    const objectFeed = await fixture<NewsFeedElement>(
      html`<news-feed .feed=${OBJECT_FEED}><headline-list layout="compact"></headline-list></news-feed>`
    );
    const [list] = await widgetsRendered(objectFeed);
    expect(texts(list, '[part="title"]')).to.deep.equal(['A feed given as an object through the .feed property', 'A second headline']);

    const inline = await fixture<NewsFeedElement>(html`<news-feed>
      <script type="application/feed+json">${JSON.stringify(OBJECT_FEED)}</script>
      <key-takeaways></key-takeaways>
    </news-feed>`);
    const [takeaways] = await widgetsRendered(inline);
    expect(texts(takeaways, '[part="text"]')).to.deep.equal(['Data set once on <news-feed> reaches every widget inside.']);
  });

  it('lets a widget inside that names its own src use it instead', async () => {
    const outer = uniqueKey('news-feed-outer');
    const own = uniqueKey('news-feed-own');
    const el = await fixture<NewsFeedElement>(html`<news-feed src=${feedServerUrl(outer)}>
      <article-card></article-card>
      <key-takeaways src=${feedServerUrl(own, { status: 500 })} .loader=${new FeedLoader({ retries: 0 })}></key-takeaways>
    </news-feed>`);
    const [card, takeaways] = await widgetsRendered(el);
    expect($(card, '[part="base"]')).to.exist;
    expect($(takeaways, '[role="alert"]')).to.exist;
    expect((await hits(outer)).hits).to.equal(1);
    expect((await hits(own)).hits).to.equal(1);
  });

  it('puts every widget inside in the error state, with a retry, when its feed fails', async () => {
    const el =
      await fixture<NewsFeedElement>(html`<news-feed src=${feedServerUrl(uniqueKey('news-feed-error'), { status: 500 })} .loader=${new FeedLoader({ retries: 0 })}>
      <article-card></article-card>
      <headline-list></headline-list>
    </news-feed>`);
    const widgets = await widgetsRendered(el);
    for (const widget of widgets) expect($(widget, '[role="alert"] button[part="retry"]'), widget.localName).to.exist;
  });

  it('shows every widget inside loading while the feed is on its way', async () => {
    const el = await fixture<NewsFeedElement>(html`<news-feed src=${feedServerUrl(uniqueKey('news-feed-slow'), { delay: 3000 })}>
      <article-card></article-card>
      <key-takeaways></key-takeaways>
    </news-feed>`);
    await settle(el);
    for (const widget of el.querySelectorAll(WIDGETS)) {
      expect($(widget, '[part="skeleton"]')?.getAttribute('aria-busy'), widget.localName).to.equal('true');
    }
  });

  it('passes axe as a page of widgets sharing one feed', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <news-feed .feed=${OBJECT_FEED}><article-card></article-card><key-takeaways></key-takeaways><headline-list></headline-list></news-feed>
    </div>`);
    await widgetsRendered(el);
    await expect(el).to.be.accessible();
  });
});
