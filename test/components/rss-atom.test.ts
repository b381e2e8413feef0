/**
 * Every widget takes RSS and Atom wherever it takes JSON Feed: from `src`, from an inline
 * `<script type="application/rss+xml">` / `application/atom+xml`, from `.feed` as text or as an
 * XML Document, and through `<news-feed>`. The feeds are test/fixtures/widgets.rss and
 * widgets.atom (three stories each, images from sample/images). Each widget shows what the feed
 * has for it (RSS and Atom have no FAQ or takeaways: those widgets show their empty state, not an
 * error), and passes axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { widgetClasses } from '../../src/widgets.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { feedServerUrl, fetchText, uniqueKey } from '../helpers/fixtures.js';
import { $, $$ } from '../helpers/query.js';
import { rendered } from '../helpers/settle.js';

const FORMATS = [
  {
    name: 'RSS',
    file: 'widgets.rss',
    type: 'application/rss+xml',
    titles: ['Talks resume in Minsk', 'Crossing reopens for aid', 'Referendum date set'],
  },
  {
    name: 'Atom',
    file: 'widgets.atom',
    type: 'application/atom+xml',
    titles: ['Ceasefire holds overnight', 'Prime minister re-elected', 'Compensation promised to farmers'],
  },
] as const;

/** Every widget tag but `<news-feed>`, which shows nothing of its own. */
const WIDGET_TAGS = widgetClasses.map((widget) => widget.tagName).filter((tag) => tag !== 'news-feed');

/** What a widget's shadow root reads, nested widgets and slotted text left out. */
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Checks what a widget shows of the three stories of `format`. */
function expectShows(el: HTMLElement, format: (typeof FORMATS)[number]): void {
  expect($(el, '[part~="error"]'), `<${el.localName}> shows an error`).to.equal(null);
  const text = shadowText(el);
  switch (el.localName) {
    case 'headline-list':
      for (const title of format.titles) expect(text).to.include(title);
      expect($$(el, 'a[href^="https://news.example/"]').length).to.be.at.least(3);
      break;
    case 'article-card':
      expect(text).to.include(format.titles[0]);
      expect($<HTMLImageElement>(el, 'img')?.src).to.match(/\/sample\/images\/.+\.svg$/);
      break;
    case 'article-breadcrumbs':
      // The trail ends at the article itself: the first story.
      expect($(el, '[aria-current="page"]')?.textContent).to.include(format.titles[0]);
      break;
    case 'news-article':
      expect($(el, '[part~="headline"]')?.textContent).to.include(format.titles[0]);
      break;
    default:
      // No FAQ, no takeaways in a news feed: the deliberate empty state.
      expect(text).not.to.include(format.titles[0]);
  }
}

describe('RSS and Atom in every widget', () => {
  failOnConsoleErrors();

  for (const format of FORMATS) {
    describe(format.name, () => {
      for (const tag of WIDGET_TAGS) {
        it(`<${tag}> shows it from src, and passes axe`, async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag);
          el.setAttribute('src', feedServerUrl(uniqueKey(tag), { body: `test/fixtures/${format.file}`, type: format.type }));
          container.append(el);
          await rendered(el);
          expectShows(el, format);
          await expect(el).to.be.accessible();
        });

        it(`<${tag}> shows it from an inline <script type="${format.type}">`, async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag);
          const script = document.createElement('script');
          script.type = format.type;
          script.textContent = await fetchText(`/test/fixtures/${format.file}`);
          el.append(script);
          container.append(el);
          await rendered(el);
          expectShows(el, format);
        });
      }

      it('reaches every widget inside a <news-feed src>', async () => {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const provider = document.createElement('news-feed');
        provider.setAttribute('src', feedServerUrl(uniqueKey('news-feed'), { body: `test/fixtures/${format.file}`, type: format.type }));
        const widgets = WIDGET_TAGS.map((tag) => provider.appendChild(document.createElement(tag)));
        container.append(provider);
        for (const widget of widgets) {
          await rendered(widget);
          expectShows(widget, format);
        }
      });

      it('takes .feed as XML text and as an XML Document', async () => {
        const text = await fetchText(`/test/fixtures/${format.file}`);
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const fromText = Object.assign(document.createElement('headline-list'), { feed: text });
        const fromDocument = Object.assign(document.createElement('article-card'), {
          feed: new DOMParser().parseFromString(text, 'application/xml'),
        });
        container.append(fromText, fromDocument);
        expectShows(await rendered(fromText), format);
        expectShows(await rendered(fromDocument), format);
      });
    });
  }

  it('tells developers an HTML page is no feed (not a JSON error), and readers a plain sentence without a Retry', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('headline-list'), {
      src: feedServerUrl(uniqueKey('html'), { body: 'test/fixtures/html-page.html', type: 'text/html' }),
    });
    const failed = oneEvent(el, 'news-feed-error');
    container.append(el);
    const { error } = (await failed).detail;
    await rendered(el);
    expect(error.message).to.include('This is an HTML page (served as text/html), not a feed.');
    expect(error.message).not.to.include('not valid JSON');
    expect(shadowText(el).trim()).to.equal('This content could not be loaded.');
    // Asking again cannot turn a page into a feed: no Retry.
    expect($(el, 'button[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
