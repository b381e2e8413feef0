import { expect, fixture, html } from '@open-wc/testing';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { SAMPLE_FEED as sample, EMPTY_FEED } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { rendered } from '../../helpers/settle.js';
import { endpoint, feedWithAction, outcome, submit } from './newsletter-signup.fixtures.js';

type Shown = 'idle' | 'invalid' | 'sending' | 'success' | 'error' | 'unavailable';

/** A widget in `theme`, on a page of that colour, brought to `shown` the way a reader would (the host reports the outcome). */
async function widgetIn(theme: 'light' | 'dark', shown: Shown): Promise<NewsletterSignup> {
  const { url } = endpoint('ok');
  const feed = shown === 'unavailable' ? EMPTY_FEED : feedWithAction(url);
  const wrapper = await fixture<HTMLElement>(html`<div style="padding: 1rem; background: ${theme === 'dark' ? '#15171c' : '#ffffff'}">
    <newsletter-signup .feed=${feed} theme=${theme}></newsletter-signup>
  </div>`);
  const el = await rendered(wrapper.querySelector<NewsletterSignup>('newsletter-signup')!);
  if (shown === 'invalid') await submit(el, 'not-an-address');
  if (shown === 'sending' || shown === 'success' || shown === 'error') {
    el.addEventListener('news-subscribe', (event) => event.preventDefault());
    await submit(el, 'a11y@example.com');
    if (shown !== 'sending') {
      el.complete(shown === 'success' ? { ok: true } : { ok: false, message: 'This address is already subscribed.' });
      await outcome(el);
    }
    await el.updateComplete;
  }
  return el;
}

describe('newsletter-signup: accessibility', () => {
  failOnConsoleErrors();

  for (const theme of ['light', 'dark'] as const) {
    for (const shown of ['idle', 'invalid', 'sending', 'success', 'error', 'unavailable'] as const) {
      it(`passes axe in the ${theme} theme: ${shown}`, async () => {
        const el = await widgetIn(theme, shown);
        const check = {
          idle: 'form',
          invalid: '[part="validation"]',
          sending: 'form[aria-busy="true"]',
          success: '[part="success"]',
          error: '[part="failure"]',
          unavailable: '[part="unavailable"]',
        };
        expect($(el, check[shown]), shown).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the dark theme paints dark text colours and a light button label on the accent', async () => {
    const el = await widgetIn('dark', 'idle');
    expect(getComputedStyle($(el, '[part="heading"]')!).color).to.equal('rgb(236, 238, 242)');
    expect(getComputedStyle($(el, '[part="submit"]')!).color).to.equal('rgb(11, 18, 32)');
    expect(getComputedStyle($(el, '[part="input"]')!).backgroundColor).to.equal('rgb(21, 23, 28)');
  });

  it('the call to action stands out: an accent bar on top and a filled button', async () => {
    const el = await rendered(await fixture<NewsletterSignup>(html`<newsletter-signup .feed=${sample} theme="light"></newsletter-signup>`));
    const base = getComputedStyle($(el, '[part="base"]')!);
    expect(base.borderTopWidth).to.equal('4px');
    expect(base.borderTopColor).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle($(el, '[part="submit"]')!).backgroundColor).to.equal('rgb(11, 92, 173)');
  });
});
