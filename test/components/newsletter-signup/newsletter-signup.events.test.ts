import { expect, html, oneEvent } from '@open-wc/testing';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, has, text } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';
import { buttonLabel, emailField, endpoint, focused, outcome, posts, submit, submitButton } from './newsletter-signup.fixtures.js';

describe('newsletter-signup: news-subscribe', () => {
  failOnConsoleErrors();

  it('fires before posting: bubbling, composed, cancelable, with the address and the checked action', async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    const heard = oneEvent(document.body, 'news-subscribe');
    await submit(el, 'events@example.com');
    const event = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ email: 'events@example.com', action: url });
    await outcome(el);
    expect((await posts(key)).map((post) => post.email)).to.deep.equal(['events@example.com']);
  });

  it('a host that cancels it signs the reader up itself: nothing posted, sending until complete({ ok: true })', async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    el.addEventListener('news-subscribe', (event) => event.preventDefault());
    await submit(el, 'host@example.com');
    await el.updateComplete;
    expect(el.status).to.equal('sending');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(buttonLabel(el)).to.equal('Subscribing…');

    expect(el.complete({ ok: true })).to.equal(true);
    await el.updateComplete;
    expect(el.status).to.equal('success');
    expect(text(el, '[part="success"]')).to.equal('Thanks for subscribing! Check your inbox to confirm your address.');
    expect(focused(el)).to.equal($(el, '[part="success"]'));
    expect(await posts(key), 'the widget posted nothing').to.deep.equal([]);
    expect(el.complete({ ok: false }), 'nothing is waiting any more').to.equal(false);
    expect(el.status).to.equal('success');
  });

  it('the host reports a failure with its own message: the error state, address kept', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    el.addEventListener('news-subscribe', (event) => {
      event.preventDefault();
      // The host's answer arrives later, as from its own request.
      setTimeout(() => el.complete({ ok: false, message: 'Our list is closed for maintenance until noon.' }), 50);
    });
    await submit(el, 'closed@example.com');
    await outcome(el);
    expect(el.status).to.equal('error');
    expect(text(el, '[part="failure"][role="alert"]')).to.equal('Our list is closed for maintenance until noon.');
    expect(emailField(el).value).to.equal('closed@example.com');
    expect(focused(el)).to.equal(emailField(el));
  });

  it('complete() inside the listener works, and without a message the widget’s own sentence shows', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    el.addEventListener('news-subscribe', (event) => {
      event.preventDefault();
      el.complete({ ok: false });
    });
    await submit(el, 'sync@example.com');
    await outcome(el);
    expect(text(el, '[part="failure"]')).to.equal('We could not sign you up right now. Please try again later.');
  });

  it('a host success message is shown as plain text', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    el.addEventListener('news-subscribe', (event) => {
      event.preventDefault();
      el.complete({ ok: true, message: '<b>Welcome</b> aboard!' });
    });
    await submit(el, 'welcome@example.com');
    await outcome(el);
    expect(text(el, '[part="success"]')).to.equal('<b>Welcome</b> aboard!');
    expect(has(el, '[part="success"] b')).to.equal(false);
  });

  it('complete() with nothing waiting changes nothing', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    expect(el.complete({ ok: true })).to.equal(false);
    await el.updateComplete;
    expect(el.status).to.equal('idle');
    expect(has(el, 'form')).to.equal(true);
  });

  it('does not fire for an invalid address', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    let fired = 0;
    el.addEventListener('news-subscribe', () => (fired += 1));
    await submit(el, 'nope');
    expect(fired).to.equal(0);
  });
});
