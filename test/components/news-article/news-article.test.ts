import { expect, fixture, html } from '@open-wc/testing';
import { NewsArticle } from '../../../src/components/news-article/news-article.js';
import '../../../src/components/news-article/news-article.define.js';
import '../../../src/components/news-feed/news-feed.define.js';
import { SAMPLE_FEED as sample, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID, seedArticleFeed } from '../../../sample/sample-data.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { $, $$, text } from '../../helpers/query.js';
import { rendered, settle, until } from '../../helpers/settle.js';
import { articleReady, EVERY_PART, outline, partOf, partOrder } from './news-article.helpers.js';

const SEED_TITLE = "Trump's envoy Coale meets Belarus leader Lukashenko, seeking to win more prisoner releases";

/** The default tag of each part that is a widget. */
const WIDGET_TAGS = {
  breadcrumbs: 'article-breadcrumbs',
  meta: 'article-meta',
  tags: 'article-tags',
  summary: 'quick-summary',
  toc: 'table-of-contents',
  body: 'article-body',
  credits: 'article-meta',
  takeaways: 'key-takeaways',
  references: 'reference-list',
  faq: 'faq-accordion',
  newsletter: 'newsletter-signup',
  pager: 'article-pager',
  related: 'headline-list',
  disclosure: 'editorial-disclosure',
} as const;

describe('news-article', () => {
  failOnConsoleErrors();

  it('is defined as its own class', async () => {
    expect(customElements.get('news-article')).to.equal(NewsArticle);
    expect(NewsArticle.tagName).to.equal('news-article');
    const el = await fixture(html`<news-article></news-article>`);
    expect(el).to.be.instanceOf(NewsArticle);
    expect(text(el, '[part="message"]')).to.equal('No feed was given to this widget.');
  });

  it('renders the seed article from src with every part, in the seed page’s order', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article src=${SAMPLE_FEED_URL}></news-article>`));
    expect(partOrder(el)).to.deep.equal([...EVERY_PART]);
    for (const [name, tag] of Object.entries(WIDGET_TAGS)) {
      const part = partOf(el, name as keyof typeof WIDGET_TAGS)!;
      expect(part.localName, name).to.equal(tag);
      expect(part.getAttribute('lang'), `${name} speaks the article's language`).to.equal(el.locale);
    }
    // The article's own markup: category, headline (the page's h1), hero image with its caption.
    expect(text(el, '[part="category"]')).to.equal('Headlines');
    const headline = $(el, '[part="headline"]')!;
    expect(headline.localName).to.equal('h1');
    expect(headline.textContent).to.equal(SEED_TITLE);
    expect($(el, 'article[part="article"]')!.getAttribute('aria-labelledby')).to.equal(headline.id);
    const picture = $<HTMLImageElement>(el, 'img[part="picture"]')!;
    expect(picture.src).to.match(/\/sample\/images\/coale-lukashenko-hero\.svg$/);
    expect(picture.alt).to.match(/^Trump's envoy Coale meets Belarus leader Lukashenko/);
    expect(text(el, '[part="caption"]')).to.equal("Placeholder image: the seed article's photo is not included");
    // The parts show this article: the meta line without the credits, which follow the body.
    expect(partOf(el, 'meta')!.getAttribute('hide')).to.equal('dateline credits');
    expect(partOf(el, 'credits')!.getAttribute('show')).to.equal('credits');
    expect(partOf(el, 'credits')!.shadowRoot!.textContent).to.contain('Reporting by Mark Trevelyan');
    // "Tags:" before the chips, and every other headline of the category, as on the seed page.
    expect(partOf(el, 'tags')!.hasAttribute('labelled')).to.equal(true);
    expect($$(partOf(el, 'related')!, 'li[part~="item"]')).to.have.length(12);
    for (const name of ['summary', 'body', 'takeaways', 'faq', 'pager'] as const) {
      expect(partOf(el, name)!.getAttribute('item'), name).to.equal(SEED_ARTICLE_ID);
    }
  });

  it('keeps its skeleton until every part it shows has its code, then shows them all in one render', async () => {
    const el = document.createElement('news-article');
    el.feed = sample;
    // Each update's parts, read as it ends: the first without the skeleton must have them all.
    const rendersWithout: string[][] = [];
    el.addController({
      hostUpdated: () => {
        if (!$(el, '[part="skeleton"]')) rendersWithout.push(partOrder(el));
      },
    });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part="skeleton"]'), 'the first render: no part has its code yet').to.exist;
      await articleReady(el);
      expect(rendersWithout[0]).to.deep.equal([...EVERY_PART]);
    } finally {
      el.remove();
    }
  });

  it('nests every part heading one level under the h1 headline', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${sample}></news-article>`));
    const headings = outline(el);
    expect(headings[0]).to.equal(`h1 ${SEED_TITLE}`);
    expect(
      headings.filter((heading) => heading.startsWith('h1')),
      'one h1'
    ).to.have.length(1);
    for (const expected of [
      'h2 Quick Summary',
      'h2 Table of Contents',
      'h2 Key Takeaways',
      'h2 References',
      'h2 Frequently Asked Questions',
      'h2 More from Headlines',
    ]) {
      expect(headings, expected).to.include(expected);
    }
    // The seed's order of headings: summary, contents, the body's sections, takeaways, references, FAQ.
    const order = [
      'h2 Quick Summary',
      'h2 Table of Contents',
      'h2 U.S. Diplomatic Efforts',
      'h2 Key Takeaways',
      'h2 References',
      'h2 Frequently Asked Questions',
      'h2 More from Headlines',
    ].map((start) => headings.findIndex((heading) => heading.startsWith(start)));
    expect(order.every((index, i) => index > (order[i - 1] ?? 0))).to.equal(true);
    expect(headings, 'the FAQ questions one deeper').to.include('h3 1 Who did John Coale meet in Minsk?');
  });

  it('moves the focus from a table-of-contents link to the section in the body', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${sample}></news-article>`));
    const toc = partOf(el, 'toc')!;
    const link = $$<HTMLAnchorElement>(toc, 'a[part~="link"]').find(
      (candidate) => candidate.textContent!.trim() === 'Previous Negotiations and Outcomes'
    )!;
    link.click();
    const body = partOf(el, 'body')!;
    await until(() => body.shadowRoot!.activeElement?.id === 'previous-negotiations-and-outcomes', 'the heading did not get the focus');
    expect(body.shadowRoot!.activeElement!.localName).to.equal('h3');
    expect(location.hash, 'the page address stays').not.to.contain('previous-negotiations');
  });

  it('takes heading-level for the headline, the parts one deeper, clamped', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${sample} heading-level="3"></news-article>`));
    expect($(el, '[part="headline"]')!.localName).to.equal('h3');
    for (const name of ['summary', 'toc', 'body', 'takeaways', 'references', 'faq', 'newsletter', 'related', 'disclosure'] as const) {
      expect(partOf(el, name)!.getAttribute('heading-level'), name).to.equal('4');
    }
    expect(outline(el)).to.include('h4 Key Takeaways');
    for (const [value, headline, parts] of [
      ['9', 'h6', '6'],
      ['0', 'h1', '2'],
      ['-2', 'h1', '2'],
      ['2', 'h2', '3'],
      ['banana', 'h1', '2'],
    ]) {
      el.setAttribute('heading-level', value);
      await settle(el);
      expect($(el, '[part="headline"]')!.localName, value).to.equal(headline);
      expect(partOf(el, 'faq')!.getAttribute('heading-level'), value).to.equal(parts);
    }
    // Without the headline, the parts take the level itself (never an h1).
    el.setAttribute('hide', 'headline');
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect(partOf(el, 'faq')!.getAttribute('heading-level')).to.equal('3');
    el.setAttribute('heading-level', '1');
    await settle(el);
    expect(partOf(el, 'faq')!.getAttribute('heading-level')).to.equal('2');
  });

  it('hides the parts `hide` names, and shows them again', async () => {
    const el = await articleReady(
      await fixture<NewsArticle>(html`<news-article .feed=${sample} hide="faq, Newsletter  image"></news-article>`),
      EVERY_PART.filter((name) => !['faq', 'newsletter', 'image'].includes(name))
    );
    expect(partOrder(el)).to.deep.equal(EVERY_PART.filter((name) => !['faq', 'newsletter', 'image'].includes(name)));
    expect($(el, 'slot[name="faq"]'), 'a hidden part has no slot either').to.equal(null);
    el.hide = 'unknown-part';
    await articleReady(el);
    expect(partOrder(el)).to.deep.equal([...EVERY_PART]);
  });

  it('leaves out the parts an article has nothing for', async () => {
    const el = await rendered(await fixture<NewsArticle>(html`<news-article .feed=${sample} item=${TITLE_ONLY_ID}></news-article>`));
    await articleReady(el, ['category', 'headline', 'meta', 'image', 'related']);
    const shown = partOrder(el);
    for (const name of ['summary', 'toc', 'takeaways', 'faq', 'references', 'credits']) expect(shown, name).not.to.include(name);
    // The related headlines: same category, without this article.
    const related = partOf(el, 'related')!;
    expect(related.getAttribute('category')).to.equal('Headlines');
    expect(related.getAttribute('exclude')).to.equal(TITLE_ONLY_ID);
    expect(related.getAttribute('heading')).to.equal('More from Headlines');
    expect($$(related, '[part~="item"]').length).to.be.greaterThan(0);
  });

  it('labels a sponsored article through the disclosure part, even without a disclosure text', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'ad', title: 'A paid placement', url: 'https://news.example/ad', _news: { sponsored: true } }],
    };
    const el = await rendered(await fixture<NewsArticle>(html`<news-article .feed=${feed}></news-article>`));
    await articleReady(el, ['headline', 'disclosure']);
    expect(partOrder(el)).to.include('disclosure');
    expect(text(partOf(el, 'disclosure')!, '[part~="sponsored"]')).to.equal('Sponsored');
  });

  it('shows the article named by `item`, and follows it', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${sample}></news-article>`));
    el.item = TITLE_ONLY_ID;
    await articleReady(el, ['headline']);
    expect(text(el, '[part="headline"]')).to.equal('Israel reopens key Gaza crossing amid new truce push');
    expect(partOf(el, 'related')!.getAttribute('exclude')).to.equal(TITLE_ONLY_ID);
    el.item = 'missing';
    await settle(el);
    expect(text(el, '[part="empty"]')).to.equal('This article is not in the feed.');
  });

  it('announces its feed once: the parts’ own news-feed-load stays inside', async () => {
    const loads: EventTarget[] = [];
    const listener = (event: Event) => loads.push(event.target!);
    document.addEventListener('news-feed-load', listener);
    try {
      const el = await articleReady(await fixture<NewsArticle>(html`<news-article src=${SAMPLE_FEED_URL}></news-article>`));
      expect(loads).to.deep.equal([el]);
    } finally {
      document.removeEventListener('news-feed-load', listener);
    }
  });

  it('takes its feed from an inline script and from a <news-feed> ancestor', async () => {
    const inline = await fixture<NewsArticle>(html`<news-article>
      <script type="application/feed+json">${JSON.stringify(seedArticleFeed({}))}</script>
    </news-article>`);
    await articleReady(inline, ['headline', 'body']);
    expect(text(inline, '[part="headline"]')).to.equal(SEED_TITLE);
    const wrapper = await fixture(html`<news-feed .feed=${sample}><news-article item=${SEED_ARTICLE_ID}></news-article></news-feed>`);
    const provided = await articleReady(wrapper.querySelector('news-article')!);
    expect(partOrder(provided)).to.deep.equal([...EVERY_PART]);
  });

  it('writes NewsArticle JSON-LD with structured-data, and removes it again', async () => {
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${sample} structured-data></news-article>`), ['headline']);
    const script = await (async () => {
      for (let i = 0; i < 50 && !el.querySelector('script[type="application/ld+json"]'); i += 1) await new Promise((r) => setTimeout(r, 20));
      return el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
    })();
    expect(script, 'the JSON-LD script').to.exist;
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('NewsArticle');
    expect(data.headline).to.equal(SEED_TITLE);
    expect(data.description).to.match(/^U\.S\. envoy John Coale met/);
    expect(new Date(data.datePublished).toISOString()).to.equal('2026-03-19T00:00:00.000Z');
    expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Mark Trevelyan' }]);
    expect(data.publisher.name).to.equal('Global Banking & Finance Review®');
    expect(data.publisher.logo.url).to.match(/publisher-logo\.svg$/);
    expect(data.image[0]).to.match(/coale-lukashenko-hero\.svg$/);
    expect(data.articleSection).to.equal('Headlines');
    expect(data.keywords).to.equal('Finance, World News, Politics');
    expect(data.mainEntityOfPage['@id']).to.equal('https://news.example/headlines/coale-lukashenko-minsk-2026-03-19');
    // Another article updates it; the attribute's removal and leaving the page remove it.
    el.item = TITLE_ONLY_ID;
    await settle(el);
    expect(JSON.parse(script.textContent!).headline).to.equal('Israel reopens key Gaza crossing amid new truce push');
    el.structuredData = false;
    await settle(el);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    el.structuredData = true;
    await settle(el);
    expect(el.querySelector('script[type="application/ld+json"]')).to.exist;
    const parent = el.parentElement!;
    el.remove();
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    parent.append(el);
    expect(el.querySelector('script[type="application/ld+json"]')).to.exist;
  });

  it('keeps hostile feed text inert in its own markup and the JSON-LD', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=1</script>';
    const feed = seedArticleFeed({ title: hostile, _news: { ...sample.items[0]._news, category: hostile, image_caption: hostile } });
    const el = await articleReady(await fixture<NewsArticle>(html`<news-article .feed=${feed} structured-data></news-article>`), [
      'headline',
      'category',
    ]);
    await new Promise((r) => setTimeout(r, 100));
    expect(text(el, '[part="headline"]')).to.equal(hostile);
    expect(text(el, '[part="category"]')).to.equal(hostile);
    expect($(el, '[part="headline"] img')).to.equal(null);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('</script>');
    expect(JSON.parse(script.textContent!).headline).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
