/**
 * The error box speaks to readers: a plain sentence in their language (the title), a second one
 * only where they can act (check the connection, the source is unavailable), and Retry where it
 * can help; never the FeedError's message or a URL. The FeedError, in English for developers,
 * goes to `news-feed-error`'s detail and, once per failure, to a console warning.
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
import { $, text, textOf } from '../helpers/query.js';
import { rendered } from '../helpers/settle.js';

/** The smallest widget: its feed's item count. Only its states matter here. */
class ItemCount extends NewsWidget {
  protected override renderFeed(feed: NewsFeed): unknown {
    return litHtml`<p part="base">${feed.items.length}</p>`;
  }
}
defineElement('test-item-count', ItemCount);

const LOCALES: Readonly<Record<string, Locale>> = { ar, de, es, fr };
const ENGLISH = {
  errorTitle: 'This content could not be loaded.',
  connection: 'Check your connection and try again.',
  unavailable: 'The news source is unavailable.',
};

/** Words of a developer's message that no reader should see in the box. */
const TECHNICAL = /html|json|xml|rss|atom|feed\b|https?:|\/|<|status|token|served/i;

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
  url?: string;
  /** Everything the box says. */
  box: string;
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
  const { error, url } = (await failed).detail;
  await rendered(el);
  return {
    el,
    error,
    url,
    box: textOf($(el, '[part="error"]'))!,
    title: text(el, '[part="error"] .error-title'),
    detail: text(el, '[part="error"] .error-detail'),
    retry: $<HTMLButtonElement>(el, 'button[part="retry"]'),
  };
}

const served = (name: string, options: FeedServerOptions) => ({ src: feedServerUrl(uniqueKey(name), options) });

describe('NewsWidget: the error box speaks to readers', () => {
  const capture = failOnConsoleErrors();

  it('says an HTML page could not be loaded in German, without a Retry; the FeedError stays English, in the event and the console', async () => {
    const shown = await showError('de', served('html-de', NOT_A_FEED[0].options));
    expect(shown.title).to.equal('Dieser Inhalt konnte nicht geladen werden.');
    expect(shown.detail).to.equal(undefined);
    expect(shown.retry).to.equal(null);
    expect(shown.error.kind).to.equal('not-a-feed');
    expect(shown.error.details.found).to.equal('html');
    expect(shown.error.message).to.equal(
      "This is an HTML page (served as text/html), not a feed. Use the address of the site's RSS, Atom or JSON feed."
    );
    expect(shown.url).to.equal(shown.el.src);
    // Once, with the element and the URL, then the FeedError itself (its English message, kind and details).
    const warnings = capture.current.warnings.filter(([message]) => String(message).includes(shown.el.src!));
    expect(warnings).to.have.length(1);
    expect(warnings[0][0]).to.equal(`news-widgets: <test-item-count> could not show ${shown.el.src}:`);
    expect(warnings[0][1]).to.equal(shown.error);
    await expect(shown.el).to.be.accessible();
  });

  it('shows no developer text on an English page: no message, no URL', async () => {
    const shown = await showError('en', served('html-en', NOT_A_FEED[0].options));
    expect(shown.title).to.equal(ENGLISH.errorTitle);
    expect(shown.detail).to.equal(undefined);
    expect(shown.retry).to.equal(null);
    expect(shown.box).to.equal(ENGLISH.errorTitle);

    // HTML given as the .feed text: the JSON parser's "Unexpected token '<'" stays in the console.
    const inline = await showError('en', { feed: '<!DOCTYPE html><html><body>Not found</body></html>' });
    expect(inline.box).to.equal(ENGLISH.errorTitle);
    expect(inline.box).not.to.contain(inline.error.message);
  });

  for (const [lang, locale] of Object.entries({ en: { widget: ENGLISH }, ...LOCALES } as Record<string, Locale>)) {
    it(`says only the title in "${lang}" for what the page author must fix: what came back instead of a feed, a broken or huge feed`, async () => {
      for (const { found, options } of NOT_A_FEED) {
        const shown = await showError(lang, served(`${found}-${lang}`, options));
        expect(shown.error.details.found, found).to.equal(found);
        expect(shown.title, found).to.equal(locale.widget!.errorTitle);
        expect(shown.detail, found).to.equal(undefined);
        expect(shown.retry, found).to.equal(null);
        expect(shown.box, found).not.to.match(TECHNICAL);
      }
      const plain = await showError(lang, { feed: 'Hello, this is a sentence and no feed.' });
      expect(plain.error.details.found).to.equal('text');
      expect(plain.detail).to.equal(undefined);
      const broken = await showError(lang, served(`parse-${lang}`, { body: 'test/fixtures/broken.rss', type: 'application/rss+xml' }));
      expect(broken.error.kind).to.equal('parse');
      expect(broken.box).to.equal(locale.widget!.errorTitle);
    });
  }

  it('every language has a plain sentence for what readers can act on, and none with technical words', () => {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const table = locale.widget! as Record<string, string>;
      const sentences = Object.keys(table).filter((key) => key.startsWith('error-'));
      expect(sentences.sort(), lang).to.deep.equal(['error-http', 'error-network', 'error-timeout']);
      for (const key of sentences) expect(table[key], `${lang} ${key}`).not.to.match(TECHNICAL);
    }
  });

  it('names the root of an XML document that is no feed in details, for code', async () => {
    const { error } = await showError('fr', served('xml-root', NOT_A_FEED[2].options));
    expect(error.details.root).to.equal('urlset');
    expect(error.message).to.equal('This is an XML document whose root is <urlset> (served as application/xml), not a feed.');
  });

  it('says what readers can do for http, network and timeout errors, with Retry where it can help', async () => {
    const notFound = await showError('fr', served('http-fr', { status: 404 }));
    expect(notFound.detail).to.equal('La source d’actualités est indisponible.');
    expect(notFound.retry).to.equal(null);

    const unavailable = await showError('es', served('http-es', { status: 503 }));
    expect(unavailable.detail).to.equal('La fuente de noticias no está disponible.');
    expect(unavailable.retry!.textContent).to.equal('Reintentar');
    expect(unavailable.box).not.to.contain('503');

    // Nothing listens on port 9 of this machine: the request fails as a network error.
    const unreachable = await showError('ar', { src: 'http://127.0.0.1:9/feed.json' });
    expect(unreachable.error.kind).to.equal('network');
    expect(unreachable.detail).to.equal('تحقّق من اتصالك وأعد المحاولة.');
    expect(unreachable.retry!.textContent).to.equal('أعد المحاولة');
    expect(unreachable.box).not.to.contain('127.0.0.1');

    const english = await showError('en', { src: 'http://127.0.0.1:9/feed.json' });
    expect(english.detail).to.equal(ENGLISH.connection);
    expect(english.box).not.to.contain('127.0.0.1');
    const gone = await showError('en', served('http-en', { status: 410 }));
    expect(gone.detail).to.equal(ENGLISH.unavailable);

    const slow = await showError('de', served('timeout-de', { delay: 2000 }), new FeedLoader({ retries: 0, timeoutMs: 200 }));
    expect(slow.error.kind).to.equal('timeout');
    expect(slow.detail).to.equal('Bitte die Verbindung prüfen und es erneut versuchen.');
    expect(slow.retry).not.to.equal(null);

    const huge = await showError('es', { feed: ' '.repeat(5_000_001) });
    expect(huge.error.kind).to.equal('too-large');
    expect(huge.detail).to.equal(undefined);
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
