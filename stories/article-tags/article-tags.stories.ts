import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-tags/article-tags.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, feedOf, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticleTags as render, type ArticleTagsArgs } from './article-tags.template.js';

/** Placeholder tags that a URL must keep inside one path segment. */
const AWKWARD_TAGS_FEED = feedOf([{ id: 'awkward', title: 'Placeholder', tags: ['a/b?c#d', 'M&A', '100% placeholder', 'Économie'] }]);

/**
 * The tags of one article as chips; links to tag pages when `tag-href` gives a URL template.
 * An article without tags renders nothing.
 */
const meta = {
  title: 'Widgets/article-tags',
  component: 'article-tags',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, labelled: false, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    tagHref: { control: 'text' },
    target: { control: 'select', options: [undefined, '_self', '_blank'] },
    labelled: { control: 'boolean' },
  },
} satisfies Meta<ArticleTagsArgs>;

export default meta;
type Story = StoryObj<ArticleTagsArgs>;

/** The seed article's three tags, as text. */
export const Default: Story = {};

/** `tag-href="https://www.globalbankingandfinance.com/tag/{tag}"`: each chip links to its tag page. */
export const Linked: Story = { name: 'Linked to tag pages', args: { tagHref: 'https://www.globalbankingandfinance.com/tag/{tag}' } };

/** `labelled`: "Tags" before the chips, as on the seed page. */
export const Labelled: Story = { args: { labelled: true, tagHref: 'https://www.globalbankingandfinance.com/tag/{tag}' } };

/** Tags with slashes, question marks and ampersands stay inside their path segment (hover to see the URLs). */
export const Encoded: Story = {
  name: 'Awkward tags, encoded',
  args: { src: undefined, item: undefined, feed: AWKWARD_TAGS_FEED, tagHref: 'https://news.example/tag/{tag}' },
};

/** A `javascript:` template is refused: the chips stay plain text. */
export const RejectedTemplate: Story = { name: 'Rejected template', args: { tagHref: 'javascript:alert({tag})' } };

/** Tag pages in a new tab, announced to screen readers. */
export const NewTab: Story = { name: 'Links in a new tab', args: { tagHref: 'https://news.example/tag/{tag}', target: '_blank' } };

/** An article without tags renders nothing: no room taken between these paragraphs. */
export const WithoutTags: Story = {
  name: 'Article without tags',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** Chips themed through `--news-article-tags-*` custom properties. */
export const CustomColors: Story = {
  name: 'Custom colours',
  args: { tagHref: 'https://news.example/tag/{tag}' },
  render: (args) => html`<div
    style="--news-article-tags-background: #fbf3ec; --news-article-tags-color: #6b2f0c; --news-article-tags-border: #e8c9b0; --news-article-tags-radius: 4px; --news-article-tags-hover-background: #b4531a"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', tagHref: 'https://news.example/tag/{tag}' } };

/** Right to left: the chips run from the right. */
export const RTL: Story = { args: { labelled: true }, decorators: [rightToLeft] };

/** German label from `lang="de"`. */
export const German: Story = { args: { lang: 'de', labelled: true } };

/** While the feed is on its way: three chip-shaped placeholders. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
