import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-meta/article-meta.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, feedOf, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticleMeta as render, type ArticleMetaArgs } from './article-meta.template.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/** Placeholder article by three authors, two of them with a page, changed after publication. */
const AUTHORS_FEED = feedOf(
  [
    {
      id: 'placeholder-authors',
      title: 'Placeholder headline',
      language: 'en',
      date_published: hoursAgo(5),
      date_modified: hoursAgo(1),
      authors: [
        { name: 'Example Author', url: 'https://news.example/authors/example' },
        { name: 'Second Author' },
        { name: 'Third Author', url: 'https://news.example/authors/third' },
      ],
      _news: { reading_time_minutes: 7, dateline: 'LONDON, March 19 (Placeholder)' },
    },
  ],
  { _news: { publisher: { name: 'Placeholder Press', url: 'https://news.example/' } } }
);

/**
 * The facts about one article: publisher, authors, publication and update dates, reading time,
 * and the dateline and credits of its text. `show` and `hide` choose which; separators between
 * the facts of the line never end or start a line.
 */
const meta = {
  title: 'Widgets/article-meta',
  component: 'article-meta',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, dateFormat: 'absolute', theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    show: { control: 'text' },
    hide: { control: 'text' },
    dateFormat: { control: 'inline-radio', options: ['absolute', 'relative'] },
    width: { control: 'text' },
  },
} satisfies Meta<ArticleMetaArgs>;

export default meta;
type Story = StoryObj<ArticleMetaArgs>;

/** The seed article: everything the feed says about it. */
export const Default: Story = {};

/** The top of the seed page: the line of facts, without the dateline and credits that belong to the text. */
export const Header: Story = { name: 'Page header (hide="dateline credits")', args: { hide: 'dateline credits' } };

/** Under the body: the credits alone, as the seed page places them. */
export const Credits: Story = { name: 'Credits under the body (show="credits")', args: { show: 'credits' } };

/** At 300 px the line wraps; no line ends or starts with a separator. */
export const Narrow: Story = {
  name: 'Narrow column',
  args: { src: undefined, item: undefined, feed: AUTHORS_FEED, width: '300px', hide: 'dateline' },
};

/** Authors with a page are links; the list is worded by Intl.ListFormat in the page's language. */
export const Authors: Story = {
  name: 'Several authors, relative dates',
  args: { src: undefined, item: undefined, feed: AUTHORS_FEED, dateFormat: 'relative' },
};

/** An article without facts of its own still shows the feed's publisher. */
export const PublisherOnly: Story = { name: 'Publisher only', args: { item: TITLE_ONLY_ID } };

/** Nothing to show (everything hidden): the element takes no room between these paragraphs. */
export const NothingToShow: Story = {
  name: 'Nothing to show',
  args: { item: TITLE_ONLY_ID, hide: 'publisher' },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** The separator colour, logo and size through `--news-article-meta-*` custom properties. */
export const CustomLook: Story = {
  name: 'Custom look',
  render: (args) => html`<div
    style="--news-article-meta-separator: #b4531a; --news-article-meta-font-size: 1rem; --news-article-meta-logo-size: 2em"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: Arabic strings, the English names keep their own direction. */
export const RTL: Story = { args: { width: '24rem' }, decorators: [rightToLeft] };

/** German strings, dates and durations from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: one line of placeholder. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
