import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-pager/article-pager.define.js';
import {
  BROKEN_FEED_URL,
  EMPTY_FEED,
  SAMPLE_FEED,
  SAMPLE_FEED_URL,
  SEED_ARTICLE_ID,
  seedArticleFeed,
  TITLE_ONLY_ID,
} from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticlePager as render, type ArticlePagerArgs } from './article-pager.template.js';

const seed = SAMPLE_FEED.items[0];

/**
 * Previous / next links below an article, from its `_news.previous` and `_news.next`: side by side
 * in a wide column, stacked in a narrow one. A link to an article of the same feed fires
 * `news-select`. An article with neither renders nothing.
 */
const meta = {
  title: 'Widgets/article-pager',
  component: 'article-pager',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, theme: 'auto' },
  argTypes: { ...widgetArgTypes, item: { control: 'text' } },
} satisfies Meta<ArticlePagerArgs>;

export default meta;
type Story = StoryObj<ArticlePagerArgs>;

/** The seed article: "Previous Headlines Post" and "Next Headlines Post", as at the foot of the seed page. */
export const Default: Story = {};

/** Only a next article: it keeps its place on the inline-end side. */
export const OnlyNext: Story = {
  name: 'Only next',
  args: {
    src: undefined,
    item: undefined,
    feed: { ...SAMPLE_FEED, items: [{ ...seed, _news: { ...seed._news, previous: undefined } }, ...SAMPLE_FEED.items.slice(1)] },
  },
};

/** An article without a category: "Previous article" / "Next article". Its links point outside this one-item feed, so they fire no event. */
export const NoCategory: Story = {
  name: 'No category',
  args: { src: undefined, item: undefined, feed: seedArticleFeed({ _news: { ...seed._news, category: undefined } }) },
};

/** In a narrow column the links stack. */
export const Narrow: Story = { render: (args) => html`<div style="max-width: 22rem">${render(args)}</div>` };

/** An article without previous or next renders nothing: the element takes no room between these paragraphs. */
export const WithoutLinks: Story = {
  name: 'Article without links',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** Borders, background and spacing through `--news-article-pager-*` custom properties. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  render: (args) => html`<div
    style="--news-article-pager-border: 0; --news-article-pager-background: #eef4fb; --news-article-pager-gap: 2px; --news-article-pager-padding: 1.25rem 1.5rem"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: previous on the right, arrows mirrored, strings in Arabic; the English titles keep their direction. */
export const RTL: Story = { decorators: [rightToLeft] };

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: two link-sized placeholders. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the links stay, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
