import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/headline-list/headline-list.define.js';
import type { HeadlineListDateFormat, HeadlineListLayout } from '../src/components/headline-list/headline-list.js';
import type { Theme } from '../src/base/news-widget.js';
import type { FeedLoader } from '../src/on-demand/feed/load.js';
import { ARTICLE_ID, BROKEN_SRC, EMPTY_FEED, pendingLoader, staleLoader, SAMPLE_SRC } from './sample.js';

interface HeadlineListArgs {
  src?: string;
  feed?: unknown;
  loader?: FeedLoader;
  layout: HeadlineListLayout;
  limit?: number;
  category?: string;
  tag?: string;
  exclude?: string;
  heading?: string;
  headingLevel: number;
  moreHref?: string;
  dateFormat: HeadlineListDateFormat;
  theme: Theme;
  lang?: string;
}

/** Items the seed article does not have: a sponsored one, a microblog post without a title, dates to show relatively. */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
const MIXED_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Placeholder feed',
  home_page_url: 'https://news.example/markets',
  // Relative image paths resolve against feed_url: the sample's own images.
  feed_url: SAMPLE_SRC,
  items: [
    {
      id: 'rates',
      url: 'https://news.example/markets/rates',
      title: 'Placeholder headline: a story with a picture, dated three hours ago',
      image: 'images/italy-justice-referendum-meloni.svg',
      date_published: hoursAgo(3),
      _news: { category: 'Placeholder', reading_time_minutes: 4 },
    },
    {
      id: 'payments',
      url: 'https://news.example/partners/payments',
      title: 'Placeholder headline: a sponsored story',
      image: 'images/thailand-anutin-reelected-pm.svg',
      date_published: hoursAgo(30),
      _news: { category: 'Partner content', sponsored: true, reading_time_minutes: 5 },
    },
    {
      id: 'note',
      url: 'https://news.example/notes/placeholder',
      content_text:
        'Placeholder text of a short post without a title: the list shows the start of its text instead, cut at a word boundary so it reads well.',
      date_published: hoursAgo(0.5),
    },
    {
      id: 'analysis',
      url: 'https://news.example/analysis/text-only',
      title: 'Placeholder headline: a story without a picture',
      date_published: hoursAgo(200),
      _news: { category: 'Placeholder', reading_time_minutes: 7 },
    },
  ],
};

const meta: Meta<HeadlineListArgs> = {
  title: 'Widgets/headline-list',
  component: 'headline-list',
  args: {
    src: SAMPLE_SRC,
    layout: 'list',
    limit: 6,
    exclude: ARTICLE_ID,
    heading: 'More from Headlines',
    headingLevel: 2,
    dateFormat: 'absolute',
    theme: 'auto',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of a JSON Feed' },
    feed: { control: false, description: 'A parsed feed object (property); wins over src' },
    loader: { control: false, table: { disable: true } },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    limit: { control: { type: 'number', min: 0, step: 1 } },
    category: { control: 'text' },
    tag: { control: 'text' },
    exclude: { control: 'text', description: 'Ids to leave out, separated by commas or spaces' },
    heading: { control: 'text', description: 'The feed title by default; empty hides the heading' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    moreHref: { name: 'more-href', control: 'text' },
    dateFormat: { name: 'date-format', control: 'inline-radio', options: ['absolute', 'relative'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'text' },
  },
  render: (args) => html`<headline-list
    src=${ifDefined(args.src)}
    .feed=${args.feed}
    .loader=${args.loader}
    layout=${args.layout}
    limit=${ifDefined(args.limit)}
    category=${ifDefined(args.category)}
    tag=${ifDefined(args.tag)}
    exclude=${ifDefined(args.exclude)}
    heading=${ifDefined(args.heading)}
    heading-level=${args.headingLevel}
    more-href=${ifDefined(args.moreHref)}
    date-format=${args.dateFormat}
    theme=${args.theme}
    lang=${ifDefined(args.lang)}
  ></headline-list>`,
};
export default meta;

type Story = StoryObj<HeadlineListArgs>;

/** "More from Headlines" under the seed article: the article itself excluded. */
export const Default: Story = {};

export const List: Story = { args: { layout: 'list', heading: undefined, exclude: undefined, limit: 4 } };

export const Grid: Story = { args: { layout: 'grid', limit: 8 } };

export const Compact: Story = { args: { layout: 'compact', limit: 8 } };

/** A sponsored item, a microblog post without a title (an excerpt stands in), a text-only card and relative dates. */
export const Mixed: Story = {
  args: { src: undefined, feed: MIXED_FEED, layout: 'grid', exclude: undefined, heading: undefined, limit: undefined, dateFormat: 'relative' },
};

/** The filters hide everything: the message says so. */
export const NoMatches: Story = { args: { category: 'Sport' } };

export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid' },
  decorators: [(story) => html`<div style="background: #0e1014; padding: 1.5rem">${story()}</div>`],
};

export const RTL: Story = {
  args: { heading: undefined },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

export const Empty: Story = { args: { src: undefined, feed: EMPTY_FEED } };

export const Error: Story = { args: { src: BROKEN_SRC } };
