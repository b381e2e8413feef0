/**
 * Replaced and hidden parts are never downloaded. This page imports news-article alone, so a part's
 * tag is defined only once the article has loaded that part's module.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../../src/components/news-article/news-article.js';
import '../../../src/components/news-article/news-article.define.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { settle, until } from '../../helpers/settle.js';
import { articleReady, EVERY_PART, partOf, partOrder } from './news-article.helpers.js';

const PART_TAGS = [
  'article-breadcrumbs',
  'article-meta',
  'article-tags',
  'quick-summary',
  'table-of-contents',
  'article-body',
  'key-takeaways',
  'reference-list',
  'faq-accordion',
  'newsletter-signup',
  'article-pager',
  'headline-list',
  'editorial-disclosure',
];

describe('news-article parts on demand', () => {
  failOnConsoleErrors();

  it('imports no part with itself', () => {
    for (const tag of PART_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('shows a slotted element instead of a part, and never loads the part it replaces', async () => {
    const el = await fixture<NewsArticle>(html`<news-article .feed=${sample} hide="newsletter">
      <aside slot="faq" id="own-faq">Our own questions</aside>
      <p slot="headline" id="own-headline">A headline of the page's own</p>
    </news-article>`);
    const expected = EVERY_PART.filter((name) => !['faq', 'headline', 'newsletter'].includes(name));
    await articleReady(el, expected);
    expect(partOrder(el)).to.deep.equal(expected);
    // The slots sit where the parts would: after the credits' neighbours, inside the header.
    const faqSlot = $<HTMLSlotElement>(el, 'slot[name="faq"]')!;
    expect(faqSlot.assignedElements()).to.deep.equal([el.querySelector('#own-faq')]);
    expect(faqSlot.previousElementSibling, 'after the references').to.equal(partOf(el, 'references'));
    expect($<HTMLSlotElement>(el, 'header slot[name="headline"]')!.assignedElements()).to.deep.equal([el.querySelector('#own-headline')]);
    expect(el.querySelector('#own-faq')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // Neither the replaced nor the hidden part was downloaded.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customElements.get('faq-accordion'), 'the replaced FAQ').to.equal(undefined);
    expect(customElements.get('newsletter-signup'), 'the hidden newsletter').to.equal(undefined);
    expect($$(el, 'faq-accordion, newsletter-signup')).to.deep.equal([]);
    // The parts' headings stay one level below a slotted headline.
    expect(partOf(el, 'takeaways')!.getAttribute('heading-level')).to.equal('2');
  });

  it('loads the built-in part once its replacement leaves', async () => {
    const el = await fixture<NewsArticle>(html`<news-article .feed=${sample} hide="newsletter">
      <aside slot="faq">Our own questions</aside>
    </news-article>`);
    await articleReady(el, ['references']);
    el.querySelector('[slot="faq"]')!.remove();
    await until(() => customElements.get('faq-accordion') && partOf(el, 'faq'), 'the built-in FAQ did not come back');
    await articleReady(el, ['faq']);
    expect(partOf(el, 'faq')!.localName).to.equal('faq-accordion');
    // A replacement added later takes the part's place again.
    const replacement = Object.assign(document.createElement('div'), { slot: 'faq', textContent: 'Later' });
    el.append(replacement);
    await until(() => !partOf(el, 'faq'), 'the built-in FAQ stayed');
    await settle(el);
    expect($<HTMLSlotElement>(el, 'slot[name="faq"]')!.assignedElements()).to.deep.equal([replacement]);
  });
});
