import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/key-takeaways/key-takeaways.define.js';
import {
  BROKEN_FEED_URL,
  EMPTY_FEED,
  SAMPLE_FEED_URL,
  SEED_ARTICLE_ID,
  TITLE_ONLY_ID,
  UNTITLED_SOURCES_FEED,
} from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderKeyTakeaways as render, type KeyTakeawaysArgs } from './key-takeaways.template.js';

/**
 * The key takeaways of one article as a callout, each citing its source. With `limit`, a
 * "Show all N" button reveals the rest. An article without takeaways renders nothing at all.
 */
const meta = {
  title: 'Widgets/key-takeaways',
  component: 'key-takeaways',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 2, expanded: false, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    limit: { control: { type: 'number', min: 0, step: 1 } },
    expanded: { control: 'boolean' },
    target: { control: 'select', options: [undefined, '_self', '_blank'] },
  },
} satisfies Meta<KeyTakeawaysArgs>;

export default meta;
type Story = StoryObj<KeyTakeawaysArgs>;

/** The seed article's three takeaways with their sources. */
export const Default: Story = {};

/** `limit="2"`: the first two show, "Show all 3" reveals the third and turns into "Show fewer". */
export const Limited: Story = { args: { limit: 2 } };

/** `expanded` with a limit: every takeaway shows, and the button offers "Show fewer". */
export const Expanded: Story = { args: { limit: 2, expanded: true } };

/** `target="_blank"`: sources open in a new tab, with `rel="noopener noreferrer"` and a notice for screen readers. */
export const NewTab: Story = { name: 'Sources in a new tab', args: { target: '_blank' } };

/** Sources without a title are named by their domain. */
export const DomainFallback: Story = { name: 'Domain fallback', args: { src: undefined, item: undefined, feed: UNTITLED_SOURCES_FEED } };

/** `heading=""`: no heading, e.g. when the page has its own. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** A custom heading one level down. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'In brief', headingLevel: 3 } };

/** An article without takeaways renders nothing: the element takes no room between these paragraphs. */
export const WithoutTakeaways: Story = {
  name: 'Article without takeaways',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** The accent and background through `--news-key-takeaways-*` custom properties. */
export const CustomColors: Story = {
  name: 'Custom colours',
  render: (args) => html`<div
    style="--news-key-takeaways-accent: #b4531a; --news-key-takeaways-background: #fbf3ec; --news-key-takeaways-bar-width: 6px"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme (the page behind it turns dark too). */
export const Dark: Story = { args: { theme: 'dark', limit: 2 } };

/**
 * Right to left: the accent bar moves to the right and the strings are Arabic; the sample's
 * English takeaways keep their own direction, bullets on the left and each source after its last words.
 */
export const RTL: Story = {
  args: { limit: 2 },
  decorators: [rightToLeft],
};

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de', limit: 2 } };

/** While the feed is on its way: a skeleton of the callout. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so (unlike an article without takeaways, which hides). */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
