import { expect } from '@open-wc/testing';
import { newsArticleData, newsArticleJson, writeNewsArticle } from '../../../src/on-demand/json-ld/news-article-json-ld.js';
import { normalizeFeed } from '../../../src/on-demand/feed/normalize.js';
import { feedOf } from '../../../sample/sample-data.js';

describe('news-article JSON-LD writer', () => {
  const sparse = normalizeFeed(feedOf([{ id: 'a', title: 'Only a title', url: 'https://news.example/a' }])).feed;

  it('writes only what the item has: no empty lists, no undefined keys', () => {
    const data = newsArticleData(sparse.items[0], sparse);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Only a title',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/a' },
      url: 'https://news.example/a',
    });
  });

  it('escapes < so feed text cannot end the script', () => {
    const hostile = normalizeFeed(feedOf([{ id: 'b', title: '</script><script>alert(1)</script>' }])).feed;
    const json = newsArticleJson(hostile.items[0], hostile);
    expect(json).not.to.contain('<');
    expect(JSON.parse(json).headline).to.equal('</script><script>alert(1)</script>');
  });

  it('keeps one script as the host’s last child and rewrites it only when it changed', () => {
    const host = document.createElement('div');
    host.append(document.createElement('span'));
    const script = writeNewsArticle(host, undefined, sparse.items[0], sparse);
    expect(host.lastElementChild).to.equal(script);
    expect(script.type).to.equal('application/ld+json');
    const text = script.firstChild;
    expect(writeNewsArticle(host, script, sparse.items[0], sparse)).to.equal(script);
    expect(script.firstChild, 'the same text node: nothing rewritten').to.equal(text);
    expect(host.querySelectorAll('script')).to.have.length(1);
  });
});
