import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/article-card/article-card.define.js';
import type { ArticleCardDateFormat, ArticleCardLayout } from '../src/components/article-card/article-card.js';
import type { Theme } from '../src/base/news-widget.js';
import type { FeedLoader } from '../src/on-demand/feed/load.js';
import { ARTICLE_ID, BROKEN_SRC, EMPTY_FEED, SAMPLE_SRC, pendingLoader, staleLoader } from './sample.js';

interface ArticleCardArgs {
  /** URL of a JSON Feed. */
  src?: string;
  /** A parsed JSON Feed object; wins over `src`. */
  feed?: unknown;
  /** The id of the article; the first item when absent. */
  item?: string;
  /** vertical, horizontal, compact or hero. */
  layout: ArticleCardLayout;
  /** The title heading's level, 2 to 6. */
  headingLevel: number;
  /** absolute or relative dates. */
  dateFormat: ArticleCardDateFormat;
  theme: Theme;
  lang?: string;
  /** The loader to fetch `src` with. */
  loader?: FeedLoader;
  /** Width of the story's frame, to try the card's container queries. */
  width: string;
}

const render = (args: ArticleCardArgs) => html`<article-card
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  layout=${args.layout}
  heading-level=${args.headingLevel}
  date-format=${args.dateFormat}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: ${args.width}"
></article-card>`;

/** One article without an image, sponsored, by two authors, dated a few hours ago. */
const NO_IMAGE_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Placeholder feed',
  items: [
    {
      id: 'placeholder-no-image',
      url: 'https://news.example/markets/placeholder-no-image',
      title: 'Placeholder headline: a sponsored story without an image',
      summary: 'Placeholder summary: this made-up story shows the card without a picture, with two authors and a relative date.',
      date_published: new Date(Date.now() - 3 * 3600 * 1000).toISOString(),
      authors: [{ name: 'Example Author' }, { name: 'Second Author' }],
      tags: ['Placeholder', 'Example'],
      _news: { category: 'Placeholder', reading_time_minutes: 4, sponsored: true },
    },
  ],
};

/**
 * One article as a teaser card. The whole card is one link (the title's link stretches over it),
 * and a click fires a cancelable `news-select` (logged in the Actions panel and cancelled here).
 */
const meta = {
  title: 'Widgets/article-card',
  component: 'article-card',
  render,
  args: { src: SAMPLE_SRC, item: ARTICLE_ID, layout: 'vertical', headingLevel: 3, dateFormat: 'absolute', theme: 'auto', width: '24rem' },
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    item: { control: 'text' },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact', 'hero'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    dateFormat: { control: 'inline-radio', options: ['absolute', 'relative'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: [undefined, 'en', 'de', 'fr', 'es', 'ar'] },
    loader: { control: false },
    width: { control: 'text' },
  },
} satisfies Meta<ArticleCardArgs>;

export default meta;
type Story = StoryObj<ArticleCardArgs>;

/** The seed article: image with caption, category, title, summary, byline, date, reading time, tags. */
export const Default: Story = {};

/** `layout="horizontal"`: a thumbnail beside the text; below 30rem of card width it turns vertical. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: '44rem' } };

/** `layout="compact"`: no image, tighter spacing, for sidebars. */
export const Compact: Story = { args: { layout: 'compact', width: '22rem' } };

/** `layout="hero"`: the text over the image on a dark scrim, white in both themes. */
export const Hero: Story = { args: { layout: 'hero', width: '48rem' } };

/** A hero without an image falls back to a solid accent background. */
export const HeroWithoutImage: Story = {
  name: 'Hero without image',
  args: { layout: 'hero', width: '40rem', src: undefined, item: undefined, feed: NO_IMAGE_FEED },
};

/** The other sample items have only a title, an image and a category: still a complete card. */
export const TitleOnly: Story = {
  name: 'Title-only items',
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem">
    ${['israel-reopens-key-gaza-crossing', 'thai-pm-anutin-wins-landmark-reelection', 'italy-justice-referendum-meloni'].map((item) =>
      render({ ...args, item, width: 'none' })
    )}
  </div>`,
};

/** `date-format="relative"` and a sponsored item by two authors. */
export const RelativeDate: Story = {
  name: 'Relative date, sponsored',
  args: { dateFormat: 'relative', src: undefined, item: undefined, feed: NO_IMAGE_FEED },
};

/** The dark theme on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="padding: 1.5rem; background: #0d0f13">${story()}</div>`],
};

/** The hero in the dark theme: the scrim and white text stay the same. */
export const HeroDark: Story = {
  name: 'Hero, dark',
  args: { layout: 'hero', theme: 'dark', width: '48rem' },
  decorators: [(story) => html`<div style="padding: 1.5rem; background: #0d0f13">${story()}</div>`],
};

/** Right to left: the thumbnail moves to the right and the strings are Arabic. */
export const RTL: Story = {
  args: { layout: 'horizontal', width: '44rem' },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** German strings and dates from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: a skeleton of the card. */
export const Loading: Story = { args: { src: SAMPLE_SRC, loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { src: SAMPLE_SRC, loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** An `item` id the feed does not have. */
export const MissingItem: Story = { name: 'Missing item', args: { item: 'no-such-article' } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_SRC } };
