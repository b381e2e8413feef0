import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/article-card/article-card.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, NO_IMAGE_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { onDarkPage, pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticleCard as render, type ArticleCardArgs } from './article-card.template.js';

/**
 * One article as a teaser card. The whole card is one link (the title's link stretches over it),
 * and a click fires a cancelable `news-select` (logged in the Actions panel and cancelled here).
 */
const meta = {
  title: 'Widgets/article-card',
  component: 'article-card',
  render,
  args: {
    src: SAMPLE_FEED_URL,
    item: SEED_ARTICLE_ID,
    layout: 'vertical',
    headingLevel: 3,
    dateFormat: 'absolute',
    theme: 'auto',
    width: '24rem',
  },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact', 'hero'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    dateFormat: { control: 'inline-radio', options: ['absolute', 'relative'] },
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

/** A hero narrower than 36rem: the image on top with its caption under it, the text below. */
export const HeroNarrow: Story = { args: { layout: 'hero', width: '24rem' } };

/** A hero without an image falls back to a solid accent background. */
export const HeroWithoutImage: Story = {
  name: 'Hero without image',
  args: { layout: 'hero', width: '40rem', src: undefined, item: undefined, feed: NO_IMAGE_FEED },
};

/** The other sample items have only a title, an image and a category: still a complete card. */
export const TitleOnly: Story = {
  name: 'Title-only items',
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem">
    ${[TITLE_ONLY_ID, 'thai-pm-anutin-wins-landmark-reelection', 'italy-justice-referendum-meloni'].map((item) =>
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
  decorators: [onDarkPage],
};

/** The hero in the dark theme: the scrim and white text stay the same. */
export const HeroDark: Story = {
  name: 'Hero, dark',
  args: { layout: 'hero', theme: 'dark', width: '48rem' },
  decorators: [onDarkPage],
};

/** Right to left: the thumbnail moves to the right and the strings are Arabic. */
export const RTL: Story = {
  args: { layout: 'horizontal', width: '44rem' },
  decorators: [rightToLeft],
};

/** German strings and dates from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: a skeleton of the card. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** An `item` id the feed does not have. */
export const MissingItem: Story = { name: 'Missing item', args: { item: 'no-such-article' } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
