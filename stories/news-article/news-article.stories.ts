import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/news-article/news-article.define.js';
import { BROKEN_FEED_URL, EMPTY_FEED, SAMPLE_FEED_URL, SEED_ARTICLE_ID, TITLE_ONLY_ID } from '../../sample/sample-data.js';
import { onDarkPage, pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderNewsArticle as render, type NewsArticleArgs } from './news-article.template.js';

/**
 * The whole article page from one feed item, in the seed page's order: breadcrumbs, category,
 * headline, meta, hero image, tags, quick summary, table of contents, body, credits, key
 * takeaways, references, FAQ, newsletter, previous / next, related headlines, disclosure. Each
 * part is downloaded when it is first shown; any part can be hidden (`hide`) or replaced
 * (`slot="<part>"`).
 */
const meta = {
  title: 'Widgets/news-article',
  component: 'news-article',
  render: (args) => render(args),
  args: { src: SAMPLE_FEED_URL, item: SEED_ARTICLE_ID, headingLevel: 1, structuredData: false, theme: 'auto' },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    hide: { control: 'text' },
    structuredData: { control: 'boolean' },
  },
} satisfies Meta<NewsArticleArgs>;

export default meta;
type Story = StoryObj<NewsArticleArgs>;

/** The seed article with every part. */
export const Default: Story = {};

/** `hide="toc newsletter related disclosure"`: the article without the page furniture. */
export const HiddenParts: Story = { name: 'Hidden parts', args: { hide: 'toc newsletter related disclosure' } };

/** Only the story: everything but the headline, meta, image and body hidden. */
export const StoryOnly: Story = {
  name: 'Story only',
  args: { hide: 'breadcrumbs category tags summary toc credits takeaways references faq newsletter pager related disclosure' },
};

/**
 * Light-DOM elements replace parts: `slot="newsletter"` shows the page's own signup box in the
 * newsletter's place, and `slot="faq"` its own questions. The built-in parts are not even
 * downloaded.
 */
export const SlottedReplacement: Story = {
  name: 'Slotted replacement',
  render: (args) =>
    render(
      args,
      html`<div slot="newsletter" style="padding: 1.25rem; border: 2px dashed #b4531a; border-radius: 0.5rem">
          <strong>The page's own newsletter box</strong>
          <p style="margin: 0.5rem 0 0">Shown with <code>slot="newsletter"</code> instead of the built-in signup.</p>
        </div>
        <section slot="faq" style="padding: 1.25rem; background: #f4efe6; color: #2b2620; border-radius: 0.5rem">
          <h2 style="margin: 0 0 0.5rem; font-size: 1.125rem">Reader questions</h2>
          <p style="margin: 0">The page's own FAQ, in the FAQ's place (<code>slot="faq"</code>).</p>
        </section>`
    ),
};

/** `heading-level="2"` for a page that has its own h1: the headline is an h2, the parts' headings h3. */
export const HeadingLevel: Story = { name: 'Heading level 2', args: { headingLevel: 2 } };

/** `structured-data`: a schema.org NewsArticle JSON-LD script in the element's light DOM (inspect it). */
export const StructuredData: Story = { name: 'Structured data', args: { structuredData: true } };

/** An article with only a title, image and category: the parts it has no data for are left out. */
export const SparseArticle: Story = { name: 'Sparse article', args: { item: TITLE_ONLY_ID } };

/** The dark theme, on a dark page. */
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };

/** Right to left: the parts mirror, Arabic strings; the English text keeps its direction. */
export const RTL: Story = { decorators: [rightToLeft] };

/** German strings from `lang="de"` ("Mehr aus Headlines", the parts' headings). */
export const German: Story = { args: { lang: 'de' } };

/** While the feed is on its way: a skeleton of the headline, picture and first paragraphs. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the article stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without items says so. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
