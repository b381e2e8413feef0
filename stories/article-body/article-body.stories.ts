import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-body/article-body.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticleBody as render, type ArticleBodyArgs } from './article-body.template.js';
import { ARABIC_BODY_FEED, HOSTILE_BODY_FEED, LONG_BODY_FEED, NO_BODY_FEED, RICH_BODY_FEED, TEXT_BODY_FEED } from './article-body.samples.js';

/**
 * The text of one article: its `content_html` sanitized (the browser's HTML Sanitizer API, or
 * DOMPurify downloaded where it is missing), else its `content_text` as paragraphs. Headings keep
 * the ids the table of contents links to and shift to `heading-level`.
 */
const meta = {
  title: 'Widgets/article-body',
  component: 'article-body',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 2, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    target: { control: 'select', options: [undefined, '_self', '_blank'] },
  },
} satisfies Meta<ArticleBodyArgs>;

export default meta;
type Story = StoryObj<ArticleBodyArgs>;

/** The seed article's body: eleven sections under h2 and h3. */
export const Default: Story = {};

/** Every block the body styles: a figure with its size reserved, a list, a quote, a table that scrolls inline, code, a rule. */
export const Rich: Story = { name: 'Every kind of block', args: { src: undefined, item: undefined, feed: RICH_BODY_FEED } };

/** `heading-level="3"`: the body's h2 become h3 and its h3 become h4, ids kept. */
export const HeadingLevel: Story = { name: 'Heading level 3', args: { headingLevel: 3 } };

/** `target="_blank"`: links open in a new tab and say so to screen readers. */
export const NewTab: Story = { name: 'Links in a new tab', args: { src: undefined, item: undefined, feed: RICH_BODY_FEED, target: '_blank' } };

/** Hostile markup (scripts, handlers, a style covering the page, a form, an iframe) renders inert. */
export const Hostile: Story = { name: 'Hostile markup, inert', args: { src: undefined, item: undefined, feed: HOSTILE_BODY_FEED } };

/** A feed without HTML: `content_text` as paragraphs. */
export const TextOnly: Story = { name: 'Text only', args: { src: undefined, item: undefined, feed: TEXT_BODY_FEED } };

/** Too long to show whole (over 256 kB or 2,000 blocks): the first part, then a note with a link to the article's page. */
export const LongBody: Story = { name: 'Body too long to show whole', args: { src: undefined, item: undefined, feed: LONG_BODY_FEED } };

/** Typography through `--news-article-body-*` custom properties. */
export const CustomTypography: Story = {
  name: 'Custom typography',
  args: { src: undefined, item: undefined, feed: RICH_BODY_FEED },
  render: (args) => html`<div
    style="--news-article-body-font-size: 1.1875rem; --news-article-body-line-height: 1.8; --news-article-body-accent: #b4531a; --news-font-family: Georgia, serif"
  >
    ${render(args)}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', src: undefined, item: undefined, feed: RICH_BODY_FEED } };

/** Right to left: an Arabic body, the quote bar and list markers on the right. */
export const RTL: Story = { args: { src: undefined, item: undefined, feed: ARABIC_BODY_FEED }, decorators: [rightToLeft] };

/** German strings from `lang="de"` (the empty state's message). */
export const German: Story = { args: { lang: 'de', src: undefined, item: undefined, feed: NO_BODY_FEED } };

/** While the feed is on its way: paragraphs of grey bars. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the body stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** An article with neither body: a short message, and the `empty` attribute. */
export const NoBody: Story = { name: 'Article without text', args: { src: undefined, item: undefined, feed: NO_BODY_FEED } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
