import { expect, fixture, html } from '@open-wc/testing';
import { ArticleTags } from '../../../src/components/article-tags/article-tags.js';
import '../../../src/components/article-tags/article-tags.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { fetchJson, HOSTILE_FEED_URL } from '../../helpers/fixtures.js';
import { $, $$, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const SEED_TAGS = ['Finance', 'World News', 'Politics'];

/** Tags that try to leave their URL component, or to be a URL of their own. */
const HOSTILE_TAGS_FEED = feedOf([
  { id: 'hostile-tags', title: 'Tags', tags: ['a/b?c#d', 'javascript:alert(1)', '../../admin', '100% & more', 'ÄÖÜ', ' a/b?c#d '] },
]);

const hrefs = (el: ArticleTags) => $$<HTMLAnchorElement>(el, 'a[part~="chip"]').map((link) => link.href);

describe('article-tags', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('article-tags')).to.equal(ArticleTags);
    expect(ArticleTags.tagName).to.equal('article-tags');
    expect(await fixture(html`<article-tags></article-tags>`)).to.be.instanceOf(ArticleTags);
  });

  it('renders the seed article’s tags from src as a labelled list of chips', async () => {
    const el = await mount<ArticleTags>(html`<article-tags src=${SAMPLE_FEED_URL}></article-tags>`);
    const list = $(el, 'ul[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Tags');
    expect(list.getAttribute('role')).to.equal('list');
    expect(texts(el, 'li[part="tag"]')).to.deep.equal(SEED_TAGS);
    expect($$(el, 'span[part="chip"]')).to.have.length(3);
    expect($(el, 'a'), 'no links without tag-href').to.equal(null);
    expect($(el, '[part="chip"]')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="chip"]')!.getAttribute('dir')).to.equal('auto');
    expect($(el, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor alike', async () => {
    expect(texts(await mount<ArticleTags>(html`<article-tags .feed=${sample}></article-tags>`), '[part="tag"]')).to.deep.equal(SEED_TAGS);
    const inline = await mount<ArticleTags>(html`<article-tags>
      <script type="application/feed+json">${JSON.stringify(HOSTILE_TAGS_FEED)}</script>
    </article-tags>`);
    expect(texts(inline, '[part="tag"]')).to.have.length(5);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><article-tags item=${SEED_ARTICLE_ID}></article-tags></news-feed>`);
    expect(texts(await rendered(wrapper.querySelector('article-tags')!), '[part="tag"]')).to.deep.equal(SEED_TAGS);
  });

  it('links each tag through the tag-href template, the tag encoded as one URL component', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${sample} tag-href="https://site.example/tag/{tag}"></article-tags>`);
    expect(hrefs(el)).to.deep.equal([
      'https://site.example/tag/Finance',
      'https://site.example/tag/World%20News',
      'https://site.example/tag/Politics',
    ]);
    for (const link of $$<HTMLAnchorElement>(el, 'a[part~="chip"]')) {
      expect(link.getAttribute('part')).to.equal('chip link');
      expect(link.rel).to.equal('tag');
      expect(link.hasAttribute('target')).to.equal(false);
    }
    el.tagHref = '/topics?t={tag}&from={tag}';
    await el.updateComplete;
    expect(hrefs(el)[1], 'relative to the page, every {tag} replaced').to.equal(
      new URL('/topics?t=World%20News&from=World%20News', location.href).href
    );
    el.tagHref = 'https://site.example/tags';
    await el.updateComplete;
    expect(hrefs(el), 'a template without {tag} links nothing').to.deep.equal([]);
  });

  it('keeps hostile tags inside their URL component, and drops repeats and blanks', async () => {
    const el = await mount<ArticleTags>(
      html`<article-tags .feed=${HOSTILE_TAGS_FEED} tag-href="https://site.example/tag/{tag}/"></article-tags>`
    );
    expect(texts(el, '[part="tag"]')).to.deep.equal(['a/b?c#d', 'javascript:alert(1)', '../../admin', '100% & more', 'ÄÖÜ']);
    expect(hrefs(el)).to.deep.equal([
      'https://site.example/tag/a%2Fb%3Fc%23d/',
      'https://site.example/tag/javascript%3Aalert(1)/',
      'https://site.example/tag/..%2F..%2Fadmin/',
      'https://site.example/tag/100%25%20%26%20more/',
      'https://site.example/tag/%C3%84%C3%96%C3%9C/',
    ]);
    for (const link of $$<HTMLAnchorElement>(el, 'a')) {
      const url = new URL(link.href);
      expect(url.search, link.href).to.equal('');
      expect(url.hash, link.href).to.equal('');
    }
    // A template that is nothing but the tag: a tag that looks like a URL stays a relative path.
    el.tagHref = '{tag}';
    await el.updateComplete;
    expect(hrefs(el)[1]).to.equal(new URL('javascript%3Aalert(1)', location.href).href);
    for (const href of hrefs(el)) expect(new URL(href).protocol).to.match(/^https?:$/);
  });

  it('rejects templates that are not http(s): plain chips instead of links', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${sample}></article-tags>`);
    for (const template of [
      'javascript:alert(document.domain)//{tag}',
      ' JavaScript:void({tag})',
      'data:text/html,{tag}',
      'vbscript:{tag}',
      'https://[{tag}]/',
    ]) {
      el.tagHref = template;
      await el.updateComplete;
      expect($(el, 'a'), template).to.equal(null);
      expect($$(el, 'span[part="chip"]'), template).to.have.length(3);
    }
  });

  it('shows its name before the chips with `labelled`, and names the list by it', async () => {
    const el = await mount<ArticleTags>(html`<article-tags .feed=${sample} labelled></article-tags>`);
    const label = $(el, '[part="label"]')!;
    expect(label.textContent).to.equal('Tags');
    const list = $(el, '[part="list"]')!;
    expect(list.getAttribute('aria-labelledby')).to.equal(label.id);
    expect(list.hasAttribute('aria-label'), 'one name, not two').to.equal(false);
    expect(label.getBoundingClientRect().right, 'before the first chip').to.be.at.most($(el, '[part="tag"]')!.getBoundingClientRect().left);
    el.labelled = false;
    await el.updateComplete;
    expect($(el, '[part="label"]')).to.equal(null);
    expect(list.getAttribute('aria-label')).to.equal('Tags');
  });

  it('opens tag links in a new tab with target="_blank", with rel and a hidden notice', async () => {
    const el = await mount<ArticleTags>(
      html`<article-tags .feed=${sample} tag-href="https://site.example/tag/{tag}" target="_blank"></article-tags>`
    );
    const link = $<HTMLAnchorElement>(el, 'a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('tag noopener noreferrer');
    expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
    el.target = '_self';
    await el.updateComplete;
    expect(link.rel).to.equal('tag');
    expect(link.querySelector('.visually-hidden')).to.equal(null);
  });

  it('shows the article named by `item`, and reacts when it changes', async () => {
    const feed = feedOf([
      { id: 'a', title: 'A', tags: ['Alpha'] },
      { id: 'b', title: 'B', tags: ['Beta', 'Gamma'] },
    ]);
    const el = await mount<ArticleTags>(html`<article-tags .feed=${feed} item="b"></article-tags>`);
    expect(texts(el, '[part="tag"]')).to.deep.equal(['Beta', 'Gamma']);
    el.item = 'a';
    await el.updateComplete;
    expect(texts(el, '[part="tag"]')).to.deep.equal(['Alpha']);
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<ArticleTags>(html`<article-tags
      .feed=${sample}
      style="--news-article-tags-background: rgb(1, 2, 3); --news-article-tags-color: rgb(250, 250, 250); --news-article-tags-radius: 3px; --news-article-tags-gap: 11px; --news-article-tags-border: rgb(9, 9, 9)"
    ></article-tags>`);
    const chip = getComputedStyle($(el, '[part="chip"]')!);
    expect([chip.backgroundColor, chip.color, chip.borderTopLeftRadius, chip.borderTopColor]).to.deep.equal([
      'rgb(1, 2, 3)',
      'rgb(250, 250, 250)',
      '3px',
      'rgb(9, 9, 9)',
    ]);
    expect(getComputedStyle($(el, '[part="list"]')!).columnGap).to.equal('11px');
  });

  it('renders hostile tags as inert text', async () => {
    const hostile = await fetchJson(HOSTILE_FEED_URL);
    const el = await mount<ArticleTags>(html`<article-tags .feed=${hostile} tag-href="https://site.example/{tag}"></article-tags>`);
    expect(texts(el, '[part="tag"]')).to.deep.equal(['<b>bold</b>']);
    expect($$(el, 'b, img, script')).to.have.length(0);
    expect(hrefs(el)).to.deep.equal(['https://site.example/%3Cb%3Ebold%3C%2Fb%3E']);
  });
});
