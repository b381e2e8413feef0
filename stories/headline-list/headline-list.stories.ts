import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/headline-list/headline-list.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, MIXED_FEED, SAMPLE_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID } from '../../sample/sample-data.js';
import { onDarkPage, pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderHeadlineList, type HeadlineListArgs } from './headline-list.template.js';

/**
 * Headlines of a feed as a list, a grid of cards or a compact list, with filters, "View all" and
 * "Load more" (`next_url`). A click fires a cancelable `news-select`, and each headline seen fires
 * `news-impression` (see Actions).
 */
const meta = {
  title: 'Widgets/headline-list',
  component: 'headline-list',
  render: renderHeadlineList,
  args: {
    src: SAMPLE_FEED_URL,
    layout: 'list',
    limit: 6,
    exclude: SEED_ARTICLE_ID,
    heading: 'More from Headlines',
    headingLevel: 2,
    dateFormat: 'absolute',
    theme: 'auto',
  },
  argTypes: {
    ...widgetArgTypes,
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    limit: { control: { type: 'number', min: 0, step: 1 } },
    category: { control: 'text' },
    tag: { control: 'text' },
    exclude: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    moreHref: { control: 'text' },
    dateFormat: { control: 'inline-radio', options: ['absolute', 'relative'] },
  },
} satisfies Meta<HeadlineListArgs>;

export default meta;
type Story = StoryObj<HeadlineListArgs>;

/** "More from Headlines" under the seed article: the article itself excluded. */
export const Default: Story = {};

export const List: Story = { args: { layout: 'list', heading: undefined, exclude: undefined, limit: 4 } };

export const Grid: Story = { args: { layout: 'grid', limit: 8 } };

/** A grid in a phone-wide column: compact rows with small thumbnails instead of full-width cards. */
export const GridNarrow: Story = {
  args: { layout: 'grid', limit: 8 },
  decorators: [(story) => html`<div style="max-width: 390px">${story()}</div>`],
};

export const Compact: Story = { args: { layout: 'compact', limit: 8 } };

/**
 * A sponsored item, a microblog post without a title (an excerpt stands in), cards without a
 * picture (the feed's icon on a tile) and relative dates.
 */
export const Mixed: Story = {
  args: {
    src: undefined,
    feed: { ...MIXED_FEED, feed_url: SAMPLE_FEED_URL, icon: SAMPLE_FEED.icon },
    layout: 'grid',
    exclude: undefined,
    heading: undefined,
    limit: undefined,
    dateFormat: 'relative',
  },
};

/** No `heading`: the category the list is filtered by, as the feed writes it. */
export const CategoryHeading: Story = { args: { heading: undefined, category: 'headlines', limit: 4 } };

/** The filters hide everything: the message says so. */
export const NoMatches: Story = { args: { category: 'Sport' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'grid' }, decorators: [onDarkPage] };

export const RTL: Story = { args: { heading: undefined }, decorators: [rightToLeft] };

export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

export const Empty: Story = { args: { src: undefined, feed: EMPTY_FEED } };

// Named Error (not ErrorState as elsewhere) since its story id, widgets-headline-list--error, is in use.
export const Error: Story = { args: { src: BROKEN_FEED_URL } };
