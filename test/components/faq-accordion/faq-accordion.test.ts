import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { fetchJson, uniqueKey } from '../../helpers/fixtures.js';
import { SAMPLE_FEED_URL as SAMPLE_URL } from '../../../sample/sample-data.js';

const ARTICLE = 'coale-lukashenko-minsk-2026-03-19';
const NO_FAQ = 'israel-reopens-key-gaza-crossing';
const QUESTIONS = [
  'Who did John Coale meet in Minsk?',
  "What is the purpose of John Coale's visit to Belarus?",
  'Who appointed John Coale as an envoy to Belarus?',
  'Where was the meeting between John Coale and Lukashenko shared?',
];
const THIRD_ID = 'faq-who-appointed-john-coale-as-an-envoy-to-belarus';

type Faq = { question: string; answer: string }[];
const feedWith = (faq: Faq, extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: 'one', title: 'One', ...extra, _news: { faq } }],
});
const manyQuestions = (count: number): Faq =>
  Array.from({ length: count }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` }));

const root = (el: FaqAccordion) => el.shadowRoot!;
const buttons = (el: FaqAccordion) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')];
const panels = (el: FaqAccordion) => [...root(el).querySelectorAll<HTMLElement>('[part~="answer"]')];
const openStates = (el: FaqAccordion) => buttons(el).map((button) => button.getAttribute('aria-expanded') === 'true');
/** The index of the focused question (-1 for none): indexes, not elements, keep failure reports small. */
const focused = (el: FaqAccordion) => buttons(el).indexOf(root(el).activeElement as HTMLButtonElement);
const has = (el: FaqAccordion, selector: string) => root(el).querySelector(selector) !== null;

/** Waits until the widget shows content, a message or an error (the feed task runs asynchronously). */
async function ready(el: FaqAccordion): Promise<FaqAccordion> {
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"], [part~="message"], [part~="empty"]'), 'nothing rendered');
  await el.updateComplete;
  return el;
}

/** A page URL without the fragment, to put the address back after hash tests without a hashchange. */
const clearHash = () => history.replaceState(history.state, '', location.href.split('#')[0]);

describe('faq-accordion', () => {
  let sample: unknown;
  let hostile: unknown;
  let consoleErrors: unknown[][];
  const originalError = console.error;

  before(async () => {
    sample = await fetchJson(SAMPLE_URL);
    hostile = await fetchJson('/test/fixtures/hostile.json');
  });

  beforeEach(() => {
    consoleErrors = [];
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError(...args);
    };
  });

  afterEach(() => {
    console.error = originalError;
    expect(consoleErrors, 'console errors').to.deep.equal([]);
  });

  const sampleAccordion = (attrs = html``) =>
    fixture<FaqAccordion>(html`<faq-accordion .feed=${sample}>${attrs}</faq-accordion>`).then(ready);

  describe('definition and data', () => {
    it('is defined as its class', () => {
      expect(customElements.get('faq-accordion')).to.equal(FaqAccordion);
      expect(document.createElement('faq-accordion')).to.be.instanceOf(FaqAccordion);
    });

    it('renders the FAQ of the first item of the sample feed from src, all closed', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion src=${SAMPLE_URL}></faq-accordion>`));
      expect(buttons(el).map((button) => button.textContent!.trim())).to.deep.equal(QUESTIONS);
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('Frequently Asked Questions');
      expect(panels(el)[0].textContent!.trim()).to.equal('John Coale met Belarusian President Alexander Lukashenko in Minsk.');
    });

    it('shows the item named by `item`, and a message when it is not in the feed', async () => {
      const el = await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${ARTICLE}></faq-accordion>`);
      await ready(el);
      expect(buttons(el)).to.have.length(4);
      el.item = 'no-such-article';
      await el.updateComplete;
      expect(buttons(el)).to.have.length(0);
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
    });

    it('renders an item without FAQ as a friendly empty state, not a blank box', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${NO_FAQ}></faq-accordion>`));
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('No questions yet.');
      expect(has(el, '[part="list"]')).to.equal(false);
      expect(has(el, '[part="heading"]')).to.equal(true);
    });

    it('splits answers into paragraphs at blank lines', async () => {
      const faq = [{ question: 'Why?', answer: 'First paragraph.\n\nSecond\nparagraph.' }];
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${feedWith(faq)}></faq-accordion>`));
      const paragraphs = [...panels(el)[0].querySelectorAll('p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    });
  });

  describe('ARIA accordion pattern', () => {
    it('wires each button to its panel and each panel back to its button', async () => {
      const el = await sampleAccordion();
      buttons(el).forEach((button, index) => {
        const panel = panels(el)[index];
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal(panel.id);
        expect(root(el).getElementById(button.getAttribute('aria-controls')!) === panel).to.equal(true);
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(root(el).getElementById(panel.getAttribute('aria-labelledby')!) === button).to.equal(true);
      });
    });

    it('puts the section heading at heading-level (default 2) and each button in a heading one deeper', async () => {
      const el = await sampleAccordion();
      const levels = () => buttons(el).map((button) => button.parentElement!.localName);
      const section = () => root(el).querySelector('[part="heading"]')?.localName;
      expect(levels()).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      expect(buttons(el)[0].parentElement!.getAttribute('part')).to.equal('question');
      expect(section()).to.equal('h2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
      expect(section()).to.equal('h4');
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(section(), 'clamped to 2').to.equal('h2');
      expect(levels()[0]).to.equal('h3');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(section()).to.equal('h6');
      expect(levels()[0], 'clamped to 6').to.equal('h6');
      // Without a section heading, the questions are the outermost headings: they take heading-level.
      el.heading = '';
      el.headingLevel = 3;
      await el.updateComplete;
      expect(section()).to.equal(undefined);
      expect(levels()[0]).to.equal('h3');
    });

    it('uses role="region" panels only for six entries or fewer (APG: avoid landmark proliferation)', async () => {
      const six = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${feedWith(manyQuestions(6))}></faq-accordion>`));
      expect(panels(six).every((panel) => panel.getAttribute('role') === 'region')).to.equal(true);
      const seven = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${feedWith(manyQuestions(7))}></faq-accordion>`));
      expect(panels(seven)).to.have.length(7);
      expect(panels(seven).some((panel) => panel.hasAttribute('role'))).to.equal(false);
      // A panel without a role is generic, which ARIA does not allow to be named.
      expect(panels(seven).some((panel) => panel.hasAttribute('aria-labelledby'))).to.equal(false);
      expect(buttons(seven).every((button, i) => button.getAttribute('aria-controls') === panels(seven)[i].id)).to.equal(true);
      await expect(seven).to.be.accessible();
    });

    it('keeps closed answers hidden="until-found" and removes hidden when open', async () => {
      const el = await sampleAccordion();
      expect(panels(el).map((panel) => panel.getAttribute('hidden'))).to.deep.equal(Array(4).fill('until-found'));
      buttons(el)[1].click();
      await el.updateComplete;
      expect(panels(el)[1].hasAttribute('hidden')).to.equal(false);
      expect(buttons(el)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(panels(el)[1].getBoundingClientRect().height).to.be.greaterThan(20);
      buttons(el)[1].click();
      await el.updateComplete;
      expect(panels(el)[1].getAttribute('hidden')).to.equal('until-found');
    });

    it('opens an answer that find-in-page matched (beforematch) and tells listeners', async () => {
      const el = await sampleAccordion();
      setTimeout(() => panels(el)[2].dispatchEvent(new Event('beforematch')));
      const event = await oneEvent(el, 'news-toggle');
      expect(event.detail).to.deep.equal({ index: 2, open: true, question: QUESTIONS[2] });
      // The browser has already revealed the text: this one is not the host's to veto.
      expect(event.cancelable).to.equal(false);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(panels(el)[2].hasAttribute('hidden')).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and with Space (native button)', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
    });

    it('moves focus with ArrowDown and ArrowUp, wrapping at both ends', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(2);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(1);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'ArrowUp on the first wraps to the last').to.equal(3);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'ArrowDown on the last wraps to the first').to.equal(0);
      expect(openStates(el), 'moving focus does not toggle').to.deep.equal([false, false, false, false]);
    });

    it('moves focus to the first question with Home and the last with End', async () => {
      const el = await sampleAccordion();
      buttons(el)[1].focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(0);
    });

    it('leaves keys alone when focus is not on a question', async () => {
      const el = await sampleAccordion();
      const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
      root(el).querySelector('[part="list"]')!.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
    });
  });

  describe('single, expanded and numbered', () => {
    it('lets several answers be open by default', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].click();
      buttons(el)[2].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
    });

    it('keeps one answer open at a time with `single`', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} single></faq-accordion>`));
      buttons(el)[0].click();
      await el.updateComplete;
      buttons(el)[2].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
    });

    it('closes all but the first open answer when `single` is switched on', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded="2,4"></faq-accordion>`));
      expect(openStates(el)).to.deep.equal([false, true, false, true]);
      el.single = true;
      await el.updateComplete;
      expect(el.hasAttribute('single')).to.equal(true);
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
    });

    it('opens the questions named by `expanded` at start: numbers, ids and "all"', async () => {
      const cases: [string, boolean[]][] = [
        ['1', [true, false, false, false]],
        ['2, 4', [false, true, false, true]],
        ['all', [true, true, true, true]],
        [THIRD_ID, [false, false, true, false]],
        ['who-did-john-coale-meet-in-minsk 9 nonsense', [true, false, false, false]],
      ];
      for (const [expanded, states] of cases) {
        const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded=${expanded}></faq-accordion>`));
        expect(openStates(el), `expanded="${expanded}"`).to.deep.equal(states);
        expect(panels(el).map((panel) => !panel.hasAttribute('hidden')), `expanded="${expanded}"`).to.deep.equal(states);
      }
    });

    it('applies `expanded` again when it changes, and opens only the first with `single`', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} single expanded="all"></faq-accordion>`));
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      el.single = false;
      el.expanded = '3';
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
    });

    it('numbers the questions with `numbered`, keeping the numbers out of the accessible name', async () => {
      const el = await sampleAccordion();
      expect(root(el).querySelectorAll('[part="number"]')).to.have.length(0);
      el.numbered = true;
      await el.updateComplete;
      expect(el.hasAttribute('numbered')).to.equal(true);
      const numbers = [...root(el).querySelectorAll('[part="number"]')];
      expect(numbers.map((number) => number.textContent)).to.deep.equal(['1', '2', '3', '4']);
      expect(numbers.every((number) => number.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(buttons(el)[0].querySelector('.question-text')!.textContent).to.equal(QUESTIONS[0]);
      // Answers line up with the question text, not with the number.
      const text = buttons(el)[0].querySelector('.question-text')!.getBoundingClientRect();
      await el.open(0);
      await el.updateComplete;
      const paragraph = panels(el)[0].querySelector('p')!.getBoundingClientRect();
      expect(Math.abs(paragraph.left - text.left)).to.be.below(1);
    });
  });

  describe('news-toggle and the public methods', () => {
    it('fires news-toggle with the 0-based index, the new state and the question', async () => {
      const el = await sampleAccordion();
      setTimeout(() => buttons(el)[1].click());
      const opening = await oneEvent(el, 'news-toggle');
      expect(opening.detail).to.deep.equal({ index: 1, open: true, question: QUESTIONS[1] });
      expect(opening.bubbles && opening.composed && opening.cancelable).to.equal(true);
      await el.updateComplete;
      setTimeout(() => buttons(el)[1].click());
      const closing = await oneEvent(el, 'news-toggle');
      expect(closing.detail).to.deep.equal({ index: 1, open: false, question: QUESTIONS[1] });
    });

    it('keeps the state when a listener calls preventDefault()', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} expanded="2"></faq-accordion>`));
      const veto = (event: Event) => event.preventDefault();
      el.addEventListener('news-toggle', veto);
      buttons(el)[0].click();
      buttons(el)[1].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
      expect(panels(el)[0].getAttribute('hidden')).to.equal('until-found');
      expect(el.open(0)).to.equal(false);
      el.removeEventListener('news-toggle', veto);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, false, false]);
    });

    it('opens, closes and toggles by index or id with open(), close() and toggle()', async () => {
      const el = await sampleAccordion();
      const events: unknown[] = [];
      el.addEventListener('news-toggle', (event) => events.push(event.detail));
      expect(el.open(0)).to.equal(true);
      expect(el.open(THIRD_ID)).to.equal(true);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
      expect(el.close('#' + THIRD_ID)).to.equal(true);
      expect(el.toggle('what-is-the-purpose-of-john-coale-s-visit-to-belarus')).to.equal(true);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, true, false, false]);
      expect(el.toggle(0), 'closed afterwards').to.equal(false);
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, true, false, false]);
      expect(el.open(1), 'already open: nothing to do').to.equal(true);
      expect(el.open(4)).to.equal(false);
      expect(el.close('no-such-question')).to.equal(false);
      expect(events).to.deep.equal([
        { index: 0, open: true, question: QUESTIONS[0] },
        { index: 2, open: true, question: QUESTIONS[2] },
        { index: 2, open: false, question: QUESTIONS[2] },
        { index: 1, open: true, question: QUESTIONS[1] },
        { index: 0, open: false, question: QUESTIONS[0] },
      ]);
    });
  });

  describe('links to questions', () => {
    afterEach(clearHash);

    it('gives each entry a stable id from the question, with `id-prefix` and unique suffixes', async () => {
      const el = await sampleAccordion();
      const entries = () => [...root(el).querySelectorAll('[part="entry"]')].map((entry) => entry.id);
      expect(entries()[2]).to.equal(THIRD_ID);
      el.idPrefix = 'q-';
      await el.updateComplete;
      expect(entries()[0]).to.equal('q-who-did-john-coale-meet-in-minsk');
      expect(buttons(el)[0].getAttribute('aria-controls')).to.equal('q-who-did-john-coale-meet-in-minsk-panel');
      const twice = [{ question: 'Why?', answer: 'a' }, { question: 'Why?', answer: 'b' }];
      const dup = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${feedWith(twice)}></faq-accordion>`));
      expect([...root(dup).querySelectorAll('[part="entry"]')].map((entry) => entry.id)).to.deep.equal(['faq-why', 'faq-why-2']);
    });

    it('opens, scrolls to and focuses the question a hashchange points at', async () => {
      const el = await sampleAccordion();
      const toggled = oneEvent(el, 'news-toggle');
      location.hash = THIRD_ID;
      await oneEvent(window, 'hashchange');
      expect((await toggled).detail).to.deep.equal({ index: 2, open: true, question: QUESTIONS[2] });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
      expect(focused(el)).to.equal(2);
      location.hash = 'unrelated';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, true, false]);
    });

    it('opens the question in the hash the page was loaded with, once the FAQ arrives', async () => {
      history.replaceState(history.state, '', `#${THIRD_ID}`);
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion src=${SAMPLE_URL} expanded="1"></faq-accordion>`));
      expect(openStates(el)).to.deep.equal([true, false, true, false]);
      expect(focused(el)).to.equal(2);
      const entry = root(el).getElementById(THIRD_ID)!.getBoundingClientRect();
      expect(entry.top).to.be.within(-1, innerHeight);
    });
  });

  describe('structured data', () => {
    const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    const hasJsonLd = (el: Element) => jsonLd(el) !== null;

    it('writes, updates and removes a schema.org FAQPage JSON-LD script in the light DOM', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample}></faq-accordion>`));
      expect(hasJsonLd(el)).to.equal(false);
      el.structuredData = true;
      await el.updateComplete;
      expect(el.hasAttribute('structured-data'), 'reflected').to.equal(true);
      // The code that writes it may still be on its way (it is loaded on demand).
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const data = JSON.parse(jsonLd(el)!.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((entry: { name: string }) => entry.name)).to.deep.equal(QUESTIONS);
      expect(data.mainEntity[0]).to.deep.equal({
        '@type': 'Question',
        name: QUESTIONS[0],
        acceptedAnswer: { '@type': 'Answer', text: 'John Coale met Belarusian President Alexander Lukashenko in Minsk.' },
      });
      el.feed = feedWith([{ question: 'Changed?', answer: 'Yes.' }]);
      await waitUntil(() => buttons(el).length === 1);
      await el.updateComplete;
      expect(JSON.parse(jsonLd(el)!.textContent!).mainEntity[0].name).to.equal('Changed?');
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(false);
      el.toggleAttribute('structured-data', true);
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(true);
      const parent = el.parentElement!;
      el.remove();
      expect(hasJsonLd(el), 'removed on disconnect').to.equal(false);
      parent.append(el);
      expect(hasJsonLd(el), 'back on reconnect').to.equal(true);
    });

    it('writes no JSON-LD for an item without questions', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} item=${NO_FAQ} structured-data></faq-accordion>`));
      expect(hasJsonLd(el)).to.equal(false);
    });

    it('escapes < so that an answer cannot close the script element', async () => {
      const faq = [{ question: 'Break out?', answer: 'Try </script><script>alert(1)</script> here.' }];
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${feedWith(faq)} structured-data></faq-accordion>`));
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const text = jsonLd(el)!.textContent!;
      expect(text).not.to.include('<');
      expect(text).to.include('\\u003c/script>');
      expect(JSON.parse(text).mainEntity[0].acceptedAnswer.text).to.equal('Try </script><script>alert(1)</script> here.');
      // Serialized and parsed again, the page still has exactly one script there.
      const copy = document.createElement('div');
      copy.innerHTML = el.outerHTML.replace('<faq-accordion', '<section').replace(/<\/faq-accordion>$/, '</section>');
      expect(copy.querySelectorAll('script')).to.have.length(1);
    });

    it('keeps hostile strings as data in the JSON-LD', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${hostile} structured-data></faq-accordion>`));
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const text = jsonLd(el)!.textContent!;
      expect(text).not.to.include('<');
      const [entry] = JSON.parse(text).mainEntity;
      expect(entry.name).to.equal('<img src=x onerror=alert(7)>?');
      expect(entry.acceptedAnswer.text).to.equal('<a href=javascript:alert(8)>click</a>');
    });
  });

  describe('headings, strings and languages', () => {
    it('takes its heading from `heading`, and shows none for heading=""', async () => {
      const el = await sampleAccordion();
      el.heading = 'About this story';
      await el.updateComplete;
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('About this story');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect(has(el, '[part="heading"]')).to.equal(false);
    });

    it('follows lang="de", and the lang of an ancestor', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} lang="de"></faq-accordion>`));
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('Häufig gestellte Fragen');
      el.item = NO_FAQ;
      await el.updateComplete;
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('Noch keine Fragen.');
      const wrapper = await fixture(html`<div lang="fr"><faq-accordion .feed=${sample}></faq-accordion></div>`);
      const inner = await ready(wrapper.querySelector('faq-accordion')!);
      expect(root(inner).querySelector('[part="heading"]')!.textContent).to.equal('Questions fréquentes');
    });

    it('lets `strings` replace any visible string', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion
        .feed=${sample}
        item=${NO_FAQ}
        .strings=${{ heading: 'Your questions', noQuestions: 'Ask us anything.' }}
      ></faq-accordion>`));
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('Your questions');
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('Ask us anything.');
    });

    it('mirrors in RTL', async () => {
      const arabic = feedWith([{ question: 'من التقى جون كول في مينسك؟', answer: 'التقى الرئيس لوكاشينكو.' }], { language: 'ar' });
      const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="width: 600px">
        <faq-accordion .feed=${arabic} numbered></faq-accordion>
        <faq-accordion .feed=${sample}></faq-accordion>
      </div>`);
      const [el, english] = [...wrapper.querySelectorAll('faq-accordion')];
      await ready(el);
      await ready(english);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('الأسئلة الشائعة');
      const number = root(el).querySelector('[part="number"]')!.getBoundingClientRect();
      const text = root(el).querySelector('.question-text')!.getBoundingClientRect();
      const icon = root(el).querySelector('[part="icon"]')!.getBoundingClientRect();
      expect(number.left, 'number at the inline start (right)').to.be.greaterThan(text.right - 1);
      expect(icon.right, 'chevron at the inline end (left)').to.be.below(text.left + 1);
      expect(getComputedStyle(buttons(el)[0]).direction).to.equal('rtl');
      // An English FAQ on an Arabic page still reads left to right, entry by entry.
      expect(getComputedStyle(buttons(english)[0]).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  });

  describe('themes, motion and accessibility', () => {
    it('is accessible in the light theme', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} numbered expanded="1"></faq-accordion>`));
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, with dark colours', async () => {
      const light = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${sample} theme="light"></faq-accordion>`));
      const wrapper = await fixture(html`<div style="background: #15171c">
        <faq-accordion .feed=${sample} theme="dark" numbered expanded="1"></faq-accordion>
      </div>`);
      const el = await ready(wrapper.querySelector('faq-accordion')!);
      const colour = (accordion: FaqAccordion) => getComputedStyle(buttons(accordion)[0]).color;
      expect(colour(el)).not.to.equal(colour(light));
      await expect(el).to.be.accessible();
    });

    it('animates the chevron and the answer only when motion is allowed', async () => {
      const el = await sampleAccordion(html``);
      el.open(0);
      await el.updateComplete;
      const icon = () => getComputedStyle(root(el).querySelector('[part="icon"]')!);
      const body = () => getComputedStyle(panels(el)[0].querySelector('.answer-body')!);
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(icon().transitionDuration).not.to.equal('0s');
        expect(body().animationName).not.to.equal('none');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(icon().transitionDuration).to.equal('0s');
        expect(body().animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('renders hostile strings as inert text', async () => {
      const el = await ready(await fixture<FaqAccordion>(html`<faq-accordion .feed=${hostile} expanded="all" numbered></faq-accordion>`));
      expect(buttons(el)[0].textContent).to.include('<img src=x onerror=alert(7)>?');
      expect(panels(el)[0].textContent).to.include('<a href=javascript:alert(8)>click</a>');
      expect(root(el).querySelectorAll('img, script, iframe, svg a, a, style')).to.have.length(0);
      expect(el.querySelectorAll('img, script')).to.have.length(0);
    });
  });

  describe('states', () => {
    it('shows a skeleton with the footprint of the questions while loading', async () => {
      const src = `/api/feed?key=${uniqueKey('faq-loading')}&delay=3000`;
      const el = await fixture<FaqAccordion>(html`<faq-accordion src=${src}></faq-accordion>`);
      const skeleton = root(el).querySelector('[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.entry')).to.have.length(4);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const src = `/api/feed?key=${uniqueKey('faq-error')}&status=500`;
      const el = await fixture<FaqAccordion>(html`<faq-accordion src=${src} .loader=${new FeedLoader({ retries: 0 })}></faq-accordion>`);
      await ready(el);
      expect(has(el, '[role="alert"]')).to.equal(true);
      expect(root(el).querySelector('[role="alert"]')!.querySelector('button[part="retry"]')!.textContent).to.equal('Try again');
      expect(buttons(el)).to.have.length(0);
    });
  });
});
