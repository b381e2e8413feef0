import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BROKEN_FEED_URL, EMPTY_FEED, SAMPLE_FEED_URL } from '../../sample/sample-data.js';
import { pendingLoader, rightToLeft, staleLoader, widgetArgTypes } from '../story-helpers.js';
import '../../src/components/newsletter-signup/newsletter-signup.define.js';
import { renderNewsletterSignup as render, type NewsletterSignupArgs } from './newsletter-signup.template.js';

/**
 * The feed's newsletter call to action as a real form: email validation in the reader's language,
 * a honeypot, a cancelable `news-subscribe`, and sending, success and error states. The states
 * below are reached as on a page: the story submits an address and a host listener answers with
 * `complete()` (nothing is posted from Storybook).
 */
const meta = {
  title: 'Widgets/newsletter-signup',
  component: 'newsletter-signup',
  render,
  args: { src: SAMPLE_FEED_URL, headingLevel: 2, timeout: 10000, theme: 'auto', signup: 'idle' },
  argTypes: {
    ...widgetArgTypes,
    action: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    timeout: { control: { type: 'number', min: 1, step: 500 } },
    signup: { control: 'select', options: ['idle', 'invalid', 'sending', 'success', 'refused', 'failed'] },
  },
} satisfies Meta<NewsletterSignupArgs>;

export default meta;
type Story = StoryObj<NewsletterSignupArgs>;

/** The seed page's box: the feed's title and text, an email field and Subscribe. */
export const Default: Story = {};

/** An address that is not one: the message in the reader's language under the field, `aria-invalid`, focus on the field. */
export const Invalid: Story = { name: 'Invalid address', args: { signup: 'invalid' } };

/** On its way: the button says "Subscribing…" and does nothing more, the form is `aria-busy`. */
export const Sending: Story = { args: { signup: 'sending' } };

/** Done: the thank-you replaces the form (`role="status"`, focused). */
export const Success: Story = { args: { signup: 'success' } };

/** Refused with the service's own message (a 4xx `{ "message": … }`), shown as plain text; the address stays. */
export const Refused: Story = { name: 'Error: refused with a message', args: { signup: 'refused' } };

/** The service failed (a 5xx, the network, the timeout): a plain sentence in the reader's language; the address stays. */
export const Failed: Story = { name: 'Error: service failed', args: { signup: 'failed' } };

/** `heading` replaces the feed's title; one level down. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'The Morning Briefing', headingLevel: 3 } };

/** `heading=""`: no heading (the box is named by the default heading for screen readers). */
export const NoHeading: Story = { name: 'No heading', args: { heading: '' } };

/** Without a feed: an `action` alone gives a form with the translated default heading. */
export const Standalone: Story = {
  name: 'Action without a feed',
  args: { src: undefined, action: 'https://news.example/newsletter/subscribe' },
};

/** A feed without a newsletter, or an `action` the URL policy refuses (`javascript:`): signup is unavailable, no form. */
export const Unavailable: Story = { args: { action: 'javascript:alert(1)' } };

/** The accent, background and field width through `--news-newsletter-signup-*` custom properties. */
export const CustomColors: Story = {
  name: 'Custom colours',
  render: (args) => html`<div
    style="--news-newsletter-signup-accent: #9a4412; --news-newsletter-signup-background: #fbf3ec; --news-newsletter-signup-field-width: 26rem"
  >
    ${render({ ...args, theme: 'light' })}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left: the envelope and the button move over; the English feed text keeps its direction, the address reads left to right. */
export const RTL: Story = { args: { signup: 'invalid' }, decorators: [rightToLeft] };

/** German strings from `lang="de"`, in the error state. */
export const German: Story = { args: { lang: 'de', signup: 'failed' } };

/** While the feed is on its way: a skeleton of the box. */
export const Loading: Story = { args: { loader: pendingLoader } };

/** The last good copy after a failed refresh: the form stays, with a notice. */
export const Stale: Story = { args: { loader: staleLoader } };

/** A feed without a newsletter: the unavailable notice. */
export const Empty: Story = { name: 'Feed without a newsletter', args: { src: undefined, feed: EMPTY_FEED } };

/** The feed could not be loaded: a message and a "Try again" button. */
export const ErrorState: Story = { name: 'Error', args: { src: BROKEN_FEED_URL } };
