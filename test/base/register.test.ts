import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import { defineElement, prefixedTag } from '../../src/base/register.js';
import { NewsWidget } from '../../src/base/news-widget.js';
import { captureConsole } from '../helpers/console-capture.js';

/** A widget class registered under a test tag only. */
class TitleList extends NewsWidget {
  protected override renderFeed(): unknown {
    return nothing;
  }
}
defineElement('test-title-list', TitleList);

describe('registration', () => {
  it('skips a tag that is already defined, warning only when it belongs to someone else', () => {
    const capture = captureConsole({ quiet: true });
    const warnings = () => capture.warnings.map(([message]) => message);
    try {
      expect(defineElement('test-title-list', TitleList)).to.equal(false);
      expect(warnings()).to.deep.equal([]);
      class Other extends HTMLElement {}
      expect(defineElement('test-title-list', Other)).to.equal(false);
      expect(warnings()[0]).to.match(/<test-title-list> is already defined/);
      expect(customElements.get('test-title-list')).to.equal(TitleList);
    } finally {
      capture.restore();
    }
  });

  it('registers the same class under a prefixed name', () => {
    const tag = prefixedTag('title-list', 'acme-');
    expect(tag).to.equal('acme-title-list');
    expect(defineElement(tag, TitleList)).to.equal(true);
    expect(document.createElement(tag)).to.be.instanceOf(TitleList);
    expect(prefixedTag('title-list', '')).to.equal('title-list');
  });
});
