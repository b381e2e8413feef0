import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { registerLocale, widgetStrings, type WidgetStrings } from '../../src/i18n/strings.js';

interface HostStrings extends WidgetStrings {
  greeting: string;
}

const TAG = 'test-locale-host';

/**
 * The smallest host: shows one shared string (translated by the built-in languages) and one of
 * its own, and waits for a download before an update as NewsWidget does. It records every text
 * it rendered, so a test can tell that English never showed.
 */
class LocaleHost extends LitElement {
  @property() override lang!: string;
  @property({ attribute: false }) strings: Partial<HostStrings> = {};

  readonly localization = new LocaleController<HostStrings>(this, () => ({
    english: { ...widgetStrings, greeting: 'Hello' },
    table: TAG,
    overrides: this.strings,
  }));

  /** The text of every render, in order. */
  readonly shown: string[] = [];

  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localization.pending;
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override render(): unknown {
    return litHtml`<p>${this.localization.text.retry}</p><p>${this.localization.text.greeting}</p>`;
  }

  protected override updated(): void {
    this.shown.push([...this.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent).join(' | '));
  }
}
customElements.define(TAG, LocaleHost);

const shown = (el: LocaleHost) => el.shown[el.shown.length - 1];

describe('LocaleController', () => {
  // The first test in this file to use German is the one that downloads it (a page downloads a language once).
  it('holds the first render until the strings of an on-demand language arrived: no English flashes', async () => {
    const wrapper = await fixture(html`<div lang="de-AT"><test-locale-host></test-locale-host></div>`);
    const el = wrapper.firstElementChild as LocaleHost;
    await el.updateComplete;
    expect(el.localization.locale).to.equal('de-AT');
    expect(el.shown).to.deep.equal(['Erneut versuchen | Hello']);
  });

  it('uses its own lang first, then the nearest ancestor with lang, then the browser language', async () => {
    const wrapper = await fixture(html`<section lang="fr"><div lang="de"><test-locale-host lang="en-GB"></test-locale-host></div></section>`);
    const el = wrapper.querySelector<LocaleHost>(TAG)!;
    await el.updateComplete;
    expect(el.localization.locale).to.equal('en-GB');
    expect(shown(el)).to.equal('Try again | Hello');

    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.localization.locale).to.equal('de');
    expect(shown(el)).to.equal('Erneut versuchen | Hello');

    // Nothing on the page says: the browser's language.
    const page = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    const orphan = document.createElement(TAG) as LocaleHost;
    document.body.append(orphan);
    try {
      expect(orphan.localization.locale).to.equal(navigator.language);
    } finally {
      orphan.remove();
      if (page !== null) document.documentElement.setAttribute('lang', page);
    }
  });

  it('resolves its own table and the host overrides over the language, key by key', async () => {
    registerLocale('it', { widget: { retry: 'Riprova' }, [TAG]: { greeting: 'Ciao' } });
    const el = await fixture<LocaleHost>(html`<test-locale-host lang="it"></test-locale-host>`);
    expect(shown(el)).to.equal('Riprova | Ciao');
    el.strings = { greeting: 'Buongiorno' };
    await el.updateComplete;
    expect(shown(el)).to.equal('Riprova | Buongiorno');
    expect(el.localization.text.empty, 'a key nobody translated stays English').to.equal(widgetStrings.empty);
  });

  it('follows a change of its own lang, waiting for that language too', async () => {
    const el = await fixture<LocaleHost>(html`<test-locale-host lang="en"></test-locale-host>`);
    el.lang = 'fr';
    await el.updateComplete;
    expect(shown(el)).to.equal('Réessayer | Hello');
    expect(el.shown).to.deep.equal(['Try again | Hello', 'Réessayer | Hello'], 'no English render after the change');
  });

  it('follows a change of an ancestor’s lang (a page that switches language), and stops once disconnected', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><article><test-locale-host></test-locale-host></article></div>`);
    const el = wrapper.querySelector<LocaleHost>(TAG)!;
    await el.updateComplete;
    expect(shown(el)).to.equal('Try again | Hello');

    // Spanish has not been downloaded in this page: the update waits for it, so English stays until Spanish shows.
    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => shown(el) === 'Reintentar | Hello', 'the Spanish strings never showed');
    expect(el.shown).to.deep.equal(['Try again | Hello', 'Reintentar | Hello'], 'one render, in Spanish');
    expect(el.localization.locale).to.equal('es');

    // A lang set nearer to the host wins over the outer one.
    wrapper.firstElementChild!.setAttribute('lang', 'de');
    await waitUntil(() => shown(el) === 'Erneut versuchen | Hello');

    // Unrelated attribute changes, or a lang change that leaves the host's language as it is, render nothing.
    const renders = el.shown.length;
    wrapper.setAttribute('lang', 'fr');
    wrapper.setAttribute('title', 'x');
    await aTimeout(50);
    expect(el.shown.length).to.equal(renders);

    el.remove();
    wrapper.firstElementChild!.setAttribute('lang', 'fr');
    await aTimeout(50);
    expect(el.shown.length, 'a detached host is left alone').to.equal(renders);
  });

  it('shows strings the page registers later at its next update', async () => {
    const el = await fixture<LocaleHost>(html`<test-locale-host lang="pt"></test-locale-host>`);
    expect(shown(el)).to.equal('Try again | Hello');
    registerLocale('pt', { [TAG]: { greeting: 'Olá' } });
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal('Try again | Olá');
  });
});
