import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import type { FaqAccordion } from '../../../src/components/faq-accordion/faq-accordion.js';
import type { NewsEvent } from '../../../src/events/news-events.js';
import { buttons, openStates } from './faq-accordion.helpers.js';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    {
      id: 'one',
      title: 'One',
      _news: { faq: ['First?', 'Second?', 'Third?'].map((question) => ({ question, answer: `About ${question}` })) },
    },
  ],
};

async function accordion(expanded = ''): Promise<FaqAccordion> {
  const el = await fixture<FaqAccordion>(html`<faq-accordion .feed=${feed} expanded=${expanded}></faq-accordion>`);
  await waitUntil(() => buttons(el).length, 'no questions rendered');
  return el;
}

describe('faq-accordion toggle()', () => {
  it('returns whether the answer is open afterwards, and `force` opens or closes', async () => {
    const el = await accordion();
    expect(el.toggle(1)).to.equal(true);
    expect(el.toggle(1)).to.equal(false);
    expect(el.toggle(2, true)).to.equal(true);
    expect(el.toggle(2, true), 'forced open again: stays open').to.equal(true);
    expect(el.toggle('faq-third', false)).to.equal(false);
    expect(el.toggle(0, false), 'already closed').to.equal(false);
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, false, false]);
    expect(el.toggle(7)).to.equal(false);
    expect(el.toggle('no-such-question', true)).to.equal(false);
  });

  it('fires a cancelable news-toggle only when the state would change; a veto leaves it as it was', async () => {
    const el = await accordion('1');
    const events: NewsEvent<'news-toggle'>['detail'][] = [];
    const veto = (event: NewsEvent<'news-toggle'>) => {
      events.push(event.detail);
      event.preventDefault();
    };
    el.addEventListener('news-toggle', veto);
    expect(el.toggle(0), 'vetoed: still open').to.equal(true);
    expect(el.toggle(1, true), 'vetoed: still closed').to.equal(false);
    expect(el.toggle(0, true), 'open already: no event').to.equal(true);
    expect(events).to.deep.equal([
      { index: 0, open: false, question: 'First?' },
      { index: 1, open: true, question: 'Second?' },
    ]);
    el.removeEventListener('news-toggle', veto);
    expect(el.toggle(1, true)).to.equal(true);
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, false]);
  });

  it('fires nothing when `expanded` changes', async () => {
    const el = await accordion();
    let fired = 0;
    el.addEventListener('news-toggle', () => fired++);
    el.expanded = 'all';
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([true, true, true]);
    el.expanded = '2';
    await el.updateComplete;
    expect(openStates(el)).to.deep.equal([false, true, false]);
    expect(fired).to.equal(0);
  });
});
