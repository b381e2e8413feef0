import { expect, html } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { feedOf, SAMPLE_FEED as sample, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, texts } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

const titles = (el: HeadlineList) => texts(el, '[part="title"]');
/** The ids of the items shown, read from their links. */
const ids = (el: HeadlineList) => $$(el, '[part="link"]').map((link) => link.getAttribute('href')!.split('/').pop()!);

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('limit and filters', () => {
    it('limit caps the items shown', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} limit="4"></headline-list>`);
      expect($$(el, '[part="item"]')).to.have.length(4);
      el.limit = 2;
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(2);
    });

    it('category keeps items of that category, ignoring case', async () => {
      const feed = feedOf([
        { id: 'a', url: 'https://news.example/a', title: 'A', _news: { category: 'Markets' } },
        { id: 'b', url: 'https://news.example/b', title: 'B', _news: { category: 'Politics' } },
        { id: 'c', url: 'https://news.example/c', title: 'C', _news: { category: 'markets' } },
      ]);
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feed} category="MARKETS"></headline-list>`);
      expect(titles(el)).to.deep.equal(['A', 'C']);
      el.category = 'Politics';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['B']);
    });

    it('tag keeps items with that tag, ignoring case', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} tag="world news"></headline-list>`);
      expect(ids(el)).to.deep.equal([SEED_ARTICLE_ID]);
    });

    it('exclude leaves out the ids it names, separated by commas or spaces', async () => {
      const el = await mount<HeadlineList>(
        html`<headline-list .feed=${sample} exclude="${SEED_ARTICLE_ID}, israel-reopens-key-gaza-crossing  italy-justice-referendum-meloni"></headline-list>`
      );
      expect($$(el, '[part="item"]')).to.have.length(10);
      expect(ids(el)).to.include.members(['at-least-eight-bodies-recovered-in-comoros']);
      expect(ids(el)).not.to.include.members([SEED_ARTICLE_ID]);
      expect(ids(el)).not.to.include('israel-reopens-key-gaza-crossing');
      expect(ids(el)).not.to.include('italy-justice-referendum-meloni');
    });

    it('says the filters hide everything when they do', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${sample} category="Sport"></headline-list>`);
      expect($(el, '[part="list"]')).to.equal(null);
      expect($(el, '[part="empty"]')!.textContent).to.match(/filters/);
      // The heading stays, so the reader knows which list is empty.
      expect($(el, '[part="heading"]')).not.to.equal(null);
    });
  });
});
