import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NewsFeedElement } from '../../src/components/news-feed/news-feed.js';
import { defineElement } from '../../src/base/register.js';
import { registerLocale } from '../../src/i18n/strings.js';
import { NewsItemWidget, NewsWidget } from '../../src/base/news-widget.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { normalizeFeed } from '../../src/on-demand/feed/normalize.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { captureConsole } from '../helpers/console-capture.js';
import { feedServerUrl, hits, uniqueKey } from '../helpers/fixtures.js';
import { $, $$, shadowText } from '../helpers/query.js';

/** The smallest real widget: lists item titles. Registered under test tags only. */
class TitleList extends NewsWidget {
  protected override renderFeed(feed: NewsFeed): unknown {
    if (!feed.items.length) return this.renderEmpty();
    return litHtml`<ul>${feed.items.map((item) => litHtml`<li>${item.title}</li>`)}</ul>`;
  }
}
class FirstTitle extends NewsItemWidget {
  protected override renderItem(item: NewsItem): unknown {
    return litHtml`<h2>${item.title}</h2><p class="loc">${this.locale}</p>`;
  }
}
defineElement('test-title-list', TitleList);
defineElement('test-first-title', FirstTitle);
NewsFeedElement.define();

const titles = (el: Element) => $$(el, 'li').map((li) => li.textContent);
const feedOf = (title: string, ...ids: string[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items: ids.map((id) => ({ id, title: `${title} ${id}`, content_text: 'x' })),
});

describe('NewsWidget: where the data comes from', () => {
  it('renders a feed given as the .feed property', async () => {
    const el = await fixture<TitleList>(html`<test-title-list .feed=${feedOf('P', 'a', 'b')}></test-title-list>`);
    await waitUntil(() => titles(el).length === 2);
    expect(titles(el)).to.deep.equal(['P a', 'P b']);
  });

  it('accepts an already normalized NewsFeed without normalizing it again', async () => {
    const { feed } = normalizeFeed(SAMPLE_FEED);
    const el = await fixture<TitleList>(html`<test-title-list .feed=${feed}></test-title-list>`);
    await waitUntil(() => titles(el).length === 13);
  });

  it('reads an inline <script type="application/feed+json"> child', async () => {
    const el = await fixture<TitleList>(html`<test-title-list>
      <script type="application/feed+json">${JSON.stringify(feedOf('Inline', 'x'))}</script>
    </test-title-list>`);
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Inline x']);
  });

  it('fetches src, and gives .feed precedence over an inline feed and over src', async () => {
    const key = uniqueKey('precedence');
    const el = await fixture<TitleList>(html`<test-title-list src=${feedServerUrl(key)} .feed=${feedOf('Prop', 'p')}>
      <script type="application/feed+json">${JSON.stringify(feedOf('Inline', 'i'))}</script>
    </test-title-list>`);
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Prop p']);
    expect((await hits(key)).hits).to.equal(0);
    el.feed = undefined;
    await waitUntil(() => titles(el)[0] === 'Inline i');
    el.querySelector('script')!.remove();
    el.remove();
    document.body.append(el); // reconnecting re-reads the (now absent) inline feed
    await waitUntil(() => titles(el).length === 13, 'src used last', { timeout: 3000 });
    expect((await hits(key)).hits).to.equal(1);
  });

  it('shares one request between every widget naming the same src', async () => {
    const key = uniqueKey('shared');
    const src = feedServerUrl(key, { delay: 50 });
    const wrapper = await fixture(html`<div>
      <test-title-list src=${src}></test-title-list><test-title-list src=${src}></test-title-list>
      <test-first-title src=${src}></test-first-title>
    </div>`);
    const [a, b, c] = [...wrapper.children];
    await waitUntil(() => titles(a).length === 13 && titles(b).length === 13 && $(c, 'h2'));
    expect((await hits(key)).hits).to.equal(1);
  });

  it('takes the feed of a <news-feed> ancestor, unless it names its own', async () => {
    const key = uniqueKey('provider');
    const wrapper = await fixture<NewsFeedElement>(html`<news-feed src=${feedServerUrl(key)}>
      <section><test-title-list></test-title-list></section>
      <test-first-title item="italy-justice-referendum-meloni"></test-first-title>
      <test-title-list .feed=${feedOf('Own', 'o')}></test-title-list>
    </news-feed>`);
    const [provided, item, own] = wrapper.querySelectorAll<NewsWidget>('test-title-list, test-first-title');
    await waitUntil(() => titles(provided).length === 13 && $(item, 'h2'));
    expect($(item, 'h2')!.textContent).to.equal("Italy's justice referendum tests PM Meloni and divided opposition");
    expect(titles(own)).to.deep.equal(['Own o']);
    expect((await hits(key)).hits).to.equal(1);
  });

  it('says so when it has no source at all', async () => {
    const el = await fixture<TitleList>(html`<test-title-list></test-title-list>`);
    expect(shadowText(el)).to.equal('No feed was given to this widget.');
  });
});

describe('NewsWidget: states', () => {
  it('shows a busy skeleton while loading', async () => {
    const el = await fixture<TitleList>(html`<test-title-list src=${feedServerUrl(uniqueKey('slow'), { delay: 3000 })}></test-title-list>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.skeleton-line')).to.exist;
  });

  it('shows an error with a retry button that loads again, and fires news-feed-error', async () => {
    const key = uniqueKey('error');
    const loader = new FeedLoader({ retries: 0 });
    const el = document.createElement('test-title-list') as TitleList;
    el.loader = loader;
    el.src = feedServerUrl(key, { fail: 1 });
    const failed = oneEvent(el, 'news-feed-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('http');
    await elementUpdated(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.include('This content could not be loaded.');
    // A plain sentence for readers; the server's "answered 503" is in the event's FeedError.
    expect(alert.textContent).to.include('The news source is unavailable.');
    expect(alert.textContent).not.to.include('503');
    expect(detail.error.message).to.include('answered 503');
    const loaded = oneEvent(el, 'news-feed-load');
    alert.querySelector('button')!.click();
    expect((await loaded).detail.feed.items).to.have.length(13);
    await waitUntil(() => titles(el).length === 13);
    el.remove();
  });

  it('keeps showing the data, marked stale, when a refresh fails', async () => {
    const key = uniqueKey('stale');
    const el = await fixture<TitleList>(html`<test-title-list
      .loader=${new FeedLoader({ retries: 0 })}
      src=${feedServerUrl(key, { failAfter: 1, failStatus: 500 })}
    ></test-title-list>`);
    await waitUntil(() => titles(el).length === 13);
    const event = oneEvent(el, 'news-feed-load');
    el.reload();
    expect((await event).detail.stale).to.equal(true);
    await waitUntil(() => $(el, '[part="stale"]'));
    expect(titles(el)).to.have.length(13);
    expect($(el, '[part="stale"]')!.getAttribute('role')).to.equal('status');
  });

  it('keeps the data on screen while a refresh is under way, and drops answers for an old source', async () => {
    const key = uniqueKey('refresh');
    const el = await fixture<TitleList>(html`<test-title-list src=${feedServerUrl(key, { delay: 300 })}></test-title-list>`);
    await waitUntil(() => titles(el).length === 13);
    el.reload();
    await elementUpdated(el);
    expect(titles(el), 'during the refresh').to.have.length(13);
    await waitUntil(async () => (await hits(key)).hits === 2);
    // A slow answer for a source that was replaced must not overwrite the new one.
    el.src = feedServerUrl(uniqueKey('old'), { delay: 500 });
    await elementUpdated(el);
    el.feed = feedOf('New', 'n');
    await waitUntil(() => titles(el)[0] === 'New n');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(titles(el)).to.deep.equal(['New n']);
  });

  it('shows the empty state for a feed without items, and the error for a document that is not a feed', async () => {
    const empty = await fixture<TitleList>(
      html`<test-title-list src=${feedServerUrl(uniqueKey('e'), { body: 'test/fixtures/empty.json' })}></test-title-list>`
    );
    await waitUntil(() => $(empty, '[part="empty"]'));
    const bad = await fixture<TitleList>(
      html`<test-title-list src=${feedServerUrl(uniqueKey('n'), { body: 'test/fixtures/not-a-feed.json' })}></test-title-list>`
    );
    await waitUntil(() => $(bad, '[role="alert"]'));
    expect(shadowText(bad)).to.equal('This content could not be loaded.');
  });

  it('announces dropped items in news-feed-load, with a console warning', async () => {
    const capture = captureConsole({ quiet: true });
    try {
      const el = document.createElement('test-title-list') as TitleList;
      el.feed = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'ok', title: 'Kept' }, { title: 'No id' }] };
      const loaded = oneEvent(el, 'news-feed-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.dropped).to.have.length(1);
      expect(detail.dropped[0].reason).to.match(/Item 2 was dropped: it has no "id"/);
      expect(capture.warnings.flat().join('\n')).to.include('it has no "id"');
      el.remove();
    } finally {
      capture.restore();
    }
  });

  it('renders a missing article as a message, not a blank box', async () => {
    const el = await fixture<FirstTitle>(html`<test-first-title item="nope" .feed=${feedOf('F', 'a')}></test-first-title>`);
    await waitUntil(() => $(el, '[part="empty"]'));
    expect(shadowText(el)).to.equal('This article is not in the feed.');
  });
});

describe('NewsWidget: theme, language, strings', () => {
  it('reflects theme and switches the tokens', async () => {
    const el = await fixture<TitleList>(html`<test-title-list theme="dark" .feed=${feedOf('T', 'a')}></test-title-list>`);
    expect(el.getAttribute('theme')).to.equal('dark');
    const dark = getComputedStyle(el).color;
    el.theme = 'light';
    await elementUpdated(el);
    expect(getComputedStyle(el).color).not.to.equal(dark);
  });

  it('in auto, turns dark only on a page that declares a dark colour scheme', async () => {
    const light = 'rgb(22, 24, 29)';
    const dark = 'rgb(236, 238, 242)';
    const plain = await fixture(html`<div><test-title-list .feed=${feedOf('T', 'a')}></test-title-list></div>`);
    expect(getComputedStyle(plain.firstElementChild!).color).to.equal(light);
    const darkPage = await fixture(html`<div style="color-scheme: dark"><test-title-list .feed=${feedOf('T', 'a')}></test-title-list></div>`);
    expect(getComputedStyle(darkPage.firstElementChild!).color).to.equal(dark);
    const forced = await fixture(
      html`<div style="color-scheme: dark"><test-title-list theme="light" .feed=${feedOf('T', 'a')}></test-title-list></div>`
    );
    expect(getComputedStyle(forced.firstElementChild!).color).to.equal(light);
  });

  it('lets a partner override any token', async () => {
    const el = await fixture<TitleList>(
      html`<test-title-list style="--news-color-text: rgb(1, 2, 3)" .feed=${feedOf('T', 'a')}></test-title-list>`
    );
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('shields its text from the host page’s inherited styles', async () => {
    const wrapper = await fixture(html`<div style="text-transform: uppercase; letter-spacing: 9px; text-align: right; line-height: 4">
      <test-title-list .feed=${feedOf('T', 'a')}></test-title-list>
    </div>`);
    const style = getComputedStyle(wrapper.firstElementChild!);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
  });

  it('inherits lang from the page, and translates its strings', async () => {
    const wrapper = await fixture(html`<div lang="de-AT"><test-first-title></test-first-title></div>`);
    const el = wrapper.firstElementChild as FirstTitle;
    // The first render waits for the German strings, so it is never English.
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Diesem Widget wurde kein Feed übergeben.');
    el.lang = 'fr';
    await elementUpdated(el);
    expect(shadowText(el)).to.equal('Aucun flux n’a été fourni à ce widget.');
    el.lang = 'xx_invalid';
    await elementUpdated(el);
    expect(shadowText(el)).to.equal('No feed was given to this widget.');
  });

  it('takes a language the page registers, and page strings win over the built-in ones', async () => {
    registerLocale('it', { widget: { noSource: 'Nessun feed per questo widget.' } });
    const italian = await fixture<FirstTitle>(html`<test-first-title lang="it-CH"></test-first-title>`);
    expect(shadowText(italian)).to.equal('Nessun feed per questo widget.');

    // Registered before the built-in Spanish arrives: the page's string stays, the rest is Spanish.
    registerLocale('es', { widget: { noSource: 'Sin feed, elige uno.' } });
    const spanish = await fixture<FirstTitle>(html`<test-first-title lang="es"></test-first-title>`);
    expect(shadowText(spanish)).to.equal('Sin feed, elige uno.');
    const missing = await fixture<FirstTitle>(html`<test-first-title lang="es" item="nope" .feed=${feedOf('F', 'a')}></test-first-title>`);
    await waitUntil(() => $(missing, '[part="empty"]'));
    expect(shadowText(missing)).to.equal('Este artículo no está en el feed.');
  });

  it('lets the host replace any string', async () => {
    const el = await fixture<TitleList>(html`<test-title-list .strings=${{ noSource: 'Pick a feed' }}></test-title-list>`);
    expect(shadowText(el)).to.equal('Pick a feed');
  });
});
