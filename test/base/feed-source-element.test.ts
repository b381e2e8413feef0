import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FeedSourceElement } from '../../src/base/feed-source-element.js';
import { NewsItemWidget, NewsWidget } from '../../src/base/news-widget.js';
import { NewsFeedElement } from '../../src/components/news-feed/news-feed.js';
import { feedOf } from '../../sample/sample-data.js';
import { captureConsole } from '../helpers/console-capture.js';
import { text } from '../helpers/query.js';

/** The smallest element with a feed source: shows its feed's status and item count. */
class SourceProbe extends FeedSourceElement {
  static override tagName = 'test-source-probe';

  protected override render(): unknown {
    const state = this.feedController.state;
    return litHtml`<p>${state.status}${state.status === 'complete' ? ` ${state.feed.items.length}` : ''}</p>`;
  }
}
SourceProbe.define();

const feedWith = (...ids: string[]) => feedOf(ids.map((id) => ({ id, title: id })));
const status = (el: Element) => text(el, 'p');

describe('FeedSourceElement: the source plumbing the widgets and <news-feed> share', () => {
  it('is the one base of NewsWidget and NewsFeedElement, which declare no source of their own', () => {
    expect(NewsWidget.prototype).to.be.instanceOf(FeedSourceElement);
    expect(NewsItemWidget.prototype).to.be.instanceOf(FeedSourceElement);
    expect(NewsFeedElement.prototype).to.be.instanceOf(FeedSourceElement);
    for (const owner of [NewsWidget, NewsItemWidget, NewsFeedElement]) {
      for (const member of ['feed', 'src', 'loader', 'reload']) {
        expect(Object.hasOwn(owner.prototype, member), `${owner.name}.${member}`).to.equal(false);
      }
      expect(Object.hasOwn(owner, 'define'), `${owner.name}.define`).to.equal(false);
    }
    const declared = FeedSourceElement.elementProperties;
    expect(declared.get('src')).to.include({ attribute: true });
    expect(declared.get('feed')).to.include({ attribute: false });
    expect(declared.get('loader')).to.include({ attribute: false });
  });

  it('loads a .feed, fires news-feed-load, and loads again on reload()', async () => {
    const el = await fixture<SourceProbe>(html`<test-source-probe></test-source-probe>`);
    expect(status(el)).to.equal('idle');
    const loaded = oneEvent(el, 'news-feed-load');
    el.feed = feedWith('a', 'b');
    expect((await loaded).detail.feed.items).to.have.length(2);
    await waitUntil(() => status(el) === 'complete 2');
    const again = oneEvent(el, 'news-feed-load');
    el.reload();
    await again;
  });

  it('registers under its tag once: define() again is a quiet no-op', () => {
    const capture = captureConsole();
    try {
      expect(customElements.get('test-source-probe')).to.equal(SourceProbe);
      expect(SourceProbe.define()).to.equal(false);
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });
});
