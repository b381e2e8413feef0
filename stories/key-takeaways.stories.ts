import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/key-takeaways/key-takeaways.define.js';
import type { Theme } from '../src/base/news-widget.js';
import type { FeedLoader } from '../src/on-demand/feed/load.js';
import { ARTICLE_ID, BROKEN_SRC, EMPTY_FEED, SAMPLE_SRC, pendingLoader, staleLoader } from './sample.js';

interface KeyTakeawaysArgs {
  /** URL of a JSON Feed. */
  src?: string;
  /** A parsed JSON Feed object; wins over `src`. */
  feed?: unknown;
  /** The id of the article; the first item when absent. */
  item?: string;
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** Show at most this many takeaways, with a "Show all" toggle. */
  limit?: number;
  /** Where source links open (`_blank` for a new tab). */
  target?: string;
  theme: Theme;
  lang?: string;
  /** The loader to fetch `src` with. */
  loader?: FeedLoader;
}

const render = (args: KeyTakeawaysArgs) => html`<key-takeaways
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  limit=${ifDefined(args.limit)}
  target=${ifDefined(args.target)}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></key-takeaways>`;

/** An article whose sources have no titles: each link is named by its domain. */
const UNTITLED_SOURCES_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Headlines',
  items: [
    {
      id: 'untitled-sources',
      title: 'Sources without titles',
      _news: {
        key_takeaways: [
          { text: 'A source without a title is named by its domain, without "www.".', source: { url: 'https://www.example.org/reports/2026' } },
          { text: 'A takeaway may also have no source at all.' },
          { text: 'Titled sources keep their title.', source: { title: 'The Example Times', url: 'https://news.example.com/a' } },
        ],
      },
    },
  ],
};

/**
 * The key takeaways of one article as a callout, each citing its source. With `limit`, a
 * "Show all N" button reveals the rest. An article without takeaways renders nothing at all.
 */
const meta = {
  title: 'Widgets/key-takeaways',
  component: 'key-takeaways',
  render,
  args: { src: SAMPLE_SRC, item: ARTICLE_ID, headingLevel: 2, theme: 'auto' },
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    limit: { control: { type: 'number', min: 0, step: 1 } },
    target: { control: 'select', options: [undefined, '_self', '_blank'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: [undefined, 'en', 'de', 'fr', 'es', 'ar'] },
    loader: { control: false },
  },
} satisfies Meta<KeyTakeawaysArgs>;

export default meta;
type Story = StoryObj<KeyTakeawaysArgs>;

/** The seed article's three takeaways with their sources. */
export const Default: Story = {};

/** `limit="2"`: the first two show, "Show all 3" reveals the third and turns into "Show fewer". */
export const Limited: Story = { args: { limit: 2 } };

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
  args: { item: 'at-least-eight-bodies-recovered-in-comoros' },
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

/** Right to left: the accent bar and bullets move to the right, strings are Arabic. */
export const RTL: Story = {
  args: { limit: 2 },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de', limit: 2 } };

/** While the feed is on its way: a skeleton of the callout. */
export const Loading: Story = { args: { src: SAMPLE_SRC, loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { src: SAMPLE_SRC, loader: staleLoader } };

/** A feed without items says so (unlike an article without takeaways, which hides). */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_SRC } };
