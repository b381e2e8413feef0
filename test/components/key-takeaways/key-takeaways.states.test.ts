import { expect, fixture, html } from '@open-wc/testing';
import type { KeyTakeaways } from '../../../src/components/key-takeaways/key-takeaways.js';
import '../../../src/components/key-takeaways/key-takeaways.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, SAMPLE_FEED as sample, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, shadow } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';

describe('key-takeaways', () => {
  failOnConsoleErrors();

  describe('an item without takeaways', () => {
    it('renders nothing at all and takes no space', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <p>before</p>
        <key-takeaways .feed=${sample} item=${TITLE_ONLY_ID} style="margin: 2rem; padding: 1rem"></key-takeaways>
        <p>after</p>
      </div>`);
      const el = await rendered(wrapper.querySelector('key-takeaways')!);
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.getBoundingClientRect().width).to.equal(0);
      expect(shadow(el).querySelector('*:not(style)'), 'no rendered element').to.equal(null);
      expect(shadow(el).textContent!.trim()).to.equal('');

      // Another item with takeaways brings the box back.
      el.item = SEED_ARTICLE_ID;
      await el.updateComplete;
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    });

    it('still shows the loading state until the feed says so', async () => {
      const src = feedServerUrl(uniqueKey('kt-empty-loading'), { delay: 300 });
      const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} item=${TITLE_ONLY_ID}></key-takeaways>`);
      expect($(el, '[part="skeleton"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
      await until(() => el.hasAttribute('empty'), 'the widget did not hide');
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  it('says so when the feed has no items', async () => {
    const el = await mount<KeyTakeaways>(html`<key-takeaways .feed=${EMPTY_FEED}></key-takeaways>`);
    expect($(el, '[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a skeleton while loading', async () => {
    const src = feedServerUrl(uniqueKey('kt-loading'), { delay: 3000 });
    const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} limit="2"></key-takeaways>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.base .skeleton-heading')).to.exist;
    expect(skeleton.querySelectorAll('.skeleton-takeaway'), 'one placeholder per takeaway shown').to.have.length(2);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect(skeleton.querySelector('.skeleton-heading')).to.equal(null);
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('kt-error'), { status: 500 });
    const el = await fixture<KeyTakeaways>(html`<key-takeaways src=${src} .loader=${new FeedLoader({ retries: 0 })}></key-takeaways>`);
    await rendered(el);
    const alert = $(el, '[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.querySelector('button[part="retry"]')!.textContent!.trim()).to.equal('Try again');
    expect(el.hasAttribute('empty')).to.equal(false);
  });
});
