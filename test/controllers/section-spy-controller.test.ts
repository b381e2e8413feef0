import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { SectionSpyController } from '../../src/controllers/section-spy-controller.js';
import { registerSectionTargets, sectionTargetsChanged } from '../../src/util/section-targets.js';
import { frames, until } from '../helpers/settle.js';

/** Shows the id of the section in view; finds headings in the document or in `extra`. */
class SpyHost extends LitElement {
  @property({ attribute: false }) ids: readonly string[] = [];
  extra = new Map<string, HTMLElement>();
  renders = 0;
  readonly spy = new SectionSpyController(this, {
    ids: () => this.ids,
    find: (id) => document.getElementById(id) ?? this.extra.get(id) ?? null,
  });

  protected override render(): unknown {
    this.renders += 1;
    return this.spy.current ?? '';
  }
}
customElements.define('test-section-spy', SpyHost);

/** A page of tall sections, each headed by an `h2` with its id. */
async function page(...ids: string[]) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <test-section-spy .ids=${ids}></test-section-spy>
    ${ids.map((id) => html`<h2 id=${id} style="margin: 0">${id}</h2><div style="height: 1500px"></div>`)}
  </div>`);
  const el = wrapper.querySelector<SpyHost>('test-section-spy')!;
  await el.updateComplete;
  return { wrapper, el, heading: (id: string) => document.getElementById(id)! };
}

/** Scrolls the page so that `element` starts `offset` px below the viewport's top. */
function scrollTo(element: Element, offset = 0): void {
  window.scrollBy({ top: element.getBoundingClientRect().top - offset, behavior: 'instant' });
}

describe('SectionSpyController', () => {
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  it('marks the first section while its heading shows, then the last heading past the reading line', async () => {
    const { el, heading } = await page('one', 'two', 'three');
    await until(() => el.spy.current === 'one', 'the first section, on screen at the start');
    scrollTo(heading('three'));
    await until(() => el.spy.current === 'three', 'scrolled to the third');
    expect(el.shadowRoot!.textContent, 'the host renders again').to.equal('three');
    // Just above the reading line (a quarter down the viewport): the heading counts as passed.
    scrollTo(heading('two'), innerHeight * 0.25 - 20);
    await until(() => el.spy.current === 'two', 'back to the second');
    // Below the line, the section before it is still being read.
    scrollTo(heading('two'), innerHeight * 0.6);
    await until(() => el.spy.current === 'one', 'the second heading is below the line');
  });

  it('marks a heading scrolled to the top even when a short section puts the next heading in the band too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <test-section-spy .ids=${['long', 'short', 'next']}></test-section-spy>
      <h2 id="long">Long</h2>
      <div style="height: 1500px"></div>
      <h2 id="short" style="margin: 0">Short</h2>
      <div style="height: 60px"></div>
      <h2 id="next" style="margin: 0">Next</h2>
      <div style="height: 3000px"></div>
    </div>`);
    const el = wrapper.querySelector<SpyHost>('test-section-spy')!;
    await el.updateComplete;
    scrollTo(document.getElementById('short')!);
    await until(() => el.spy.current === 'short', 'the heading at the top');
    await frames(3);
    expect(el.spy.current).to.equal('short');
    scrollTo(document.getElementById('next')!, -5);
    await until(() => el.spy.current === 'next', 'once the short section has scrolled away');
  });

  it('marks nothing above the article, and after a scroll past the start of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <test-section-spy .ids=${['far']}></test-section-spy>
      <div style="height: 3000px"></div>
      <h2 id="far">Far</h2>
      <div style="height: 1500px"></div>
    </div>`);
    const el = wrapper.querySelector<SpyHost>('test-section-spy')!;
    await el.updateComplete;
    await frames(3);
    expect(el.spy.current).to.equal(undefined);
    scrollTo(document.getElementById('far')!, 10);
    await until(() => el.spy.current === 'far');
  });

  it('finds headings added to the page later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><test-section-spy .ids=${['late']}></test-section-spy></div>`);
    const el = wrapper.querySelector<SpyHost>('test-section-spy')!;
    await el.updateComplete;
    expect(el.spy.current).to.equal(undefined);
    const late = document.createElement('h2');
    late.id = 'late';
    late.textContent = 'Late';
    wrapper.append(late);
    await until(() => el.spy.current === 'late', 'the heading added later was not found');
  });

  it('looks again when a registered section provider says its sections changed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <test-section-spy .ids=${['inside']}></test-section-spy>
      <div id="provider"></div>
    </div>`);
    const el = wrapper.querySelector<SpyHost>('test-section-spy')!;
    const root = wrapper.querySelector('#provider')!.attachShadow({ mode: 'open' });
    el.extra = { get: (id: string) => root.getElementById(id) } as unknown as Map<string, HTMLElement>;
    await el.updateComplete;
    const unregister = registerSectionTargets((id) => root.getElementById(id));
    try {
      root.innerHTML = '<h2 id="inside">Inside a shadow root</h2>';
      await frames(3);
      // A shadow root's changes are nobody's mutation to see: only the provider's word brings them.
      expect(el.spy.current).to.equal(undefined);
      sectionTargetsChanged();
      await until(() => el.spy.current === 'inside');
    } finally {
      unregister();
    }
  });

  it('follows other ids after a render, and stops when the host leaves the page', async () => {
    const { wrapper, el, heading } = await page('a', 'b');
    await until(() => el.spy.current === 'a');
    el.ids = ['b'];
    await el.updateComplete;
    await until(() => el.spy.current === undefined, 'b is the only section, below the screen');
    scrollTo(heading('b'));
    await until(() => el.spy.current === 'b', 'scrolled to b');
    el.remove();
    const renders = el.renders;
    scrollTo(heading('a'));
    await frames(3);
    expect(el.renders, 'no update after leaving').to.equal(renders);
    wrapper.prepend(el);
    scrollTo(heading('b'));
    await until(() => el.spy.current === 'b', 'watching again once back on the page');
  });
});
