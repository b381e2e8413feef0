import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/faq-accordion/faq-accordion.define.js';
import {
  ARABIC_FAQ_FEED,
  BROKEN_FEED_URL,
  EMPTY_FEED,
  MANY_QUESTIONS_FEED,
  SAMPLE_FEED_URL,
  SEED_ARTICLE_ID,
  TITLE_ONLY_ID,
} from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import { renderFaqAccordion as render, type FaqAccordionArgs } from './faq-accordion.template.js';

/**
 * The frequently asked questions of one article as an accessible accordion (WAI-ARIA accordion
 * pattern). Enter or Space toggles, ArrowUp/ArrowDown/Home/End move between questions, the
 * browser's find-in-page opens a matching answer, and a link to `#faq-<question>` opens and
 * scrolls to that question. Each toggle fires a cancelable `news-toggle` (see Actions).
 */
const meta = {
  title: 'Widgets/faq-accordion',
  component: 'faq-accordion',
  render,
  args: {
    src: SAMPLE_FEED_URL,
    item: SEED_ARTICLE_ID,
    headingLevel: 2,
    single: false,
    numbered: false,
    structuredData: false,
    idPrefix: 'faq-',
    theme: 'auto',
  },
  argTypes: {
    ...widgetArgTypes,
    item: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    single: { control: 'boolean' },
    expanded: { control: 'text' },
    numbered: { control: 'boolean' },
    structuredData: { control: 'boolean' },
    idPrefix: { control: 'text' },
  },
} satisfies Meta<FaqAccordionArgs>;

export default meta;
type Story = StoryObj<FaqAccordionArgs>;

/** The seed article's four questions, all closed. */
export const Default: Story = {};

/** `numbered` with the first answer open, as on the seed page. The numbers are hidden from screen readers. */
export const Numbered: Story = { args: { numbered: true, expanded: '1' } };

/** `expanded="all"`: every answer open at start. */
export const AllExpanded: Story = { name: 'All expanded', args: { expanded: 'all' } };

/** `single`: opening one answer closes the other. */
export const Single: Story = { args: { single: true, expanded: '2' } };

/** Links to `#<question-id>` open the question, scroll to it and focus it. */
export const LinkToQuestion: Story = {
  name: 'Link to a question',
  render: (args) => html`<p>
      <a href="#faq-who-appointed-john-coale-as-an-envoy-to-belarus">Who appointed John Coale?</a> ·
      <a href="#faq-where-was-the-meeting-between-john-coale-and-lukashenko-shared">Where was it shared?</a>
    </p>
    ${render(args)}`,
};

/** More than six questions: the answers are plain panels rather than `region` landmarks. */
export const ManyQuestions: Story = {
  name: 'Many questions',
  args: { src: undefined, item: undefined, feed: MANY_QUESTIONS_FEED, numbered: true },
};

/**
 * `structured-data`: a schema.org FAQPage JSON-LD script is written into the element's light DOM
 * (shown below). Google shows FAQ rich results only for authoritative government and health sites.
 */
export const StructuredData: Story = {
  name: 'Structured data',
  args: { structuredData: true },
  render: (args) => html`${render(args)}
    <pre style="white-space: pre-wrap; font-size: 0.75rem; max-width: 46rem" data-json-ld>(JSON-LD appears here)</pre>`,
  play: async ({ canvasElement }) => {
    const accordion = canvasElement.querySelector('faq-accordion')!;
    const out = canvasElement.querySelector('[data-json-ld]')!;
    const show = () => {
      const script = accordion.querySelector('script[type="application/ld+json"]');
      if (script) out.textContent = JSON.stringify(JSON.parse(script.textContent!), null, 2);
    };
    // The JSON-LD writer is downloaded on demand, so the script arrives some time after the feed:
    // show it whenever the accordion's light DOM changes.
    new MutationObserver(show).observe(accordion, { childList: true, subtree: true, characterData: true });
    show();
  },
};

/** `heading=""`: no section heading, e.g. when the page has its own. */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** A custom heading; the questions are `h4`, the heading `h3`. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'Your questions, answered', headingLevel: 3 } };

/** Spacing, icon and number size through `--news-faq-accordion-*` custom properties. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  args: { numbered: true, expanded: '1' },
  render: (args) => html`<div
    style="--news-faq-accordion-gap: 0; --news-faq-accordion-padding: 1.25rem; --news-faq-accordion-icon-size: 1.5rem; --news-faq-accordion-number-size: 2rem; --news-radius: 0"
  >
    ${render(args)}
  </div>`,
};

/** The dark theme (the page behind it turns dark too). */
export const Dark: Story = { args: { theme: 'dark', numbered: true, expanded: '1' } };

/** Right to left with an Arabic FAQ: numbers on the right, chevrons on the left, Arabic strings. */
export const RTL: Story = {
  args: { src: undefined, item: undefined, feed: ARABIC_FAQ_FEED, numbered: true, expanded: '1' },
  decorators: [rightToLeft],
};

/** German strings from `lang="de"`. */
export const German: Story = { args: { lang: 'de', expanded: '1' } };

/** While the feed is on its way: a skeleton of the heading and four questions. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the data stays, with a notice and a retry button. */
export const Stale: Story = { args: { loader: staleLoader } };

/** An article without questions says so. */
export const WithoutQuestions: Story = { name: 'Article without questions', args: { item: TITLE_ONLY_ID } };

/** A feed without items. */
export const Empty: Story = { args: { src: undefined, item: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
