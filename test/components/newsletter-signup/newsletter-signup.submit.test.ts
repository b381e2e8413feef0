import { expect, html } from '@open-wc/testing';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { captureConsole, failOnConsoleErrors, type ConsoleCapture } from '../../helpers/console-capture.js';
import { $, has, text } from '../../helpers/query.js';
import { mount, until } from '../../helpers/settle.js';
import {
  buttonLabel,
  emailField,
  endpoint,
  feedWithAction,
  focused,
  honeypotField,
  outcome,
  posts,
  submit,
  submitButton,
} from './newsletter-signup.fixtures.js';

/** Signups against the real endpoint of test/server/newsletter-server.js. */
describe('newsletter-signup: signing up', () => {
  failOnConsoleErrors();

  let capture: ConsoleCapture;
  beforeEach(() => {
    // Failures warn on purpose; keep them off the test log (they are read below).
    capture = captureConsole({ quiet: true });
  });
  afterEach(() => capture.restore());

  const warnings = () => capture.warnings.map((args) => args.map(String).join(' ')).join('\n');

  it("posts the address, form-urlencoded, to the feed's action and thanks the reader", async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${feedWithAction(url)}></newsletter-signup>`);
    await submit(el, 'reader+news@example.com');
    await outcome(el);
    expect(el.status).to.equal('success');
    const [post, ...others] = await posts(key);
    expect(others).to.deep.equal([]);
    expect(post.method).to.equal('POST');
    expect(post.contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(post.accept).to.equal('application/json');
    expect(post.body).to.equal('email=reader%2Bnews%40example.com');
    expect(post.fields, 'only the address is sent').to.deep.equal({ email: 'reader+news@example.com' });

    const success = $(el, '[part="success"]')!;
    expect(success.getAttribute('role')).to.equal('status');
    expect(success.textContent!.trim()).to.equal('Thanks for subscribing! Check your inbox to confirm your address.');
    expect(focused(el), 'focus moves to the message that replaced the form').to.equal(success);
    expect(has(el, 'form')).to.equal(false);
    expect(warnings()).to.equal('');
  });

  it('shows the sending state: button inert and relabelled, form busy, field read-only', async () => {
    const { key, url } = endpoint('slow', { delay: 800 });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    const idleWidth = submitButton(el).getBoundingClientRect().width;
    await submit(el, 'patient@example.com');
    await until(() => el.status === 'sending');
    await el.updateComplete;
    const button = submitButton(el);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(buttonLabel(el)).to.equal('Subscribing…');
    expect(button.getBoundingClientRect().width, 'the button keeps its width').to.equal(idleWidth);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(emailField(el).readOnly).to.equal(true);

    // A second submit while sending does nothing.
    button.click();
    emailField(el).form!.requestSubmit();
    await outcome(el);
    expect(el.status).to.equal('success');
    expect(await posts(key)).to.have.length(1);
  });

  it('shows the JSON message of a 4xx as plain text, keeps the address and focuses the field', async () => {
    const { key, url } = endpoint('4xx', { message: 'This address is already on our list.' });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    await submit(el, 'again@example.com');
    await outcome(el);
    expect(el.status).to.equal('error');
    const failure = $(el, '[part="failure"]')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent!.trim()).to.equal('This address is already on our list.');
    expect(emailField(el).value, 'the typed address stays').to.equal('again@example.com');
    expect(emailField(el).getAttribute('aria-describedby')).to.equal('failure');
    expect(focused(el)).to.equal(emailField(el));
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(await posts(key)).to.have.length(1);
    expect(warnings()).to.contain('HTTP 422');
  });

  it('shows a text/plain 4xx body, markup and all, as text', async () => {
    const { url } = endpoint('4xx', { type: 'text', message: '<img src=x onerror="window.hacked=1"> Blocked domain.' });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    await submit(el, 'someone@blocked.example');
    await outcome(el);
    expect(text(el, '[part="failure"]')).to.equal('<img src=x onerror="window.hacked=1"> Blocked domain.');
    expect(has(el, '[part="failure"] img')).to.equal(false);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('caps a long server message at 200 characters', async () => {
    const { url } = endpoint('4xx', { message: `Refused: ${'very '.repeat(100)}long.` });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    await submit(el, 'long@example.com');
    await outcome(el);
    const message = text(el, '[part="failure"]')!;
    expect(message.length).to.be.at.most(200);
    expect(message).to.match(/^Refused: very very/);
    expect(message.endsWith('…')).to.equal(true);
  });

  it('does not show an HTML error page: the sentence in the reader’s language instead', async () => {
    const { url } = endpoint('4xx', { type: 'html', message: 'Forbidden by WAF rule 942100' });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    await submit(el, 'waf@example.com');
    await outcome(el);
    expect(text(el, '[part="failure"]')).to.equal('The signup did not go through. Check the address and try again.');
  });

  it('a 5xx shows a plain sentence, never the server’s technical text, which goes to console.warn', async () => {
    const { url } = endpoint('5xx');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    await submit(el, 'busy@example.com');
    await outcome(el);
    expect(el.status).to.equal('error');
    expect(text(el, '[part="failure"]')).to.equal('We could not sign you up right now. Please try again later.');
    expect(el.shadowRoot!.textContent).not.to.contain('pool exhausted');
    expect(warnings()).to.contain('HTTP 503');
    expect(emailField(el).value).to.equal('busy@example.com');
  });

  it('a network failure shows the same plain sentence, the detail in console.warn', async () => {
    // Nothing listens on port 9 of this machine: the connection is refused at once.
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action="http://127.0.0.1:9/subscribe"></newsletter-signup>`);
    await submit(el, 'offline@example.com');
    await outcome(el);
    expect(text(el, '[part="failure"]')).to.equal('We could not sign you up right now. Please try again later.');
    expect(warnings()).to.contain('http://127.0.0.1:9/subscribe failed');
    expect(emailField(el).value).to.equal('offline@example.com');
  });

  it('gives up after `timeout` ms on a slow endpoint, keeping the address', async () => {
    const { key, url } = endpoint('slow', { delay: 3000 });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url} timeout="300"></newsletter-signup>`);
    const started = performance.now();
    await submit(el, 'slowpoke@example.com');
    await outcome(el, 2500);
    expect(performance.now() - started, 'well before the server answers').to.be.below(2500);
    expect(el.status).to.equal('error');
    expect(text(el, '[part="failure"]')).to.equal('The signup took too long to answer. Please try again later.');
    expect(warnings()).to.contain('after 300 ms');
    expect(emailField(el).value).to.equal('slowpoke@example.com');
    expect(await posts(key), 'the request did reach the server').to.have.length(1);
  });

  it('a `timeout` that is not a positive number means the default 10 s', async () => {
    const { key, url } = endpoint('slow', { delay: 300 });
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url} timeout="-5"></newsletter-signup>`);
    await submit(el, 'patient-too@example.com');
    await outcome(el);
    expect(el.status).to.equal('success');
    expect(await posts(key)).to.have.length(1);
  });

  it('a retry after a failure sends again and can succeed', async () => {
    const failing = endpoint('5xx');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${failing.url}></newsletter-signup>`);
    await submit(el, 'retry@example.com');
    await outcome(el);
    const working = endpoint('ok');
    el.action = working.url;
    await el.updateComplete;
    expect(has(el, '[part="failure"]'), 'the failure stays until the next try').to.equal(true);
    submitButton(el).click();
    await until(() => el.status === 'success');
    expect((await posts(working.key)).map((post) => post.email)).to.deep.equal(['retry@example.com']);
  });

  it('a filled honeypot pretends success and sends nothing, firing nothing', async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    let fired = 0;
    el.addEventListener('news-subscribe', () => (fired += 1));
    honeypotField(el).value = 'https://spam.example';
    await submit(el, 'bot@spam.example');
    await outcome(el);
    expect(el.status).to.equal('success');
    expect(has(el, '[part="success"]')).to.equal(true);
    // Give a stray request time to arrive before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await posts(key)).to.deep.equal([]);
    expect(fired).to.equal(0);
  });

  describe('validation in the reader’s language', () => {
    it('an empty field: a message, aria-invalid, aria-describedby, focus on the field, nothing sent', async () => {
      const { key, url } = endpoint('ok');
      const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
      submitButton(el).click();
      await el.updateComplete;
      const field = emailField(el);
      const message = $(el, '[part="validation"]')!;
      expect(message.textContent!.trim()).to.equal('Enter your email address.');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal(message.id);
      expect(focused(el)).to.equal(field);
      expect(el.status).to.equal('idle');
      expect(await posts(key)).to.deep.equal([]);
    });

    it('an invalid address: its own message; fixing it clears the message; focus returns on a repeated error', async () => {
      const { key, url } = endpoint('ok');
      const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
      await submit(el, 'not an address');
      expect(text(el, '[part="validation"]')).to.equal('Enter a valid email address, like name@example.com.');
      expect(emailField(el).getAttribute('aria-invalid')).to.equal('true');
      submitButton(el).focus();
      submitButton(el).click();
      await el.updateComplete;
      expect(focused(el), 'focus back on the field').to.equal(emailField(el));

      const field = emailField(el);
      field.value = 'fixed@example.com';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(has(el, '[part="validation"]')).to.equal(false);
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(field.hasAttribute('aria-describedby')).to.equal(false);
      expect(await posts(key)).to.deep.equal([]);
    });
  });
});
