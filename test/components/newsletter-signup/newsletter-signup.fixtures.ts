/** What the newsletter-signup tests share: the test server's endpoint, the sample feed with it, and a submit. */
import type { NewsletterSignup } from '../../../src/components/newsletter-signup/newsletter-signup.js';
import { SAMPLE_FEED } from '../../../sample/sample-data.js';
import { fetchJson, uniqueKey } from '../../helpers/fixtures.js';
import { $ } from '../../helpers/query.js';
import { until } from '../../helpers/settle.js';

export type NewsletterMode = 'ok' | '4xx' | '5xx' | 'slow';

/** One post as the test server recorded it. */
export interface NewsletterPost {
  method: string;
  contentType: string;
  accept: string;
  body: string;
  email?: string;
  fields: Record<string, string>;
}

/** An endpoint of test/server/newsletter-server.js with a fresh key: `{ key, url }` (an absolute URL). */
export function endpoint(mode: NewsletterMode, options: Record<string, string | number> = {}): { key: string; url: string } {
  const key = uniqueKey(`newsletter-${mode}`);
  const query = new URLSearchParams({ mode, key });
  for (const [name, value] of Object.entries(options)) query.set(name, String(value));
  return { key, url: new URL(`/api/newsletter?${query}`, location.href).href };
}

/** What the endpoint received under `key`. */
export async function posts(key: string): Promise<NewsletterPost[]> {
  return (await fetchJson(`/api/newsletter/posts?key=${encodeURIComponent(key)}`)) as NewsletterPost[];
}

/** The sample feed whose `_news.newsletter.action` is `action`. */
export function feedWithAction(action: string) {
  return { ...SAMPLE_FEED, _news: { ...SAMPLE_FEED._news, newsletter: { ...SAMPLE_FEED._news.newsletter, action } } };
}

export const emailField = (el: NewsletterSignup) => $<HTMLInputElement>(el, 'input[part="input"]')!;
export const submitButton = (el: NewsletterSignup) => $<HTMLButtonElement>(el, 'button[part="submit"]')!;
/** The label the button shows (the other one only keeps its room). */
export const buttonLabel = (el: NewsletterSignup) => $(el, '[part="submit"] .submit-label:not([hidden])')!.textContent!.trim();
export const honeypotField = (el: NewsletterSignup) => $<HTMLInputElement>(el, 'input[name="website"]')!;

/** Types `email` into the field as a reader would (an input event) and presses Subscribe. */
export async function submit(el: NewsletterSignup, email: string): Promise<void> {
  const field = emailField(el);
  field.value = email;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  submitButton(el).click();
  await el.updateComplete;
}

/** Waits until the signup has left the sending state, then for the render that follows. */
export async function outcome(el: NewsletterSignup, timeout = 5000): Promise<NewsletterSignup> {
  await until(() => el.status !== 'sending' && el.status !== 'idle', `the signup stayed ${el.status}`, timeout);
  await el.updateComplete;
  return el;
}

/** The element focused inside the widget's shadow root, if any. */
export const focused = (el: NewsletterSignup) => el.shadowRoot!.activeElement;
