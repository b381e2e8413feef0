/**
 * One bad item, one dropped item, seen by a reader (issue 13, item 6): fuzzed feeds (the arbitraries
 * of fuzz-arbitraries.ts: fuzzed items with hostile keys and values, a fuzzed feed envelope around
 * a valid version) with a known valid item among the fuzzed ones, given as `.feed` to the widgets
 * that show a list or an article. On every run: no widget shows an error, the list shows the valid
 * item, `<news-article>` shows it when asked for it, no exception reaches the page (`error` and
 * `unhandledrejection`), nothing is logged as an error, and `Object.prototype` gains nothing.
 *
 * A fixed seed (printed); `FUZZ_SCALE` and `FUZZ_SEED` as in fuzz-readers.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/headline-list/headline-list.define.js';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/news-article/news-article.define.js';
import { failOnConsoleErrors } from '../helpers/console-capture.js';
import { isRendered, settle, until } from '../helpers/settle.js';
import { asParsedJson, FEED, ITEM, VALUE } from './fuzz-arbitraries.js';

declare const __FUZZ__: { scale?: string; seed?: string } | undefined;
const settings = typeof __FUZZ__ === 'undefined' ? {} : __FUZZ__;
const SCALE = Number(settings.scale) || 1;
const SEED = settings.seed ? Number(settings.seed) : 1401;
const RUNS = Math.round(100 * SCALE);
const NEIGHBOUR = { id: 'valid-neighbour', title: 'A valid neighbour', url: 'https://ok.example/a', content_html: '<h2>Part</h2><p>Kept.</p>' };

/** Every element in `root` and in the open shadow roots under it. */
const everyElement = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element, ...everyElement(element.shadowRoot)] : [element]));

describe('fuzzed feeds in the widgets: one bad item, one dropped item', function () {
  this.timeout(300000 * SCALE);
  failOnConsoleErrors();

  it(`keeps the valid item and shows no error (${RUNS} fuzzed feeds)`, async () => {
    const thrown: string[] = [];
    const onError = (event: ErrorEvent) => thrown.push(String(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.log(`fuzz-widgets: seed ${SEED}, ${RUNS} runs`);
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(ITEM, VALUE), { maxLength: 5 }), fc.nat(), FEED, async (fuzzed, at, envelope) => {
          const items = asParsedJson(fuzzed) as unknown[];
          fc.pre(!JSON.stringify(items).includes(NEIGHBOUR.id));
          items.splice(at % (items.length + 1), 0, NEIGHBOUR);
          const feed = { ...(asParsedJson(envelope) as object), version: 'https://jsonfeed.org/version/1.1', items };
          const container = await fixture<HTMLElement>(html`<div>
            <headline-list .feed=${feed} limit="20"></headline-list>
            <article-card .feed=${feed} item=${NEIGHBOUR.id}></article-card>
            <news-article .feed=${feed} item=${NEIGHBOUR.id}></news-article>
          </div>`);
          const widgets = () => everyElement(container).filter((element) => element.localName.includes('-'));
          await until(
            () => widgets().every(isRendered) && container.querySelector('news-article')!.shadowRoot!.querySelector('[part~="body"]'),
            'never rendered',
            30000
          );
          await settle(container);
          const errors = everyElement(container).filter((element) => element.matches('[part~="error"]'));
          expect(
            errors.map((element) => element.textContent?.trim()),
            'error states'
          ).to.deep.equal([]);
          const list = container.querySelector('headline-list')!.shadowRoot!.textContent!;
          expect(list, 'the list').to.include(NEIGHBOUR.title);
          expect(container.querySelector('article-card')!.shadowRoot!.textContent, 'the card').to.include(NEIGHBOUR.title);
          const article = container.querySelector('news-article')!.shadowRoot!;
          expect(article.querySelector('[part~="headline"]')?.textContent?.trim(), 'the headline').to.equal(NEIGHBOUR.title);
          expect(thrown, 'exceptions').to.deep.equal([]);
          expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
          container.remove();
        }),
        { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 240000 * SCALE, markInterruptAsFailure: true }
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.log(`fuzz-widgets: ${RUNS} runs in ${Math.round(performance.now() - started)} ms`);
    }
  });
});
