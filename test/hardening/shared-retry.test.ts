/**
 * Retry on one widget reloads the source for every widget that shares it: two widgets on the
 * same `src` both fail, Retry is clicked in one, and both show the feed (one request, not two).
 * Against the real test server, whose first request of a key fails with 503.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/headline-list/headline-list.define.js';
import '../../src/components/article-card/article-card.define.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { feedServerUrl, hits, uniqueKey } from '../helpers/fixtures.js';
import { $ } from '../helpers/query.js';
import { rendered, settle, until } from '../helpers/settle.js';

const shows = (el: Element, part: string) => !!$(el, `[part~="${part}"]`);

async function twoWidgetsThatFailed(key: string, loader: FeedLoader): Promise<[HTMLElement, HTMLElement, HTMLElement]> {
  const src = feedServerUrl(key, { fail: 1, body: 'test/fixtures/headline-page-1.json' });
  const wrapper = await fixture<HTMLElement>(html`
    <div>
      <headline-list src=${src} .loader=${loader}></headline-list>
      <article-card src=${src} .loader=${loader}></article-card>
    </div>
  `);
  const [list, card] = [wrapper.children[0] as HTMLElement, wrapper.children[1] as HTMLElement];
  await Promise.all([rendered(list), rendered(card)]);
  expect(shows(list, 'error') && shows(card, 'error'), 'both widgets show the error').to.equal(true);
  return [wrapper, list, card];
}

describe('a Retry shared by every widget on the source', () => {
  failOnConsoleErrors();

  it('recovers both widgets when Retry is clicked in one, with one request', async () => {
    const key = uniqueKey('shared-retry');
    const [, list, card] = await twoWidgetsThatFailed(key, new FeedLoader({ retries: 0 }));
    expect((await hits(key)).hits).to.equal(1);

    $(list, 'button[part="retry"]')!.click();
    await until(() => shows(list, 'base') && shows(card, 'base'), 'both widgets show the feed');
    await Promise.all([settle(list), settle(card)]);
    expect(shows(list, 'error') || shows(card, 'error'), 'an error is still shown').to.equal(false);
    expect(shows(list, 'base') && shows(card, 'base'), 'both widgets show the feed').to.equal(true);
    expect((await hits(key)).hits).to.equal(2);
  });

  it('tells the other widget with news-feed-load', async () => {
    const key = uniqueKey('shared-retry-event');
    const [, list, card] = await twoWidgetsThatFailed(key, new FeedLoader({ retries: 0 }));
    const loaded = new Promise((resolve) => card.addEventListener('news-feed-load', resolve, { once: true }));
    $(list, 'button[part="retry"]')!.click();
    expect(await loaded).to.be.instanceOf(CustomEvent);
  });

  it('leaves a removed widget alone: it no longer listens to the source', async () => {
    const key = uniqueKey('shared-retry-removed');
    const [wrapper, list, card] = await twoWidgetsThatFailed(key, new FeedLoader({ retries: 0 }));
    card.remove();
    let heard = false;
    card.addEventListener('news-feed-load', () => (heard = true));
    const listLoaded = new Promise((resolve) => list.addEventListener('news-feed-load', resolve, { once: true }));
    $(list, 'button[part="retry"]')!.click();
    await listLoaded;
    await settle(list);
    expect(heard).to.equal(false);
    wrapper.append(card);
  });
});
