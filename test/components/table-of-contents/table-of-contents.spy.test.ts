import { expect, fixture, html } from '@open-wc/testing';
import type { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import { registerSectionTargets, sectionTargetsChanged } from '../../../src/util/section-targets.js';
import { SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$ } from '../../helpers/query.js';
import { frames, rendered, until } from '../../helpers/settle.js';

const SECTIONS = sample.items[0]._news!.sections!;

/** The title of the link marked current; undefined when none is, failing when several are. */
function current(el: TableOfContents): string | undefined {
  const marked = $$(el, '[aria-current]');
  expect(marked.length).to.be.at.most(1);
  if (!marked.length) return undefined;
  expect(marked[0].getAttribute('aria-current')).to.equal('true');
  expect(marked[0].getAttribute('part')).to.equal('link current');
  return marked[0].textContent!.trim();
}

/** Sections of the sample as tall blocks, each headed by an `h2`/`h3` with the section's id. */
const article = () =>
  SECTIONS.map((section) => html`<h2 id=${section.id} style="margin: 0">${section.title}</h2><div style="height: 900px"></div>`);

const scrollTo = (element: Element) => window.scrollBy({ top: element.getBoundingClientRect().top, behavior: 'instant' });

describe('table-of-contents', () => {
  failOnConsoleErrors();
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  describe('the section in view', () => {
    it('is marked aria-current="true" as the page scrolls', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><table-of-contents .feed=${sample}></table-of-contents>${article()}</div>`);
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      await until(() => current(el) === SECTIONS[0].title, 'the first section, on screen at the start');
      scrollTo(document.getElementById(SECTIONS[4].id)!);
      await until(() => current(el) === SECTIONS[4].title, 'the fifth section after scrolling to it');
      expect(getComputedStyle($(el, '[aria-current]')!).fontWeight).to.equal('600');
      scrollTo(document.getElementById(SECTIONS[10].id)!);
      await until(() => current(el) === SECTIONS[10].title, 'the last section');
      window.scrollTo({ top: 0, behavior: 'instant' });
      await until(() => current(el) === SECTIONS[0].title, 'back at the top');
    });

    it('follows a link that was followed', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><table-of-contents .feed=${sample}></table-of-contents>${article()}</div>`);
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      const link = $<HTMLAnchorElement>(el, `a[href="#${SECTIONS[7].id}"]`)!;
      link.addEventListener('click', (event) => event.defaultPrevented || event.preventDefault());
      link.click();
      await until(() => current(el) === SECTIONS[7].title, 'the followed section');
    });

    it('is found once a body that renders after the table of contents registers its headings', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><table-of-contents .feed=${sample}></table-of-contents><div id="late-body"></div></div>`
      );
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      const body = wrapper.querySelector('#late-body')!;
      const root = body.attachShadow({ mode: 'open' });
      const unregister = registerSectionTargets((id) => root.getElementById(id));
      try {
        await frames(3);
        expect(current(el), 'no heading yet').to.equal(undefined);
        // The body's content arrives later (a sanitizer loaded on demand), then it says so.
        root.innerHTML = SECTIONS.map(
          (section) => `<h2 id="${section.id}" style="margin: 0">${section.title}</h2><div style="height: 900px"></div>`
        ).join('');
        sectionTargetsChanged();
        await until(() => current(el) === SECTIONS[0].title, 'the first heading of the late body');
        scrollTo(root.getElementById(SECTIONS[2].id)!);
        await until(() => current(el) === SECTIONS[2].title, 'a heading inside the body after a scroll');
      } finally {
        unregister();
      }
    });

    it('is found when the page adds its headings after the table of contents', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><table-of-contents .feed=${sample}></table-of-contents></div>`);
      const el = await rendered(wrapper.querySelector<TableOfContents>('table-of-contents')!);
      await frames(2);
      expect(current(el)).to.equal(undefined);
      const heading = document.createElement('h2');
      heading.id = SECTIONS[0].id;
      heading.textContent = SECTIONS[0].title;
      wrapper.append(heading);
      await until(() => current(el) === SECTIONS[0].title, 'the heading added later');
    });
  });
});
