import { expect, fixture, html } from '@open-wc/testing';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, has } from '../../helpers/query.js';
import { rendered } from '../../helpers/settle.js';
import { itKeepsContentWhenStale } from '../../helpers/state-behaviour.js';

describe('newsletter-signup: feed states', () => {
  failOnConsoleErrors();

  it('shows a skeleton of the box while the feed loads, then the form', async () => {
    const src = feedServerUrl(uniqueKey('nl-loading'), { delay: 400 });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup src=${src} style="width: 40rem"></newsletter-signup>`);
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('.skeleton-heading')).to.exist;
    expect(skeleton.querySelector('.skeleton-field')).to.exist;
    const loadingHeight = el.getBoundingClientRect().height;
    await rendered(el);
    expect(has(el, 'form')).to.equal(true);
    // The skeleton has about the box's size, so the page hardly moves when the form arrives.
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.below(40);
  });

  it('shows an error with a retry button when the feed fails', async () => {
    const src = feedServerUrl(uniqueKey('nl-error'), { status: 500 });
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup src=${src} .loader=${new FeedLoader({ retries: 0 })}></newsletter-signup>`
    );
    await rendered(el);
    expect($(el, '[part="error"][role="alert"] [part="retry"]')).to.exist;
    expect(has(el, 'form')).to.equal(false);
  });

  itKeepsContentWhenStale('newsletter-signup', { content: 'form', count: 1 });
});
