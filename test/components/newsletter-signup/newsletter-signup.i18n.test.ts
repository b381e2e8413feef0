import { expect, fixture, html } from '@open-wc/testing';
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import '../../../src/components/newsletter-signup/newsletter-signup.define.js';
import { EMPTY_FEED } from '../../../sample/sample-data.js';
import { captureConsole, failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, text } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { buttonLabel, endpoint, outcome, submit } from './newsletter-signup.fixtures.js';

/** What each built-in language says, per state: a few keys checked through the rendered form. */
const LANGUAGES = {
  de: {
    heading: 'Unser Newsletter',
    label: 'E-Mail-Adresse',
    submit: 'Abonnieren',
    missing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    failed: 'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später noch einmal.',
  },
  fr: {
    heading: 'Recevez notre lettre d’information',
    label: 'Adresse e-mail',
    submit: 'S’abonner',
    missing: 'Saisissez votre adresse e-mail.',
    failed: 'Impossible de vous inscrire pour le moment. Veuillez réessayer plus tard.',
  },
  es: {
    heading: 'Recibe nuestro boletín',
    label: 'Correo electrónico',
    submit: 'Suscribirse',
    missing: 'Escribe tu dirección de correo electrónico.',
    failed: 'No hemos podido suscribirte en este momento. Inténtalo de nuevo más tarde.',
  },
  ar: {
    heading: 'اشترك في نشرتنا الإخبارية',
    label: 'البريد الإلكتروني',
    submit: 'اشترك',
    missing: 'أدخل عنوان بريدك الإلكتروني.',
    failed: 'تعذّر اشتراكك الآن. يُرجى المحاولة لاحقًا.',
  },
} as const;

describe('newsletter-signup: languages', () => {
  failOnConsoleErrors();

  for (const [lang, expected] of Object.entries(LANGUAGES)) {
    it(`speaks ${lang}: heading, label, button, validation and failure`, async () => {
      const capture = captureConsole({ quiet: true });
      try {
        const { url } = endpoint('5xx');
        const el = await mount<NewsletterSignup>(html`<newsletter-signup .feed=${EMPTY_FEED} action=${url} lang=${lang}></newsletter-signup>`);
        expect(text(el, '[part="heading"]')).to.equal(expected.heading);
        expect(text(el, '[part="label"]')).to.equal(expected.label);
        expect(buttonLabel(el)).to.equal(expected.submit);
        await submit(el, '');
        expect(text(el, '[part="validation"]')).to.equal(expected.missing);
        await submit(el, `${lang}@example.com`);
        await outcome(el);
        expect(text(el, '[part="failure"]')).to.equal(expected.failed);
      } finally {
        capture.restore();
      }
    });
  }

  it('inherits the page’s language, and the feed’s text keeps its own', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA">
      <newsletter-signup .feed=${{ ...EMPTY_FEED, language: 'en', _news: { newsletter: { action: endpoint('ok').url, title: 'Stay informed', text: 'Free, every morning.' } } }}></newsletter-signup>
    </div>`);
    const el = await rendered(wrapper.querySelector<NewsletterSignup>('newsletter-signup')!);
    expect(buttonLabel(el)).to.equal('S’abonner');
    expect(text(el, '[part="heading"]')).to.equal('Stay informed');
    expect($(el, '[part="heading"]')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="text"]')!.getAttribute('lang')).to.equal('en');
  });

  it('takes any string from `strings`', async () => {
    const el = await mount<NewsletterSignup>(html`<newsletter-signup
      action=${endpoint('ok').url}
      .strings=${{ heading: 'The Daily', emailLabel: 'Your email', subscribe: 'Sign me up', success: 'You are in.' }}
    ></newsletter-signup>`);
    expect(text(el, '[part="heading"]')).to.equal('The Daily');
    expect(text(el, '[part="label"]')).to.equal('Your email');
    expect(buttonLabel(el)).to.equal('Sign me up');
    await submit(el, 'strings@example.com');
    await outcome(el);
    expect(text(el, '[part="success"]')).to.equal('You are in.');
  });

  it('the off-screen honeypot never widens a page of the other direction', async () => {
    for (const [page, box] of [
      ['ltr', 'rtl'],
      ['rtl', 'ltr'],
    ]) {
      document.documentElement.dir = page;
      try {
        const wrapper = await fixture<HTMLElement>(html`<div dir=${box} style="width: 30rem">
          <newsletter-signup action=${endpoint('ok').url}></newsletter-signup>
        </div>`);
        await rendered(wrapper.querySelector<NewsletterSignup>('newsletter-signup')!);
        const root = document.documentElement;
        expect(root.scrollWidth, `a ${box} box on a ${page} page`).to.be.at.most(root.clientWidth);
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    }
  });

  it('mirrors in right-to-left pages: icon and button on the other side, the address left to right', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="width: 44rem">
      <newsletter-signup action=${endpoint('ok').url}></newsletter-signup>
    </div>`);
    const el = await rendered(wrapper.querySelector<NewsletterSignup>('newsletter-signup')!);
    const base = $(el, '[part="base"]')!.getBoundingClientRect();
    const icon = $(el, '.icon')!.getBoundingClientRect();
    const field = $(el, '[part="input"]')!.getBoundingClientRect();
    const button = $(el, '[part="submit"]')!.getBoundingClientRect();
    expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    expect(base.right - icon.right, 'the icon at the right edge').to.be.below(40);
    expect(button.right, 'the button left of the field').to.be.at.most(field.left);
    expect(buttonLabel(el)).to.equal('اشترك');
  });
});
