import { expect, fixture, html } from '@open-wc/testing';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { EMPTY_FEED, SAMPLE_FEED as sample, TITLE_ONLY_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $, $$ } from '../../helpers/query.js';
import { mount, until } from '../../helpers/settle.js';
import { itKeepsContentWhenStale, itTakesNoRoomWithout } from '../../helpers/state-behaviour.js';

describe('table-of-contents', () => {
  failOnConsoleErrors();

  describe('an article without sections', () => {
    itTakesNoRoomWithout('table-of-contents', { what: 'sections', minHeight: 100 });

    it('still shows the loading state until the feed says so', async () => {
      const src = feedServerUrl(uniqueKey('toc-empty-loading'), { delay: 300 });
      const el = await fixture<TableOfContents>(html`<table-of-contents src=${src} item=${TITLE_ONLY_ID}></table-of-contents>`);
      expect($(el, '[part="skeleton"]')).to.exist;
      expect(el.hasAttribute('empty')).to.equal(false);
      await until(() => el.hasAttribute('empty'), 'the widget did not hide');
    });
  });

  it('says so when the feed has no items', async () => {
    const el = await mount<TableOfContents>(html`<table-of-contents .feed=${EMPTY_FEED}></table-of-contents>`);
    expect($(el, '[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('shows a skeleton while loading: the list when wide, the header alone when narrow and closed', async () => {
    const src = feedServerUrl(uniqueKey('toc-loading'), { delay: 3000 });
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 800px"><table-of-contents src=${src}></table-of-contents></div>`);
    const el = wrapper.querySelector<TableOfContents>('table-of-contents')!;
    const skeleton = $(el, '[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    expect(skeleton.querySelector('.skeleton-heading')).to.exist;
    expect($$(el, '.skeleton-list .skeleton-line')).to.have.length(5);
    const wide = el.getBoundingClientRect().height;
    expect(wide).to.be.greaterThan(120);
    wrapper.style.width = '300px';
    expect(el.getBoundingClientRect().height).to.be.below(80);
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect(skeleton.querySelector('.skeleton-heading')).to.equal(null);
  });

  it('shows an error with a retry button', async () => {
    const src = feedServerUrl(uniqueKey('toc-error'), { status: 500 });
    const el = await mount<TableOfContents>(html`<table-of-contents src=${src} .loader=${new FeedLoader({ retries: 0 })}></table-of-contents>`);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.querySelector('button[part="retry"]')!.textContent!.trim()).to.equal('Try again');
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  itKeepsContentWhenStale('table-of-contents', { content: '[part~="link"]', count: sample.items[0]._news!.sections!.length });
});
