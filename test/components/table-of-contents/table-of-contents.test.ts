import { expect, fixture, html } from '@open-wc/testing';
import { TableOfContents } from '../../../src/components/table-of-contents/table-of-contents.js';
import '../../../src/components/table-of-contents/table-of-contents.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { feedOf, SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, shadow, text, texts } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';
import { itFollowsHeadingLevel } from '../../helpers/heading-behaviour.js';

const SECTIONS = sample.items[0]._news!.sections!;

type Level = [title: string, level: number];
/** A feed of one article with these sections (ids made from the titles). */
const sectionsFeed = (...sections: Level[]) =>
  feedOf([
    {
      id: 'story',
      title: 'Story',
      language: 'en-GB',
      _news: { sections: sections.map(([title, level]) => ({ id: title.toLowerCase(), title, level })) },
    },
  ]);

/** The list as nested arrays of titles: a title, then its sub-list when it has one. */
function tree(list: Element): unknown[] {
  return [...list.children].map((item) => {
    expect(item.localName).to.equal('li');
    const title = item.querySelector(':scope > a')!.textContent!.trim();
    const sub = item.querySelector(':scope > ul');
    return sub ? [title, tree(sub)] : title;
  });
}

describe('table-of-contents', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('table-of-contents')).to.equal(TableOfContents);
    expect(TableOfContents.tagName).to.equal('table-of-contents');
    expect(await fixture(html`<table-of-contents></table-of-contents>`)).to.be.instanceOf(TableOfContents);
  });

  it('renders the sample sections from src: a nav named by its heading, nested lists by level, links to #id', async () => {
    const el = await mount<TableOfContents>(html`<table-of-contents src=${SAMPLE_FEED_URL}></table-of-contents>`);
    const nav = $(el, 'nav[part="base"]')!;
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Table of Contents');
    expect(nav.getAttribute('aria-labelledby')).to.equal(heading.id);
    const list = $(el, '#list')!;
    expect(list.getAttribute('part')).to.equal('list');
    expect(list.getAttribute('lang')).to.equal('en');
    expect(tree(list)).to.deep.equal([
      [SECTIONS[0].title, [SECTIONS[1].title]],
      [SECTIONS[2].title, [SECTIONS[3].title, SECTIONS[4].title, SECTIONS[5].title]],
      [SECTIONS[6].title, [SECTIONS[7].title, SECTIONS[8].title, SECTIONS[9].title, SECTIONS[10].title]],
    ]);
    const links = $$<HTMLAnchorElement>(el, 'a[part~="link"]');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(SECTIONS.map((section) => `#${section.id}`));
    expect(list.getAttribute('dir'), 'the titles keep their own direction').to.equal('auto');
    expect($$(el, 'ul[part="list sublist"]')).to.have.length(3);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('renders a .feed object, an inline script and a <news-feed> ancestor', async () => {
    const fromProperty = await mount<TableOfContents>(html`<table-of-contents .feed=${sample}></table-of-contents>`);
    expect($$(fromProperty, '[part~="link"]')).to.have.length(SECTIONS.length);
    const inline = await mount<TableOfContents>(html`<table-of-contents>
      <script type="application/feed+json">${JSON.stringify(sectionsFeed(['One', 2], ['Two', 2]))}</script>
    </table-of-contents>`);
    expect(texts(inline, '[part~="link"]')).to.deep.equal(['One', 'Two']);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><table-of-contents item=${SEED_ARTICLE_ID}></table-of-contents></news-feed>`);
    const provided = await rendered(wrapper.querySelector('table-of-contents')!);
    expect($$(provided, '[part~="link"]')).to.have.length(SECTIONS.length);
  });

  it('takes the sections from the headings of content_html when the feed names none', async () => {
    const feed = feedOf([
      {
        id: 'body',
        title: 'Body',
        content_html: '<p>Intro</p><h2>First part</h2><p>x</p><h3 id="own">Detail</h3><p>y</p><h2>First part</h2><h5>Too deep</h5>',
      },
    ]);
    const el = await mount<TableOfContents>(html`<table-of-contents .feed=${feed}></table-of-contents>`);
    expect(tree($(el, '#list')!)).to.deep.equal([['First part', ['Detail']], 'First part']);
    const hrefs = $$<HTMLAnchorElement>(el, '[part~="link"]').map((link) => link.getAttribute('href'));
    expect(hrefs[1]).to.equal('#own');
    expect(new Set(hrefs).size, 'ids are unique').to.equal(3);
  });

  it('links to the ids <article-body> gives the same headings (both read the body once, when shown)', async () => {
    await import('../../../src/components/article-body/article-body.define.js');
    const feed = feedOf([
      { id: 'body', title: 'Body', content_html: '<h2>Same</h2><p>x</p><h3>Ünïcode &amp; more</h3><h2>Same</h2><h4 id="own">Own</h4>' },
    ]);
    const page = await fixture(
      html`<div><table-of-contents .feed=${feed}></table-of-contents><article-body .feed=${feed}></article-body></div>`
    );
    const [toc, body] = await Promise.all([...page.children].map((child) => rendered(child)));
    const ids = $$(toc, '[part~="link"]').map((link) => link.getAttribute('href')!.slice(1));
    expect(ids).to.deep.equal(['same', 'unicode-more', 'same-2', 'own']);
    expect($$(body, '[part="content"] [id]').map((heading) => heading.id)).to.deep.equal(ids);
  });

  it('nests by relative level: a jump never breaks the lists, a first deeper section stays on top', async () => {
    const el = await mount<TableOfContents>(
      html`<table-of-contents .feed=${sectionsFeed(['A', 3], ['B', 2], ['C', 4], ['D', 3], ['E', 6], ['F', 2])}></table-of-contents>`
    );
    expect(tree($(el, '#list')!)).to.deep.equal(['A', ['B', ['C', ['D', ['E']]]], 'F']);
    // Every list holds only items, every item one link and at most one list.
    for (const list of $$(el, 'ul')) expect([...list.children].every((child) => child.localName === 'li')).to.equal(true);
    for (const item of $$(el, 'li')) expect(item.querySelectorAll(':scope > a').length).to.equal(1);
    const levels = await mount<TableOfContents>(
      html`<table-of-contents .feed=${sectionsFeed(['A', 4], ['B', 4], ['C', 4])}></table-of-contents>`
    );
    expect(tree($(levels, '#list')!), 'one level, whichever it is, is one flat list').to.deep.equal(['A', 'B', 'C']);
  });

  it('shows the item named by `item`, and reacts when it changes', async () => {
    const feed = feedOf([
      { id: 'a', title: 'A', _news: { sections: [{ id: 'a1', title: 'A one', level: 2 }] } },
      { id: 'b', title: 'B', _news: { sections: [{ id: 'b1', title: 'B one', level: 2 }] } },
    ]);
    const el = await mount<TableOfContents>(html`<table-of-contents .feed=${feed} item="b"></table-of-contents>`);
    expect(texts(el, '[part~="link"]')).to.deep.equal(['B one']);
    el.item = 'a';
    await el.updateComplete;
    expect(texts(el, '[part~="link"]')).to.deep.equal(['A one']);
    el.item = 'missing';
    await el.updateComplete;
    expect($(el, '[part="empty"]')!.textContent).to.equal('This article is not in the feed.');
  });

  describe('heading', () => {
    itFollowsHeadingLevel('table-of-contents');

    it('shows the `heading` text; with heading="" the nav is still named and the toggle shows the name', async () => {
      const el = await mount<TableOfContents>(html`<table-of-contents .feed=${sample} heading="In this article"></table-of-contents>`);
      expect(text(el, '[part="heading"]')).to.equal('In this article');
      expect(text(el, '[part="toggle"]'), 'the toggle is named by the heading').to.equal('In this article');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect($(el, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
      const nav = $(el, 'nav')!;
      expect(nav.hasAttribute('aria-labelledby')).to.equal(false);
      expect(nav.getAttribute('aria-label')).to.equal('Table of Contents');
      expect(text(el, '[part="toggle"]')).to.equal('Table of Contents');
      expect($(el, '[part="toggle"] .visually-hidden'), 'the label shows when there is no heading').to.equal(null);
    });
  });

  it('applies its CSS custom properties', async () => {
    const el = await mount<TableOfContents>(html`<table-of-contents
      .feed=${sample}
      style="width: 50rem; --news-table-of-contents-accent: rgb(180, 83, 26); --news-table-of-contents-background: rgb(251, 243, 236); --news-table-of-contents-padding: 3px; --news-table-of-contents-indent: 40px; --news-table-of-contents-gap: 9px"
    ></table-of-contents>`);
    const base = getComputedStyle($(el, '[part="base"]')!);
    expect(base.backgroundColor).to.equal('rgb(251, 243, 236)');
    expect(base.paddingTop).to.equal('3px');
    expect(getComputedStyle($(el, '[part~="sublist"]')!).paddingLeft).to.equal('40px');
    expect(getComputedStyle($(el, '#list')!).rowGap).to.equal('9px');
    const link = $<HTMLAnchorElement>(el, '[part~="link"]')!;
    link.setAttribute('aria-current', 'true');
    expect(getComputedStyle(link).borderLeftColor).to.equal('rgb(180, 83, 26)');
    // A nested link in view takes the accent too, over the muted colour of nested links.
    const nested = $<HTMLAnchorElement>(el, '[part~="sublist"] [part~="link"]')!;
    const muted = getComputedStyle(nested).color;
    nested.setAttribute('aria-current', 'true');
    expect(getComputedStyle(nested).color).to.equal('rgb(180, 83, 26)');
    expect(muted).not.to.equal('rgb(180, 83, 26)');
  });

  it('keeps hostile section titles and ids inert', async () => {
    const feed = feedOf([
      {
        id: 'x',
        title: 'X',
        _news: { sections: [{ id: 'a" onmouseover="window.__pwned=1', title: '<img src=x onerror="window.__pwned=1">', level: 2 }] },
      },
    ]);
    const el = await mount<TableOfContents>(html`<table-of-contents .feed=${feed}></table-of-contents>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    const link = $<HTMLAnchorElement>(el, '[part~="link"]')!;
    expect(link.getAttributeNames().sort()).to.deep.equal(['class', 'href', 'part']);
    expect(link.getAttribute('href')).to.equal('#a" onmouseover="window.__pwned=1');
    expect(link.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
