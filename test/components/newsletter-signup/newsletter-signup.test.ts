import { expect, fixture, html } from '@open-wc/testing';
import { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { EMPTY_FEED, SAMPLE_FEED as sample, SAMPLE_FEED_URL } from '../../../sample/sample-data.js';
import { captureConsole, failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, has, text } from '../../helpers/query.js';
import { mount, rendered, until } from '../../helpers/settle.js';
import { buttonLabel, emailField, endpoint, honeypotField, posts, submit, submitButton } from './newsletter-signup.fixtures.js';

const TITLE = 'Why waste money on news and opinion when you can access them for free?';
const TEXT = 'Take advantage of our newsletter subscription and stay informed on the go!';

describe('newsletter-signup', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('newsletter-signup')).to.equal(NewsletterSignup);
    expect(NewsletterSignup.tagName).to.equal('newsletter-signup');
    const el = await fixture(html`<newsletter-signup></newsletter-signup>`);
    expect(el).to.be.instanceOf(NewsletterSignup);
  });

  it("renders the sample feed's newsletter box from src: heading, text and a real form", async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup src=${SAMPLE_FEED_URL}></newsletter-signup>`);
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal(TITLE);
    expect(heading.getAttribute('lang'), "the feed's language on the feed's title").to.equal('en');
    expect($(el, 'section[part="base"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text(el, '[part="text"]')).to.equal(TEXT);
    expect($(el, '[part="text"]')!.getAttribute('dir')).to.equal('auto');

    const form = $<HTMLFormElement>(el, 'form[part="form"]')!;
    expect(form.noValidate, 'the widget checks the address itself').to.equal(true);
    const field = emailField(el);
    expect(field.type).to.equal('email');
    expect(field.autocomplete).to.equal('email');
    expect(field.required).to.equal(true);
    expect(field.name).to.equal('email');
    expect(field.labels![0].textContent!.trim()).to.equal('Email address');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    const button = submitButton(el);
    expect(button.type).to.equal('submit');
    expect(buttonLabel(el)).to.equal('Subscribe');
    expect(el.status).to.equal('idle');
  });

  it('hides a honeypot field off screen, out of the tab order and the accessibility tree', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample}></newsletter-signup>`);
    const trap = honeypotField(el);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.name, 'a name a form-filling bot recognises').to.equal('website');
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    const box = trap.getBoundingClientRect();
    expect(box.right, 'off screen').to.be.below(0);
    expect(getComputedStyle(trap.parentElement!).position).to.equal('absolute');
  });

  it('renders every part', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample}></newsletter-signup>`);
    for (const part of ['base', 'heading', 'text', 'form', 'label', 'input', 'submit']) expect($(el, `[part~="${part}"]`), part).to.exist;
  });

  it('takes its feed from an inline script and from a <news-feed> ancestor', async () => {
    const inline = await mount<NewsletterSignup>(html`<newsletter-signup>
      <script type="application/feed+json">${JSON.stringify(sample)}</script>
    </newsletter-signup>`);
    expect(text(inline, '[part="heading"]')).to.equal(TITLE);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><newsletter-signup></newsletter-signup></news-feed>`);
    const provided = await rendered(wrapper.querySelector('newsletter-signup')!);
    expect(text(provided, '[part="text"]')).to.equal(TEXT);
    expect(has(provided, 'form')).to.equal(true);
  });

  it('`heading` replaces the title, `heading=""` removes it and names the box', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample} heading="Morning briefing"></newsletter-signup>`);
    expect(text(el, '[part="heading"]')).to.equal('Morning briefing');
    expect($(el, '[part="heading"]')!.hasAttribute('lang'), 'the page’s own text').to.equal(false);
    el.heading = '';
    await el.updateComplete;
    expect(has(el, '[part="heading"]')).to.equal(false);
    const base = $(el, '[part="base"]')!;
    expect(base.hasAttribute('aria-labelledby')).to.equal(false);
    expect(base.getAttribute('aria-label')).to.equal('Get our newsletter');
  });

  it('without a newsletter title, the translated default heading; no text', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${EMPTY_FEED} action=${url}></newsletter-signup>`);
    expect(text(el, '[part="heading"]')).to.equal('Get our newsletter');
    expect(has(el, '[part="text"]')).to.equal(false);
    expect(has(el, 'form')).to.equal(true);
  });

  it('clamps heading-level to 2..6', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample} heading-level="4"></newsletter-signup>`);
    expect($(el, '[part="heading"]')!.localName).to.equal('h4');
    for (const [level, tag] of [
      [1, 'h2'],
      [9, 'h6'],
      [Number.NaN, 'h2'],
    ] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.localName, String(level)).to.equal(tag);
    }
  });

  it('stands alone with an `action` and no feed', async () => {
    const { url } = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${url} heading="Weekly digest"></newsletter-signup>`);
    expect(text(el, '[part="heading"]')).to.equal('Weekly digest');
    expect(has(el, 'form')).to.equal(true);
    expect(has(el, '[part="message"]')).to.equal(false);
  });

  it('without a feed or an action, says that no feed was given', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup></newsletter-signup>`);
    expect(text(el, '[part="message"]')).to.equal('No feed was given to this widget.');
    expect(has(el, 'form')).to.equal(false);
  });

  it('posts to `action` rather than the feed’s action', async () => {
    const feedAction = endpoint('ok');
    const own = endpoint('ok');
    const el = await mount<NewsletterSignup>(html`<newsletter-signup
      .feed=${{ ...sample, _news: { ...sample._news, newsletter: { ...sample._news.newsletter, action: feedAction.url } } }}
      action=${own.url}
    ></newsletter-signup>`);
    await submit(el, 'reader@example.com');
    await until(() => el.status === 'success');
    expect(await posts(own.key)).to.have.length(1);
    expect(await posts(feedAction.key)).to.have.length(0);
  });

  describe('an action that is missing or not http(s)', () => {
    it('a feed without a newsletter: the box says signup is unavailable, with no form', async () => {
      const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${EMPTY_FEED}></newsletter-signup>`);
      expect(text(el, '[part="unavailable"]')).to.equal('Newsletter signup is not available at the moment.');
      expect(has(el, 'form')).to.equal(false);
    });

    for (const hostile of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://example.com/list']) {
      it(`refuses action="${hostile}": unavailable, a warning, nothing sent`, async () => {
        const capture = captureConsole({ quiet: true });
        try {
          const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample} action=${hostile}></newsletter-signup>`);
          await until(() => has(el, '[part="unavailable"]'), 'the hostile action was not refused');
          expect(has(el, 'form')).to.equal(false);
          expect(capture.warnings.flat().join(' ')).to.contain('only http(s) addresses are allowed');
          expect(el.shadowRoot!.innerHTML).not.to.contain(hostile.split(':')[0] + ':');
        } finally {
          capture.restore();
        }
      });
    }

    it('a hostile action in the feed never reaches the form (the model drops it)', async () => {
      const el = await mount<NewsletterSignup>(html`<newsletter-signup
        .feed=${{ ...sample, _news: { newsletter: { action: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' } } }}
      ></newsletter-signup>`);
      expect(has(el, '[part="unavailable"]')).to.equal(true);
      expect(has(el, 'img')).to.equal(false);
    });

    it('a relative action resolves against the page and is allowed', async () => {
      const { key } = endpoint('ok');
      const el = await mount<NewsletterSignup>(html`<newsletter-signup action=${`/api/newsletter?mode=ok&key=${key}`}></newsletter-signup>`);
      await submit(el, 'relative@example.com');
      await until(() => el.status === 'success');
      expect((await posts(key)).map((post) => post.email)).to.deep.equal(['relative@example.com']);
    });
  });

  it('changing `action` to a refused one takes the form away, and back', async () => {
    const capture = captureConsole({ quiet: true });
    try {
      const { url } = endpoint('ok');
      const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${sample} action=${url}></newsletter-signup>`);
      expect($$(el, 'form')).to.have.length(1);
      el.action = 'javascript:void 0';
      await until(() => has(el, '[part="unavailable"]'));
      el.action = url;
      await until(() => has(el, 'form'));
    } finally {
      capture.restore();
    }
  });
});
