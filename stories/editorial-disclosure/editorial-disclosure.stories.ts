import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/editorial-disclosure/editorial-disclosure.define.js';
import { BROKEN_FEED_URL, feedOf, MIXED_FEED, SAMPLE_FEED, SAMPLE_FEED_URL } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderEditorialDisclosure as render, type EditorialDisclosureArgs } from './editorial-disclosure.template.js';

const seed = SAMPLE_FEED.items[0];

/** The sample feed with its first article marked sponsored. */
const SPONSORED_FEED = { ...SAMPLE_FEED, items: [{ ...seed, _news: { ...seed._news, sponsored: true } }, ...SAMPLE_FEED.items.slice(1)] };

/**
 * The feed's editorial and advertiser disclosure (`_news.disclosure`), shortened to its first lines
 * with "Read more"; the "Sponsored" label when the article is sponsored. Nothing at all when there
 * is neither.
 */
const meta = {
  title: 'Widgets/editorial-disclosure',
  component: 'editorial-disclosure',
  render,
  args: { src: SAMPLE_FEED_URL, headingLevel: 2, expanded: false, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    expanded: { control: 'boolean' },
  },
} satisfies Meta<EditorialDisclosureArgs>;

export default meta;
type Story = StoryObj<EditorialDisclosureArgs>;

/** The seed page's disclosure, its first three lines and "Read more". */
export const Default: Story = {};

/** `expanded`: the whole text, and "Show less". */
export const Expanded: Story = { args: { expanded: true } };

/** A sponsored article: the "Sponsored" label under the heading. */
export const Sponsored: Story = { args: { src: undefined, feed: SPONSORED_FEED } };

/** A sponsored article in a feed without a disclosure: the label alone. */
export const SponsoredWithoutDisclosure: Story = {
  name: 'Sponsored, no disclosure',
  args: { src: undefined, feed: MIXED_FEED, item: 'payments' },
};

/** A short disclosure fits in its lines: no button. */
export const Short: Story = {
  args: {
    src: undefined,
    feed: feedOf([{ id: 'a', title: 'A' }], {
      _news: { disclosure: 'Some links on this page earn us a commission. It never decides what we write about.' },
    }),
  },
};

/** `heading=""`: no heading, e.g. when the page has its own. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** Three lines become two, with another background, through `--news-editorial-disclosure-*` custom properties. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  render: (
    args
  ) => html`<div style="--news-editorial-disclosure-lines: 2; --news-editorial-disclosure-background: transparent; --news-editorial-disclosure-padding: 0">
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** Nothing to disclose renders nothing: the element takes no room between these paragraphs. */
export const WithoutDisclosure: Story = {
  name: 'Nothing to disclose',
  args: { src: undefined, feed: MIXED_FEED, item: 'rates' },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: Arabic strings; the English disclosure keeps its own direction. */
export const RTL: Story = { decorators: [rightToLeft] };

/** French strings from `lang="fr"`. */
export const French: Story = { args: { lang: 'fr' } };

/** While the feed is on its way: a placeholder of the shortened box. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh. */
export const Stale: Story = { args: { loader: staleLoader } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
