import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/table-of-contents/table-of-contents.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, feedOf, SAMPLE_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderTableOfContents as render, type TableOfContentsArgs } from './table-of-contents.template.js';

/**
 * The table of contents of one article: a navigation landmark with nested links by level. A link
 * focuses and scrolls to its section (here the sections are in the story, under the widget); the
 * section in view is marked. Narrower than 40rem the list folds behind a toggle.
 */
const meta = {
  title: 'Widgets/table-of-contents',
  component: 'table-of-contents',
  render,
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 2, expanded: false, theme: 'auto', width: '46rem' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    expanded: { control: 'boolean' },
    width: { control: 'inline-radio', options: ['46rem', '20rem'] },
  },
} satisfies Meta<TableOfContentsArgs>;

export default meta;
type Story = StoryObj<TableOfContentsArgs>;

const SECTIONS = SAMPLE_FEED.items[0]._news!.sections!;

/** The seed article's sections. */
export const Default: Story = {};

/** The widget above the article's sections: a link scrolls to its section and the one in view is marked as you scroll. */
export const WithArticle: Story = {
  name: 'Above the article',
  render: (args) => html`${render(args)}
    <div style="max-width: 46rem">
      ${SECTIONS.map(
        (section) => html`<h2 id=${section.id} style="font: 700 1.25rem system-ui; margin-block: 2rem 1rem">${section.title}</h2>
          <p style="block-size: 80vh; margin: 0; color: #4d5562">Section text.</p>`
      )}
    </div>`,
};

/** Narrow (20rem): the list folds behind a toggle, closed. */
export const Narrow: Story = { args: { width: '20rem' } };

/** Narrow and `expanded`: the list shows under the toggle. */
export const NarrowExpanded: Story = { name: 'Narrow, expanded', args: { width: '20rem', expanded: true } };

/** Sections whose levels jump (2, then 4) nest one list deeper, never two. */
export const LevelJumps: Story = {
  name: 'Level jumps',
  args: {
    src: undefined,
    item: undefined,
    feed: feedOf([
      {
        id: 'levels',
        title: 'Levels',
        _news: {
          sections: [
            { id: 'l1', title: 'A section (h2)', level: 2 },
            { id: 'l2', title: 'A jump to h4', level: 4 },
            { id: 'l3', title: 'Back to h3', level: 3 },
            { id: 'l4', title: 'Another h2', level: 2 },
          ],
        },
      },
    ]),
  },
};

/** `heading=""`: no heading; the landmark keeps its name, and the narrow toggle shows it. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** A custom heading one level down. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'In this article', headingLevel: 3 } };

/** An article without sections renders nothing: the element takes no room between these paragraphs. */
export const WithoutSections: Story = {
  name: 'Article without sections',
  args: { item: TITLE_ONLY_ID },
  render: (args) => html`<p>Paragraph before the widget.</p>
    ${render(args)}
    <p>Paragraph after the widget: nothing in between.</p>`,
};

/** The accent, background and indent through `--news-table-of-contents-*` custom properties. */
export const CustomColors: Story = {
  name: 'Custom colours',
  render: (args) => html`<div
    style="--news-table-of-contents-accent: #b4531a; --news-table-of-contents-background: #fbf3ec; --news-table-of-contents-indent: 1.5rem"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: the Arabic heading and toggle mirror; the English titles keep their own direction. */
export const RTL: Story = { args: { width: '20rem', expanded: true }, decorators: [rightToLeft] };

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: a skeleton of the list. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so (unlike an article without sections, which hides). */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
