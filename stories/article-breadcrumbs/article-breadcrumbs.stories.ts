import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-breadcrumbs/article-breadcrumbs.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, SAMPLE_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, seedArticleFeed } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticleBreadcrumbs as render, type ArticleBreadcrumbsArgs } from './article-breadcrumbs.template.js';

const seed = SAMPLE_FEED.items[0];

/** The seed article under two more, long section names: the middle crumbs are cut in a narrow column. */
const LONG_TRAIL_FEED = seedArticleFeed({
  _news: {
    ...seed._news,
    breadcrumbs: [
      { title: 'Home', url: 'https://news.example/' },
      { title: 'International business and finance news', url: 'https://news.example/international' },
      { title: 'Banking and capital markets analysis', url: 'https://news.example/international/banking' },
      ...(seed._news.breadcrumbs ?? []).slice(1),
    ],
  },
});

/**
 * The breadcrumb trail above an article: a `nav` named "Breadcrumb", the article's
 * `_news.breadcrumbs` as links where they have a URL, and the article itself last with
 * `aria-current="page"`. Optional BreadcrumbList JSON-LD.
 */
const meta = {
  title: 'Widgets/article-breadcrumbs',
  component: 'article-breadcrumbs',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, structuredData: false, theme: 'auto' },
  argTypes: { ...widgetArgTypes, item: { control: 'text' }, structuredData: { control: 'boolean' } },
} satisfies Meta<ArticleBreadcrumbsArgs>;

export default meta;
type Story = StoryObj<ArticleBreadcrumbsArgs>;

/** The seed trail: Home › Headlines › the article (the feed's last crumb is the article, so it is not repeated). */
export const Default: Story = {};

/** A long trail: it wraps in a wide column… */
export const LongTrail: Story = { name: 'Long trail', args: { src: undefined, item: undefined, feed: LONG_TRAIL_FEED } };

/** …and in a phone-sized column the crumbs between the first and the article are cut with an ellipsis. */
export const Narrow: Story = {
  args: { src: undefined, item: undefined, feed: LONG_TRAIL_FEED },
  render: (args) => html`<div style="max-width: 22rem">${render(args)}</div>`,
};

/** `structured-data`: a schema.org BreadcrumbList JSON-LD script is written into the element's light DOM (shown below). */
export const StructuredData: Story = {
  name: 'Structured data',
  args: { structuredData: true },
  render: (args) => html`${render(args)}
    <pre style="white-space: pre-wrap; font-size: 0.75rem; max-width: 46rem" data-json-ld>(JSON-LD appears here)</pre>`,
  play: async ({ canvasElement }) => {
    const trail = canvasElement.querySelector('article-breadcrumbs')!;
    const out = canvasElement.querySelector('[data-json-ld]')!;
    const show = () => {
      const script = trail.querySelector('script[type="application/ld+json"]');
      if (script) out.textContent = JSON.stringify(JSON.parse(script.textContent!), null, 2);
    };
    // The JSON-LD writer is downloaded on demand: show the script whenever the light DOM changes.
    new MutationObserver(show).observe(trail, { childList: true, subtree: true, characterData: true });
    show();
  },
};

/** A separator, gap and size through `--news-article-breadcrumbs-*` custom properties. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  render: (
    args
  ) => html`<div style="--news-article-breadcrumbs-separator: '/'; --news-article-breadcrumbs-gap: 0.75rem; --news-article-breadcrumbs-font-size: 1rem">
    ${render(args)}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: the trail runs from the right, the separators point left, the label is Arabic. */
export const RTL: Story = { decorators: [rightToLeft] };

/** While the feed is on its way: one line of placeholders. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
