import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { registerSectionTargets } from '../../../src/util/section-targets.js';
import { feedOf } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $ } from '../../helpers/query.js';
import { rendered, until } from '../../helpers/settle.js';

const FEED = feedOf([
  {
    id: 'story',
    title: 'Story',
    _news: {
      sections: [
        { id: 'toc-nav-one', title: 'One', level: 2 },
        { id: 'toc-nav-two', title: 'Two', level: 2 },
      ],
    },
  },
]);

const linkTo = (el: TableOfContents, id: string) => $<HTMLAnchorElement>(el, `a[href="#${id}"]`)!;

/** What focus() and scrollIntoView() were called with on `target`, calling through. */
function record(target: HTMLElement) {
  const calls = { focus: [] as (FocusOptions | undefined)[], scroll: [] as (ScrollIntoViewOptions | boolean | undefined)[] };
  const { focus, scrollIntoView } = target;
  target.focus = (options) => {
    calls.focus.push(options);
    focus.call(target, options);
  };
  target.scrollIntoView = (options) => {
    calls.scroll.push(options);
    scrollIntoView.call(target, options);
  };
  return calls;
}

/** The table of contents above two tall sections whose headings are in the page. */
async function onPage() {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <table-of-contents .feed=${FEED}></table-of-contents>
    <h2 id="toc-nav-one">One</h2>
    <div style="height: 2000px"></div>
    <h2 id="toc-nav-two">Two</h2>
    <div style="height: 2000px"></div>
  </div>`);
  const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
  return { el, one: document.getElementById('toc-nav-one')!, two: document.getElementById('toc-nav-two')! };
}

describe('table-of-contents', () => {
  failOnConsoleErrors();
  const hash = location.hash;
  /** Whether the last click that reached the window had its default prevented (the window then prevents it anyway: no navigation in tests). */
  let prevented: boolean | undefined;
  const onClick = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  beforeEach(() => {
    prevented = undefined;
    window.addEventListener('click', onClick);
  });
  afterEach(async () => {
    window.removeEventListener('click', onClick);
    await emulateMedia({ reducedMotion: 'no-preference' });
    window.scrollTo({ top: 0, behavior: 'instant' });
  });

  describe('following a link', () => {
    it('focuses a heading in the page and scrolls to it once, leaving the URL alone', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, two } = await onPage();
      const calls = record(two);
      expect(two.hasAttribute('tabindex')).to.equal(false);
      linkTo(el, 'toc-nav-two').click();
      expect(prevented, 'the link does not navigate').to.equal(true);
      expect(document.activeElement).to.equal(two);
      expect(two.getAttribute('tabindex'), 'focusable by script, no Tab stop').to.equal('-1');
      expect(calls.focus).to.deep.equal([{ preventScroll: true }]);
      expect(calls.scroll).to.deep.equal([{ behavior: 'instant', block: 'start' }]);
      expect(Math.abs(two.getBoundingClientRect().top)).to.be.below(2);
      expect(location.hash, 'the page URL keeps its hash').to.equal(hash);
    });

    it('scrolls smoothly unless the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const { el, two } = await onPage();
      const calls = record(two);
      linkTo(el, 'toc-nav-two').click();
      expect(calls.scroll).to.deep.equal([{ behavior: 'smooth', block: 'start' }]);
      await until(() => Math.abs(two.getBoundingClientRect().top) < 2, 'the smooth scroll did not arrive');
      expect(document.activeElement).to.equal(two);
      await emulateMedia({ reducedMotion: 'reduce' });
      const one = document.getElementById('toc-nav-one')!;
      const again = record(one);
      linkTo(el, 'toc-nav-one').click();
      expect(again.scroll).to.deep.equal([{ behavior: 'instant', block: 'start' }]);
      expect(Math.abs(one.getBoundingClientRect().top), 'there at once').to.be.below(2);
    });

    it("keeps a heading's own tabindex", async () => {
      const { el, one } = await onPage();
      one.setAttribute('tabindex', '0');
      linkTo(el, 'toc-nav-one').click();
      expect(document.activeElement).to.equal(one);
      expect(one.getAttribute('tabindex')).to.equal('0');
    });

    it('reaches a heading inside another widget that registered its sections', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <table-of-contents .feed=${FEED}></table-of-contents>
        <div id="fake-body"></div>
      </div>`);
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      const body = wrapper.querySelector('#fake-body')!;
      const root = body.attachShadow({ mode: 'open' });
      root.innerHTML = '<div style="height: 1500px"></div><h2 id="toc-nav-two">Two, in a shadow root</h2><div style="height: 1500px"></div>';
      const unregister = registerSectionTargets((id) => root.getElementById(id));
      try {
        linkTo(el, 'toc-nav-two').click();
        const heading = root.getElementById('toc-nav-two')!;
        expect(document.activeElement, 'the focus is inside the body').to.equal(body);
        expect(root.activeElement).to.equal(heading);
        expect(Math.abs(heading.getBoundingClientRect().top)).to.be.below(2);
        expect(location.hash).to.equal(hash);
      } finally {
        unregister();
      }
    });

    it('prefers a heading in its own shadow root (a sibling inside <news-article>) to one in the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div id="article-like"></div>
        <h2 id="toc-nav-one">The page's One</h2>
      </div>`);
      const root = wrapper.querySelector('#article-like')!.attachShadow({ mode: 'open' });
      const el = document.createElement('table-of-contents');
      el.feed = FEED;
      const sibling = document.createElement('h2');
      sibling.id = 'toc-nav-one';
      sibling.textContent = 'One, next to the table of contents';
      root.append(el, sibling);
      await rendered(el);
      linkTo(el, 'toc-nav-one').click();
      expect(root.activeElement).to.equal(sibling);
      expect(document.getElementById('toc-nav-one')!.hasAttribute('tabindex'), 'the page heading is untouched').to.equal(false);
    });

    it('does nothing, and still leaves the URL alone, when the heading is nowhere', async () => {
      const el = await rendered(await fixture<TableOfContents>(html`<table-of-contents .feed=${FEED}></table-of-contents>`));
      const before = document.activeElement;
      linkTo(el, 'toc-nav-one').click();
      expect(prevented).to.equal(true);
      expect(document.activeElement).to.equal(before);
      expect(location.hash).to.equal(hash);
    });

    it('lets a click with a modifier key through (the reader opens a new tab)', async () => {
      const { el, two } = await onPage();
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
        linkTo(el, 'toc-nav-two').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
        expect(prevented, JSON.stringify(init)).to.equal(false);
      }
      expect(document.activeElement).not.to.equal(two);
    });
  });
});
