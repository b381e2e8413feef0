import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/quick-summary/quick-summary.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderQuickSummary as render, type QuickSummaryArgs } from './quick-summary.template.js';

/**
 * The quick summary of one article in a box, under the heading "Quick Summary". An article
 * without a summary renders nothing at all.
 */
const meta = {
  title: 'Widgets/quick-summary',
  component: 'quick-summary',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 2, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
} satisfies Meta<QuickSummaryArgs>;

export default meta;
type Story = StoryObj<QuickSummaryArgs>;

/** The seed article's summary. */
export const Default: Story = {};

/** `heading=""`: no heading, e.g. when the page has its own. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** A custom heading one level down. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'In short', headingLevel: 3 } };

/** An article without a summary renders nothing: the element takes no room between these paragraphs. */
export const WithoutSummary: Story = {
  name: 'Article without a summary',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** The accent, background and outline through `--news-quick-summary-*` custom properties. */
export const CustomColors: Story = {
  name: 'Custom colours',
  render: (args) => html`<div
    style="--news-quick-summary-accent: #b4531a; --news-quick-summary-background: #fbf3ec; --news-quick-summary-border: #f0d9c6; --news-quick-summary-bar-width: 6px"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: the bar moves to the right, the heading is Arabic, the English summary keeps its direction. */
export const RTL: Story = { decorators: [rightToLeft] };

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: a skeleton of the box. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so (unlike an article without a summary, which hides). */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
