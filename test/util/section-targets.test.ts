import { expect, fixture, html } from '@open-wc/testing';
import { findSectionTarget, onSectionTargetsChange, registerSectionTargets, sectionTargetsChanged } from '../../src/util/section-targets.js';

describe('section targets', () => {
  it('finds a section in the given root, then the document, then the registered lookups', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><h2 id="in-document">Document</h2></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h2 id="in-root">Root</h2><slot></slot>';
    const provided = document.createElement('h3');
    provided.id = 'provided';
    const unregister = registerSectionTargets((id) => (id === 'provided' ? provided : null));
    try {
      expect(findSectionTarget('in-root', shadow)?.textContent).to.equal('Root');
      expect(findSectionTarget('in-root')).to.equal(null);
      expect(findSectionTarget('in-document', shadow)?.textContent).to.equal('Document');
      expect(findSectionTarget('provided', shadow)).to.equal(provided);
      expect(findSectionTarget('nowhere', shadow)).to.equal(null);
      expect(findSectionTarget('', shadow)).to.equal(null);
    } finally {
      unregister();
    }
    expect(findSectionTarget('provided')).to.equal(null);
  });

  it('tells listeners about registering, unregistering and changes, until they stop listening', () => {
    let calls = 0;
    const stop = onSectionTargetsChange(() => calls++);
    const unregister = registerSectionTargets(() => null);
    expect(calls).to.equal(1);
    sectionTargetsChanged();
    expect(calls).to.equal(2);
    unregister();
    unregister(); // a second call changes nothing and tells nobody
    expect(calls).to.equal(3);
    stop();
    sectionTargetsChanged();
    expect(calls).to.equal(3);
  });
});
