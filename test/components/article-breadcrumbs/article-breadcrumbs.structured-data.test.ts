import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/article-breadcrumbs/article-breadcrumbs.define.js';
import type { ArticleBreadcrumbs } from '../../../src/components/article-breadcrumbs/article-breadcrumbs.js';
import { feedOf, SAMPLE_FEED as sample } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { mount } from '../../helpers/settle.js';

const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
const hasJsonLd = (el: Element) => jsonLd(el) !== null;

describe('article-breadcrumbs', () => {
  failOnConsoleErrors();

  describe('structured data', () => {
    it('writes, updates and removes a schema.org BreadcrumbList JSON-LD script in the light DOM', async () => {
      const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${sample}></article-breadcrumbs>`);
      expect(hasJsonLd(el)).to.equal(false);
      el.structuredData = true;
      await el.updateComplete;
      expect(el.hasAttribute('structured-data'), 'reflected').to.equal(true);
      // The code that writes it may still be on its way (it is loaded on demand).
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      expect(JSON.parse(jsonLd(el)!.textContent!)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://www.globalbankingandfinance.com/' },
          { '@type': 'ListItem', position: 2, name: 'Headlines' },
          {
            '@type': 'ListItem',
            position: 3,
            name: "Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases",
            item: 'https://news.example/headlines/coale-lukashenko-minsk-2026-03-19',
          },
        ],
      });
      el.feed = feedOf([{ id: 'z', title: 'Changed', _news: { breadcrumbs: [{ title: 'Start', url: 'https://news.example/' }] } }]);
      await waitUntil(() => JSON.parse(jsonLd(el)!.textContent!).itemListElement.length === 2, 'the JSON-LD did not follow the feed');
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement.map((entry: { name: string }) => entry.name)).to.deep.equal([
        'Start',
        'Changed',
      ]);
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(false);
      el.toggleAttribute('structured-data', true);
      await el.updateComplete;
      expect(hasJsonLd(el)).to.equal(true);
      const parent = el.parentElement!;
      el.remove();
      expect(hasJsonLd(el), 'removed on disconnect').to.equal(false);
      parent.append(el);
      expect(hasJsonLd(el), 'back on reconnect').to.equal(true);
    });

    it('writes no JSON-LD for an article without a trail', async () => {
      const el = await mount<ArticleBreadcrumbs>(
        html`<article-breadcrumbs .feed=${feedOf([{ id: 'x', url: 'https://news.example/x' }])} structured-data></article-breadcrumbs>`
      );
      expect(el.hasAttribute('empty')).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(hasJsonLd(el)).to.equal(false);
    });

    it('keeps hostile strings as data: < is escaped, so a crumb cannot close the script', async () => {
      const hostile = (await fetchJson(HOSTILE_FEED_URL)) as { items: { _news: Record<string, unknown> }[] };
      hostile.items[0]._news.breadcrumbs = [{ title: 'Try </script><script>alert(40)</script>' }];
      const el = await mount<ArticleBreadcrumbs>(html`<article-breadcrumbs .feed=${hostile} structured-data></article-breadcrumbs>`);
      await waitUntil(() => hasJsonLd(el), 'no JSON-LD was written');
      const text = jsonLd(el)!.textContent!;
      expect(text).not.to.include('<');
      expect(text).to.include('\\u003c/script>');
      const names = JSON.parse(text).itemListElement.map((entry: { name: string }) => entry.name);
      expect(names).to.deep.equal(['Try </script><script>alert(40)</script>', '<script>alert(1)</script><img src=x onerror=alert(2)>']);
      expect(el.querySelectorAll('script')).to.have.length(1);
    });
  });
});
