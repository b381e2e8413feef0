/**
 * The error box the loader and the Trusted Types guard draw where a widget's code never ran
 * (src/util/error-box.ts): in the language a widget there would speak, with the same words as the
 * widgets' own error state.
 */
import { expect } from '@open-wc/testing';
import { errorBox } from '../../src/util/error-box.js';
import { widgetStrings } from '../../src/i18n/strings.js';
import ar from '../../src/on-demand/locales/ar.js';
import de from '../../src/on-demand/locales/de.js';
import es from '../../src/on-demand/locales/es.js';
import fr from '../../src/on-demand/locales/fr.js';

/** The box drawn for an element inside `<div lang=…>` (none when undefined), read back. */
function boxIn(outer: string | undefined, own?: string): { lang: string; title: string; retry: string | undefined } {
  const wrapper = document.createElement('div');
  if (outer !== undefined) wrapper.lang = outer;
  const element = document.createElement('headline-list-unloaded');
  if (own) element.lang = own;
  wrapper.append(element);
  document.body.append(wrapper);
  try {
    const alert = errorBox(element, () => {}).shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    return { lang: alert.lang, title: alert.querySelector('p')!.textContent!, retry: alert.querySelector('button')?.textContent ?? undefined };
  } finally {
    wrapper.remove();
  }
}

describe('the error box of a widget whose code never ran', () => {
  const locales = { de, fr, es, ar };

  it('speaks English by default, with the words of the widgets’ error state', () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      expect(boxIn(undefined)).to.deep.equal({ lang: 'en', title: widgetStrings.errorTitle, retry: widgetStrings.retry });
    } finally {
      if (before !== null) html.setAttribute('lang', before);
    }
  });

  for (const [lang, locale] of Object.entries(locales)) {
    it(`speaks ${lang} in a ${lang} page, with the words of the ${lang} strings`, () => {
      expect(boxIn(lang)).to.deep.equal({ lang, title: locale.widget!.errorTitle, retry: locale.widget!.retry });
      expect(boxIn(`${lang}-XX`).title, 'a region subtag').to.equal(locale.widget!.errorTitle);
    });
  }

  it('takes the element’s own lang over the page’s, and English for a language the widgets do not ship', () => {
    expect(boxIn('en', 'de').title).to.equal(de.widget!.errorTitle);
    expect(boxIn('it')).to.include({ lang: 'en', title: widgetStrings.errorTitle });
  });

  it('has no button where trying again cannot help', () => {
    const element = document.createElement('div');
    expect(errorBox(element).shadowRoot!.querySelector('button')).to.equal(null);
  });
});
