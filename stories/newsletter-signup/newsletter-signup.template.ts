import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import type { NewsletterSignup } from '../../src/components/newsletter-signup/newsletter-signup.js';
import type { WidgetArgs } from '../story-helpers.js';

/**
 * The state a story shows, reached the way a reader and a host reach it: the story types an address
 * and submits the form; the host's `news-subscribe` listener cancels the post and reports the
 * outcome with `complete()`. Nothing is sent anywhere (Storybook has no signup service).
 */
export type SignupStory = 'idle' | 'invalid' | 'sending' | 'success' | 'refused' | 'failed';

/** The attributes and properties a newsletter-signup story sets. */
export interface NewsletterSignupArgs extends WidgetArgs {
  /** Where the form posts (http or https); the feed's `_news.newsletter.action` when absent. */
  action?: string;
  /** The heading; the feed's newsletter title, else the translated default; none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** Milliseconds before a signup gives up. */
  timeout: number;
  /** The state to bring the form to (through a submit and the host's `complete()`). */
  signup: SignupStory;
}

/** What the host reports for each state; `sending` never hears back. */
const OUTCOMES: Partial<Record<SignupStory, { ok: boolean; message?: string }>> = {
  success: { ok: true },
  refused: { ok: false, message: 'This address is already subscribed.' },
  failed: { ok: false },
};

/** The story each element currently shows, read by its one listener. */
const shown = new WeakMap<NewsletterSignup, SignupStory>();

/** Cancels the post and answers as the story says, like a host that signs readers up itself. */
function hostAnswers(event: Event): void {
  const el = event.currentTarget as NewsletterSignup;
  event.preventDefault();
  const outcome = OUTCOMES[shown.get(el) ?? 'idle'];
  if (outcome) el.complete(outcome);
}

/** Brings a fresh element to `story`: types an address (a broken one for `invalid`) and submits. */
async function drive(el: NewsletterSignup, story: SignupStory): Promise<void> {
  if (shown.has(el)) return;
  shown.set(el, story);
  el.addEventListener('news-subscribe', hostAnswers);
  if (story === 'idle') return;
  // The form appears once the feed has arrived.
  let field: HTMLInputElement | null | undefined;
  for (let tries = 0; tries < 100 && !(field = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="email"]')); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!field?.form) return;
  field.value = story === 'invalid' ? 'reader@' : 'reader@example.com';
  field.dispatchEvent(new Event('input'));
  // The widget moves focus (to the field or the thank-you); on a Docs page of many stories, stay put.
  const { scrollX, scrollY } = window;
  field.form.requestSubmit();
  await el.updateComplete;
  window.scrollTo(scrollX, scrollY);
}

/** A `<newsletter-signup>` with these args; a new element for each `signup` state, driven from the start. */
export const renderNewsletterSignup = (args: NewsletterSignupArgs) =>
  html`${keyed(
    args.signup,
    html`<newsletter-signup
      ${ref((el) => el && void drive(el as NewsletterSignup, args.signup))}
      src=${ifDefined(args.src)}
      .feed=${args.feed}
      .loader=${args.loader}
      action=${ifDefined(args.action)}
      heading=${ifDefined(args.heading)}
      heading-level=${args.headingLevel}
      timeout=${args.timeout}
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
      style="max-width: 46rem"
    ></newsletter-signup>`
  )}`;
