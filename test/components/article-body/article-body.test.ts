import { expect, fixture, html } from '@open-wc/testing';
import { ArticleBody } from '../../../src/components/article-body/article-body.js';
import '../../../src/components/article-body/article-body.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { findSectionTarget, onSectionTargetsChange } from '../../../src/util/section-targets.js';
import { SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, shadow } from '../../helpers/query.js';
import { mount, rendered } from '../../helpers/settle.js';

const SECTIONS = sample.items[0]._news.sections!;
const headingsOf = (el: ArticleBody) => $$(el, '[part="content"] :is(h1, h2, h3, h4, h5, h6)');
const levelsOf = (el: ArticleBody) => headingsOf(el).map((heading) => Number(heading.localName[1]));

describe('article-body', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('article-body')).to.equal(ArticleBody);
    expect(ArticleBody.tagName).to.equal('article-body');
    const el = await fixture(html`<article-body></article-body>`);
    expect(el).to.be.instanceOf(ArticleBody);
  });

  it('renders the sample article from src: every section, with the ids of item.sections, in order', async () => {
    const el = await mount<ArticleBody>(html`<article-body src=${SAMPLE_FEED_URL}></article-body>`);
    const content = $(el, '[part="content"]')!;
    expect($(el, '[part="base"]')).to.exist;
    expect(headingsOf(el).map((heading) => [heading.id, heading.textContent!.trim()])).to.deep.equal(
      SECTIONS.map((section) => [section.id, section.title])
    );
    expect(levelsOf(el)).to.deep.equal(SECTIONS.map((section) => section.level));
    expect(content.querySelectorAll('p').length).to.be.greaterThan(10);
    expect(content.textContent).to.include('U.S. presidential envoy John Coale met Belarusian President');
    expect([content.lang, content.dir]).to.deep.equal(['en', 'auto']);
    expect(el.hasAttribute('empty')).to.equal(false);
  });

  it('takes its feed from .feed, an inline script and a <news-feed> ancestor', async () => {
    const fromProperty = await mount<ArticleBody>(html`<article-body .feed=${sample}></article-body>`);
    expect(headingsOf(fromProperty)).to.have.length(SECTIONS.length);
    const inline = await mount<ArticleBody>(html`<article-body>
      <script type="application/feed+json">${JSON.stringify(sample)}</script>
    </article-body>`);
    expect(headingsOf(inline)).to.have.length(SECTIONS.length);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><article-body item=${SEED_ARTICLE_ID}></article-body></news-feed>`);
    const provided = await rendered(wrapper.querySelector('article-body')!);
    expect(headingsOf(provided as ArticleBody)).to.have.length(SECTIONS.length);
  });

  it('shifts the headings to heading-level, ids kept, clamped at 2 and 6', async () => {
    const el = await mount<ArticleBody>(html`<article-body .feed=${sample} heading-level="3"></article-body>`);
    expect(levelsOf(el)).to.deep.equal(SECTIONS.map((section) => section.level + 1));
    expect(headingsOf(el).map((heading) => heading.id)).to.deep.equal(SECTIONS.map((section) => section.id));
    for (const [level, expected] of [
      [5, [5, 6]],
      [9, [6]],
      [1, [2, 3]],
      [Number.NaN, [2, 3]],
    ] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect([...new Set(levelsOf(el))], `heading-level ${level}`).to.deep.equal(expected);
    }
    // A body whose highest heading is an h1 or an h4 starts at the level too.
    const deep = await mount<ArticleBody>(
      html`<article-body .feed=${seedArticleFeed({ content_html: '<h1>One</h1><p>a</p><h4 id="four">Four</h4><p>b</p>' })}></article-body>`
    );
    expect(levelsOf(deep)).to.deep.equal([2, 5]);
    expect(headingsOf(deep)[1].id).to.equal('four');
  });

  it('shows another article when item changes', async () => {
    const feed = {
      ...sample,
      items: [sample.items[0], { id: 'second', title: 'Second', content_html: '<p>The second body.</p>', language: 'fr' }],
    };
    const el = await mount<ArticleBody>(html`<article-body .feed=${feed}></article-body>`);
    expect(headingsOf(el)).to.have.length(SECTIONS.length);
    el.item = 'second';
    await el.updateComplete;
    expect($(el, '[part="content"]')!.textContent!.trim()).to.equal('The second body.');
    expect($(el, '[part="content"]')!.lang).to.equal('fr');
  });

  it('shows content_text as paragraphs when there is no HTML body', async () => {
    const feed = seedArticleFeed({ content_html: undefined, content_text: 'First paragraph.\n\nSecond <b>paragraph</b>.', language: 'de' });
    const el = await mount<ArticleBody>(html`<article-body .feed=${feed}></article-body>`);
    const paragraphs = $$(el, '[part="content"] p');
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(['First paragraph.', 'Second <b>paragraph</b>.']);
    expect(paragraphs.every((p) => p.dir === 'auto')).to.equal(true);
    expect($(el, '[part="content"]')!.lang).to.equal('de');
    expect($(el, '[part="content"] b')).to.equal(null);
  });

  it('registers its headings, so a table of contents elsewhere finds them, and unregisters when removed', async () => {
    let changes = 0;
    const stop = onSectionTargetsChange(() => changes++);
    const wrapper = await fixture<HTMLElement>(html`<div><article-body .feed=${sample}></article-body></div>`);
    const el = await rendered(wrapper.querySelector('article-body')!);
    expect(changes, 'registered and rendered').to.be.at.least(2);
    const id = SECTIONS[2].id;
    expect(document.getElementById(id), 'not in the document').to.equal(null);
    const target = findSectionTarget(id)!;
    expect(target).to.equal(shadow(el).getElementById(id));
    expect(target.textContent).to.equal(SECTIONS[2].title);
    el.remove();
    expect(findSectionTarget(id)).to.equal(null);
    stop();
  });

  it('scrolls to the target of a #id link in the body instead of navigating', async () => {
    const feed = seedArticleFeed({
      content_html: '<p><a href="#note">see note</a></p>' + '<p>filler</p>'.repeat(80) + '<h2 id="note">Note</h2><p>The note.</p>',
    });
    const el = await mount<ArticleBody>(html`<article-body .feed=${feed}></article-body>`);
    const link = $<HTMLAnchorElement>(el, '[part="content"] a')!;
    const before = location.hash;
    let prevented = false;
    el.addEventListener('click', (event) => (prevented = event.defaultPrevented));
    link.click();
    expect(prevented).to.equal(true);
    expect(location.hash).to.equal(before);
  });

  it('lays images out with their size reserved and scaled to the column', async () => {
    const feed = seedArticleFeed({
      content_html:
        '<figure><img src="/sample/images/missing.png" width="1600" height="900" alt="A chart"><figcaption>The chart</figcaption></figure>',
    });
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px"><article-body .feed=${feed}></article-body></div>`);
    const el = await rendered(wrapper.querySelector('article-body')!);
    const image = $<HTMLImageElement>(el, 'img')!;
    expect([image.loading, image.decoding, image.alt]).to.deep.equal(['lazy', 'async', 'A chart']);
    const box = image.getBoundingClientRect();
    expect(box.width).to.equal(400);
    expect(Math.round(box.height)).to.equal(225);
  });
});

describe('article-body with a table of contents elsewhere on the page', () => {
  failOnConsoleErrors();

  it('a link of <table-of-contents> reaches the heading inside the body’s shadow root', async () => {
    await import('../../../src/components/table-of-contents/table-of-contents.define.js');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <table-of-contents .feed=${sample}></table-of-contents>
      <article-body .feed=${sample}></article-body>
    </div>`);
    const body = await rendered(wrapper.querySelector('article-body')!);
    const toc = await rendered(wrapper.querySelector('table-of-contents')!);
    const section = SECTIONS[4];
    const link = shadow(toc).querySelector<HTMLAnchorElement>(`a[href="#${section.id}"]`)!;
    expect(link, 'the table of contents links the section').to.exist;
    link.click();
    const heading = shadow(body).getElementById(section.id)!;
    expect(shadow(body).activeElement, 'the focus moved to the heading').to.equal(heading);
  });
});
