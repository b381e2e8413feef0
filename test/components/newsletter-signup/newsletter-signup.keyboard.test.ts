import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { text } from '../../helpers/query.js';
import { mount, until } from '../../helpers/settle.js';
import { emailField, endpoint, focused, posts, submitButton } from './newsletter-signup.fixtures.js';

describe('newsletter-signup: keyboard', () => {
  failOnConsoleErrors();

  it('types an address and submits with Enter', async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    emailField(el).focus();
    await sendKeys({ type: 'keys@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.status === 'success');
    expect((await posts(key)).map((post) => post.email)).to.deep.equal(['keys@example.com']);
  });

  it('Tab goes from the field to the button and skips the honeypot', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>
      <button id="after">after</button>`);
    emailField(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(submitButton(el));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id, 'out of the widget, past the hidden field').to.equal('after');
  });

  it('Enter on an empty field shows the message and keeps focus on the field', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    emailField(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '[part="validation"]')).to.equal('Enter your email address.');
    expect(focused(el)).to.equal(emailField(el));
  });

  it('Space on the focused button submits', async () => {
    const { key, url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url}></newsletter-signup>`);
    emailField(el).focus();
    await sendKeys({ type: 'space@example.com' });
    submitButton(el).focus();
    await sendKeys({ press: 'Space' });
    await until(() => el.status === 'success');
    expect(await posts(key)).to.have.length(1);
  });
});
