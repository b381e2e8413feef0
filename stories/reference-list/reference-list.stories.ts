import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/reference-list/reference-list.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, feedOf, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderReferenceList as render, type ReferenceListArgs } from './reference-list.template.js';

/** Placeholder references with links and publishers. */
const LINKED_FEED = feedOf([
  {
    id: 'linked-references',
    title: 'Placeholder',
    _news: {
      references: [
        { title: 'Placeholder report on the subject', url: 'https://news.example/reports/placeholder', publisher: 'Placeholder Press' },
        { title: 'A reference without a link', publisher: 'Example Journal' },
        { title: 'A title that names its publisher | Example Times', url: 'https://news.example/times', publisher: 'Example Times' },
      ],
    },
  },
]);

/**
 * The references an article cites: a heading and a numbered list, titles linked where the feed
 * gives a URL, each with its publisher. An article without references renders nothing.
 */
const meta = {
  title: 'Widgets/reference-list',
  component: 'reference-list',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 2, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    target: { control: 'select', options: [undefined, '_self', '_blank'] },
  },
} satisfies Meta<ReferenceListArgs>;

export default meta;
type Story = StoryObj<ReferenceListArgs>;

/** The seed article's three references (the sample gives no URLs). */
export const Default: Story = {};

/** Titles with a URL are links; the publisher follows, unless the title already ends with it. */
export const Linked: Story = { name: 'Links and publishers', args: { src: undefined, item: undefined, feed: LINKED_FEED } };

/** `target="_blank"`: links open in a new tab, with `rel="noopener noreferrer"` and a notice for screen readers. */
export const NewTab: Story = { name: 'Links in a new tab', args: { src: undefined, item: undefined, feed: LINKED_FEED, target: '_blank' } };

/** `heading=""`: no heading, e.g. when the page has its own. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** A custom heading one level down. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'Sources', headingLevel: 3 } };

/** An article without references renders nothing. */
export const WithoutReferences: Story = {
  name: 'Article without references',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** Spacing and number colour through `--news-reference-list-*` custom properties. */
export const CustomLook: Story = {
  name: 'Custom look',
  render: (args) =>
    html`<div style="--news-reference-list-gap: 1rem; --news-reference-list-marker-color: #b4531a">${render({ ...args, theme: 'light' })}</div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', src: undefined, item: undefined, feed: LINKED_FEED } };

/** Right to left: the numbers move to the right, English titles keep their direction. */
export const RTL: Story = { decorators: [rightToLeft] };

/** German heading from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
