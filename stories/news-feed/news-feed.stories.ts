import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The widgets these stories put inside <news-feed> (preview.ts registers every default tag too).
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/article-card/article-card.define.js';
import '../../src/components/key-takeaways/key-takeaways.define.js';
import '../../src/components/headline-list/headline-list.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, OBJECT_FEED, SAMPLE_FEED_URL } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderArticlePage as page, type NewsFeedArgs } from './news-feed.template.js';

/**
 * `<news-feed>` loads one feed and provides it to every widget inside it, so a page names its
 * feed once and fetches it once. It renders only its children (`display: contents`). A widget
 * inside that names its own `src`, inline feed or `.feed` uses that instead.
 */
const meta = {
  title: 'Widgets/news-feed',
  component: 'news-feed',
  render: page,
  args: { src: SAMPLE_FEED_URL, theme: 'auto' },
  argTypes: {
    src: widgetArgTypes.src,
    feed: widgetArgTypes.feed,
    loader: widgetArgTypes.loader,
    theme: widgetArgTypes.theme,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Provides one feed to the widgets inside it. Here it wraps an `article-card`, `key-takeaways` and a ' +
          '`headline-list`; the page requests `sample/feed.json` once.',
      },
    },
  },
} satisfies Meta<NewsFeedArgs>;

export default meta;
type Story = StoryObj<NewsFeedArgs>;

/** Three widgets showing the sample feed that `<news-feed src>` loaded once. */
export const Default: Story = {};

/** The feed given as an object (`.feed`), e.g. one your app already fetched. */
export const FeedProperty: Story = { name: 'Feed property', args: { src: undefined, feed: OBJECT_FEED } };

/** An inline `<script type="application/feed+json">` child, for pages that render the feed server-side. */
export const InlineFeed: Story = {
  name: 'Inline feed',
  args: { src: undefined },
  render: () => html`
    <news-feed>
      <script type="application/feed+json">
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Headlines",
          "items": [
            { "id": "a", "url": "https://news.example/a", "title": "Written into the page as JSON", "summary": "No request at all." },
            { "id": "b", "url": "https://news.example/b", "title": "A second inline headline" }
          ]
        }
      </script>
      <headline-list heading="Inline feed" layout="compact"></headline-list>
    </news-feed>
  `,
};

/** A widget inside that names its own `src` ignores the provided feed (here: a URL that fails). */
export const OwnSourceWins: Story = {
  name: 'Own source wins',
  render: (args) => html`
    <news-feed src=${ifDefined(args.src)}>
      <div style="display: grid; gap: 1.5rem; max-width: 46rem;">
        <article-card layout="compact"></article-card>
        <key-takeaways src=${BROKEN_FEED_URL}></key-takeaways>
      </div>
    </news-feed>
  `,
};

/** The page in the dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: every widget mirrors and speaks Arabic. */
export const RTL: Story = { decorators: [rightToLeft] };

/** While the feed is on its way every widget shows a skeleton of its final size. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** A refresh failed: every widget keeps the saved copy and says so, with a "Try again" button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** The feed has no items: each widget shows its empty state (key-takeaways hides itself). */
export const Empty: Story = { args: { src: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: every widget shows the error with a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
