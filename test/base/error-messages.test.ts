/**
 * The error box says what went wrong in the reader's language: each built-in language has a
 * sentence per reason (what came back instead of a feed, else the error's kind), English shows
 * the FeedError's own message, and the FeedError that events carry stays English for developers.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NewsWidget } from '../../src/base/news-widget.js';
import { defineElement } from '../../src/base/register.js';
import type { FeedError, NotAFeedFound } from '../../src/feed/errors.js';
import type { NewsFeed } from '../../src/feed/types.js';
import { registerLocale } from '../../src/i18n/strings.js';
import { FeedLoader } from '../../src/on-demand/feed/load.js';
import ar from '../../src/on-demand/locales/ar.js';
import de from '../../src/on-demand/locales/de.js';
import es from '../../src/on-demand/locales/es.js';
import fr from '../../src/on-demand/locales/fr.js';
import type { Locale } from '../../src/on-demand/locales/locale.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { feedServerUrl, uniqueKey, type FeedServerOptions } from '../helpers/fixtures.js';
import { $, text } from '../helpers/query.js';
import { rendered } from '../helpers/settle.js';

/** The smallest widget: its feed's item count. Only its states matter here. */
class ItemCount extends NewsWidget {
  protected override renderFeed(feed: NewsFeed): unknown {
    return litHtml`<p part="base">${feed.items.length}</p>`;
  }
}
defineElement('test-item-count', ItemCount);

const LOCALES: Readonly<Record<string, Locale>> = { ar, de, es, fr };

/** What the test server answers for each thing that is not a feed. */
const NOT_A_FEED: ReadonlyArray<{ found: NotAFeedFound; options: FeedServerOptions }> = [
  { found: 'html', options: { body: 'test/fixtures/html-page.html', type: 'text/html' } },
  { found: 'empty', options: { body: 'test/fixtures/empty-body.txt', type: 'application/rss+xml' } },
  { found: 'xml', options: { body: 'test/fixtures/sitemap.xml', type: 'application/xml' } },
  { found: 'json', options: { body: 'test/fixtures/not-a-feed.json', type: 'application/json' } },
];

interface Shown {
  el: ItemCount;
  error: FeedError;
  title: string | undefined;
  detail: string | undefined;
  retry: HTMLButtonElement | null;
}

/** A widget in `lang` given `source` (a `src`, or a `.feed` string), once its error box shows. */
async function showError(lang: string, source: { src?: string; feed?: string }, loader = new FeedLoader({ retries: 0 })): Promise<Shown> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = Object.assign(document.createElement('test-item-count') as ItemCount, { loader }, source);
  const failed = oneEvent(el, 'news-feed-error');
  wrapper.append(el);
  const { error } = (await failed).detail;
  await rendered(el);
  return {
    el,
    error,
    title: text(el, '[part="error"] .error-title'),
    detail: text(el, '[part="error"] .error-detail'),
    retry: $<HTMLButtonElement>(el, 'button[part="retry"]'),
  };
}

const served = (name: string, options: FeedServerOptions) => ({ src: feedServerUrl(uniqueKey(name), options) });

describe('NewsWidget: the error box in the reader’s language', () => {
  failOnConsoleErrors();

  it('says an HTML page is no feed in German, without a Retry; the FeedError stays English', async () => {
    const shown = await showError('de', served('html-de', NOT_A_FEED[0].options));
    expect(shown.title).to.equal('Dieser Inhalt konnte nicht geladen werden.');
    expect(shown.detail).to.equal(
      'Das ist eine HTML-Seite, kein Feed. Bitte die Adresse des RSS-, Atom- oder JSON-Feeds der Website verwenden.'
    );
    expect(shown.retry).to.equal(null);
    expect(shown.error.kind).to.equal('not-a-feed');
    expect(shown.error.details.found).to.equal('html');
    expect(shown.error.message).to.equal(
      "This is an HTML page (served as text/html), not a feed. Use the address of the site's RSS, Atom or JSON feed."
    );
    await expect(shown.el).to.be.accessible();
  });

  it('shows the FeedError’s own message on an English page', async () => {
    const shown = await showError('en', served('html-en', NOT_A_FEED[0].options));
    expect(shown.title).to.equal('This content could not be loaded.');
    expect(shown.detail).to.equal(
      "This is an HTML page (served as text/html), not a feed. Use the address of the site's RSS, Atom or JSON feed."
    );
    expect(shown.retry).to.equal(null);
  });

  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`says what came back instead of a feed in "${lang}"`, async () => {
      for (const { found, options } of NOT_A_FEED) {
        const shown = await showError(lang, served(`${found}-${lang}`, options));
        expect(shown.error.details.found, found).to.equal(found);
        expect(shown.detail, found).to.equal(locale.widget![`error-${found}`]);
        expect(shown.title, found).to.equal(locale.widget!.errorTitle);
        expect(shown.retry, found).to.equal(null);
      }
      const plain = await showError(lang, { feed: 'Hello, this is a sentence and no feed.' });
      expect(plain.error.details.found).to.equal('text');
      expect(plain.detail).to.equal(locale.widget!['error-text']);
    });
  }

  it('names the root of an XML document that is no feed in details, for code', async () => {
    const { error } = await showError('fr', served('xml-root', NOT_A_FEED[2].options));
    expect(error.details.root).to.equal('urlset');
    expect(error.message).to.equal('This is an XML document whose root is <urlset> (served as application/xml), not a feed.');
  });

  it('translates the other kinds: http, network, timeout, parse and too-large, with Retry where it can help', async () => {
    const notFound = await showError('fr', served('http-fr', { status: 404 }));
    expect(notFound.detail).to.equal('Le serveur du flux a répondu par une erreur.');
    expect(notFound.retry).to.equal(null);

    const unavailable = await showError('es', served('http-es', { status: 503 }));
    expect(unavailable.detail).to.equal('El servidor del feed respondió con un error.');
    expect(unavailable.retry!.textContent).to.equal('Reintentar');

    // Nothing listens on port 9 of this machine: the request fails as a network error.
    const unreachable = await showError('ar', { src: 'http://127.0.0.1:9/feed.json' });
    expect(unreachable.error.kind).to.equal('network');
    expect(unreachable.detail).to.equal('تعذّر الوصول إلى الموجز.');
    expect(unreachable.retry!.textContent).to.equal('أعد المحاولة');

    const slow = await showError('de', served('timeout-de', { delay: 2000 }), new FeedLoader({ retries: 0, timeoutMs: 200 }));
    expect(slow.error.kind).to.equal('timeout');
    expect(slow.detail).to.equal('Der Feed kam nicht rechtzeitig an.');

    const broken = await showError('de', served('parse-de', { body: 'test/fixtures/broken.rss', type: 'application/rss+xml' }));
    expect(broken.error.kind).to.equal('parse');
    expect(broken.detail).to.equal('Der Feed ist beschädigt oder unvollständig und kann nicht gelesen werden.');

    const huge = await showError('es', { feed: ' '.repeat(5_000_001) });
    expect(huge.error.kind).to.equal('too-large');
    expect(huge.detail).to.equal('El feed es demasiado grande para este widget.');
  });

  it('takes a sentence from the strings property, and from a language the page registered', async () => {
    const page = { body: 'test/fixtures/html-page.html', type: 'text/html' };
    const overridden = await showError('en', served('override', page));
    overridden.el.strings = { 'error-html': 'Paste the RSS address, not the home page.' };
    await overridden.el.updateComplete;
    expect(text(overridden.el, '[part="error"] .error-detail')).to.equal('Paste the RSS address, not the home page.');

    registerLocale('it', { widget: { 'error-html': 'Questa è una pagina HTML, non un feed.' } });
    expect((await showError('it', served('registered', page))).detail).to.equal('Questa è una pagina HTML, non un feed.');
  });
});
