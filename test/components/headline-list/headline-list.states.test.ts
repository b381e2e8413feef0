import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/headline-list/headline-list.define.js';
import type { HeadlineList } from '../../../src/components/headline-list/headline-list.js';
import { FeedLoader } from '../../../src/on-demand/feed/load.js';
import { feedOf } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { feedServerUrl, uniqueKey } from '../../helpers/fixtures.js';
import { $ } from '../../helpers/query.js';
import { mount } from '../../helpers/settle.js';

describe('<headline-list>', () => {
  failOnConsoleErrors();

  describe('states', () => {
    it('shows a skeleton of the list while loading', async () => {
      const el = await fixture<HeadlineList>(
        html`<headline-list src=${feedServerUrl(uniqueKey('slow'), { delay: 3000 })} limit="3"></headline-list>`
      );
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelectorAll('.item')).to.have.length(3);
      expect(skeleton.querySelectorAll('.thumb').length).to.equal(3);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
    });

    it('says when the feed has no items', async () => {
      const el = await mount<HeadlineList>(html`<headline-list .feed=${feedOf([])}></headline-list>`);
      expect($(el, '[part="empty"]')!.textContent).to.equal('No headlines yet.');
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const el = await mount<HeadlineList>(
        html`<headline-list src=${feedServerUrl(uniqueKey('broken'), { status: 500 })} .loader=${new FeedLoader({ retries: 0 })}></headline-list>`
      );
      const error = $(el, '[role="alert"]')!;
      expect(error.getAttribute('part')).to.equal('error');
      expect(error.querySelector('button[part="retry"]')).not.to.equal(null);
    });
  });
});
