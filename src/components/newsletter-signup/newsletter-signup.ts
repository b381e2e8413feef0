import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit } from '../../events/news-events.js';
import { renderHeading } from '../../render/heading.js';
import { widgetStrings, type WidgetStrings } from '../../i18n/strings.js';
import { NewsWidget } from '../../base/news-widget.js';
import { lazy } from '../../util/lazy.js';
import type { NewsFeed, NewsNewsletter } from '../../feed/types.js';
import { styles } from './newsletter-signup.styles.js';

export interface NewsletterSignupStrings extends WidgetStrings {
  /** The heading when neither `heading` nor the feed's `_news.newsletter.title` gives one. */
  heading: string;
  /** The email field's label. */
  emailLabel: string;
  /** The example address shown in the empty field. */
  emailPlaceholder: string;
  /** The submit button. */
  subscribe: string;
  /** The submit button while the address is on its way. */
  subscribing: string;
  /** Shown once the signup went through. */
  success: string;
  /** Submitted with an empty field. */
  emailMissing: string;
  /** Submitted with something that is not an email address. */
  emailInvalid: string;
  /** The service refused the address (4xx) without saying why in plain text. */
  refused: string;
  /** The service failed (5xx) or could not be reached. */
  failed: string;
  /** The service did not answer within `timeout`. */
  timedOut: string;
  /** Shown instead of the form when there is no usable address to post to. */
  unavailable: string;
  /** The label of the hidden field that people leave empty (only bots see it). */
  honeypotLabel: string;
}

const english: NewsletterSignupStrings = {
  ...widgetStrings,
  heading: 'Get our newsletter',
  emailLabel: 'Email address',
  emailPlaceholder: 'name@example.com',
  subscribe: 'Subscribe',
  subscribing: 'Subscribing…',
  success: 'Thanks for subscribing! Check your inbox to confirm your address.',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  refused: 'The signup did not go through. Check the address and try again.',
  failed: 'We could not sign you up right now. Please try again later.',
  timedOut: 'The signup took too long to answer. Please try again later.',
  unavailable: 'Newsletter signup is not available at the moment.',
  honeypotLabel: 'Leave this field empty',
};

/** Where a signup stands: nothing sent yet, on its way, done, or failed (the form stays, with its address). */
export type NewsletterSignupStatus = 'idle' | 'sending' | 'success' | 'error';

/** How a host that handled `news-subscribe` itself reports the outcome: `complete({ ok, message })`. */
export interface NewsletterSignupResult {
  readonly ok: boolean;
  /** Shown to the reader as plain text instead of the widget's own sentence. */
  readonly message?: string;
}

/** Which sentence a failure without a message of its own shows. */
type FailureKey = 'refused' | 'failed' | 'timedOut';

/** The longest server message shown to readers; longer ones are cut with an ellipsis. */
const MESSAGE_LIMIT = 200;
const DEFAULT_TIMEOUT = 10_000;

/** The project's URL policy (http and https only), downloaded with the first newsletter form. */
const urlPolicy = lazy(() => import('../../on-demand/feed/safe-url.js'));

/** A server's message as one line of plain text, at most MESSAGE_LIMIT characters, or undefined. */
function plainMessage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1).trimEnd()}…` : line || undefined;
}

/** The message of a refusal: a JSON `{ "message": "…" }` or a text/plain body; never HTML. */
async function refusalMessage(response: Response): Promise<string | undefined> {
  const type = response.headers.get('content-type') ?? '';
  try {
    if (/[/+]json\b/i.test(type)) return plainMessage(((await response.json()) as { message?: unknown } | null)?.message);
    if (/^text\/plain\b/i.test(type)) return plainMessage(await response.text());
  } catch {
    // An unreadable body says nothing the reader can use: the widget's own sentence shows.
  }
  return undefined;
}

/**
 * The feed's newsletter call to action as a real form: a heading and a line of text (the feed's
 * `_news.newsletter` `title` and `text`), a labelled email field and a Subscribe button. It posts
 * `email=…` (form-urlencoded, `Accept: application/json`) with `fetch` to `action`, else the feed's
 * `_news.newsletter.action`: only http(s) addresses pass the project's URL policy; without one the
 * box says that signup is unavailable. The signup goes idle → sending (button inert, `aria-busy`,
 * "Subscribing…") → success (`role="status"`, focus moves to it) or error (`role="alert"`; the
 * typed address stays and focus returns to the field). A 4xx answer's JSON `message` or text/plain
 * body shows as plain text, cut at 200 characters; a 5xx, a network failure and `timeout` show a
 * sentence in the reader's language, with the technical detail in `console.warn`.
 *
 * The address is checked by the widget, in the reader's language (`novalidate`, `aria-invalid`,
 * `aria-describedby`, focus back on the field). A hidden honeypot field catches form-filling bots:
 * when it is filled, the widget shows success and sends nothing (and fires nothing).
 *
 * Before posting, it fires a cancelable `news-subscribe`; a host that cancels it signs the reader
 * up itself, while the form shows "Subscribing…", and reports back with `complete({ ok, message })`.
 *
 * It reads only feed-level data, so it extends NewsWidget (it ignores `item`). With an `action`
 * and no feed at all, the form shows on its own. The page needs CSP `connect-src` for the action.
 *
 * @summary The newsletter signup form: validation, sending, success and error states.
 * @tagname newsletter-signup
 *
 * @csspart base - The call-to-action box (a `<section>`).
 * @csspart heading - The heading.
 * @csspart text - The feed's line of text under the heading.
 * @csspart form - The `<form>`.
 * @csspart label - The email field's label.
 * @csspart input - The email field.
 * @csspart submit - The Subscribe button.
 * @csspart validation - The message under the field when the address is missing or not valid.
 * @csspart failure - The message of a failed signup (`role="alert"`).
 * @csspart success - The thank-you message (`role="status"`).
 * @csspart unavailable - Shown instead of the form when there is no usable action.
 * @csspart message - The message shown when neither a feed nor an action was given.
 * @csspart empty - Not used: a feed without a newsletter shows the "unavailable" notice.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box of a feed that could not be loaded (`role="alert"`).
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over saved content when a refresh failed.
 *
 * @cssproperty --news-newsletter-signup-background - The box's background (default: the theme surface).
 * @cssproperty --news-newsletter-signup-accent - The top bar, the icon and the button (default: the theme accent).
 * @cssproperty --news-newsletter-signup-padding - The box's padding (default: `1.5em 1.75em`, tighter when narrow).
 * @cssproperty --news-newsletter-signup-field-width - The widest the field and button row grows (default: `32em`).
 *
 * @fires news-subscribe - The reader submitted a valid address; detail `{ email, action }` (`action`
 *   is the checked URL it would post to). Cancelable: `preventDefault()` and the host signs the
 *   reader up itself, then calls `complete({ ok, message? })`; the form shows "Subscribing…" until then.
 */
export class NewsletterSignup extends NewsWidget<NewsletterSignupStrings> {
  static override tagName = 'newsletter-signup';

  static override styles = [NewsWidget.styles, styles];

  /** The URL the form posts to (http or https); wins over the feed's `_news.newsletter.action`. */
  @property() action?: string;

  /** The heading; the feed's newsletter title, else the translated default; no heading when empty (`heading=""`). */
  @property() heading?: string;

  /** The level (2–6) of the heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How long (ms) the signup may take before it fails with a "took too long" message; 10000 by default. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  @state() private current: NewsletterSignupStatus = 'idle';

  /** Why the typed address was not sent (a strings key), while it shows. */
  @state() private invalid?: 'emailMissing' | 'emailInvalid';

  /** The failure shown in the error state: a server's or host's message, else one of the strings. */
  @state() private failure?: { readonly message?: string; readonly key: FailureKey };

  /** The host's success message, when it gave one. */
  @state() private successMessage?: string;

  /** The action after the URL policy: a URL, `null` when there is none or it was refused, undefined while checking. */
  @state() private endpoint?: string | null;

  /** The action the policy is checking or has checked (`null` before the first check), and that check. */
  private checked?: string | null = null;
  private endpointCheck: Promise<string | undefined> = Promise.resolve(undefined);

  /** A cancelled `news-subscribe` waits for the host's `complete()`. */
  private awaitingHost = false;

  /** Where focus goes after the next render: the field (invalid, failed) or the success message. */
  private focusAfterUpdate?: 'input' | 'success';

  @query('#email') private readonly input?: HTMLInputElement | null;

  @query('#website') private readonly honeypot?: HTMLInputElement | null;

  protected override get englishStrings(): NewsletterSignupStrings {
    return english;
  }

  /** Where the signup stands: `idle`, `sending`, `success` or `error`. */
  get status(): NewsletterSignupStatus {
    return this.current;
  }

  private get newsletter(): NewsNewsletter | undefined {
    const state = this.feedController.state;
    return state.status === 'complete' ? state.feed.newsletter : undefined;
  }

  private get timeoutMs(): number {
    const timeout = Number(this.timeout);
    return timeout > 0 ? timeout : DEFAULT_TIMEOUT;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const action = this.action?.trim() || this.newsletter?.action;
    if (action === this.checked) return;
    this.checked = action;
    if (!action) {
      this.endpoint = null;
      this.endpointCheck = Promise.resolve(undefined);
      return;
    }
    this.endpoint = undefined;
    this.endpointCheck = urlPolicy().then(
      ({ safeUrl }) => safeUrl(action, document.baseURI),
      () => undefined
    );
    void this.endpointCheck.then((url) => {
      if (this.checked !== action) return;
      if (!url) console.warn(`news-widgets: <${this.localName}> will not post to "${action}": only http(s) addresses are allowed.`);
      this.endpoint = url ?? null;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (target === 'input') this.input?.focus();
    else if (target) this.renderRoot.querySelector<HTMLElement>('#success')?.focus();
  }

  /**
   * Reports the outcome of a signup the host handled itself (it cancelled `news-subscribe`):
   * `ok: true` shows the success state, `ok: false` the error state with the address kept;
   * `message`, when given, is shown as plain text instead of the widget's own sentence. Returns
   * false, changing nothing, when no cancelled signup is waiting.
   */
  complete(result: NewsletterSignupResult): boolean {
    if (!this.awaitingHost) return false;
    this.awaitingHost = false;
    this.finish(result.ok, plainMessage(result.message));
    return true;
  }

  /** Success or failure, with the message to show (else the widget's own sentence, `key` for a failure). */
  private finish(ok: boolean, message?: string, key: FailureKey = 'failed'): void {
    this.current = ok ? 'success' : 'error';
    this.successMessage = ok ? message : undefined;
    this.failure = ok ? undefined : { message, key };
    this.focusAfterUpdate = ok ? 'success' : 'input';
  }

  private onInput(): void {
    // The message goes as soon as the reader fixes the address; a new problem shows at the next submit.
    if (this.invalid && this.input?.validity.valid) this.invalid = undefined;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.input;
    if (this.current === 'sending' || !input) return;
    if (!input.validity.valid) {
      this.invalid = input.validity.valueMissing ? 'emailMissing' : 'emailInvalid';
      this.focusAfterUpdate = 'input';
      // The same message again still moves focus back to the field.
      this.requestUpdate();
      return;
    }
    this.invalid = undefined;
    this.failure = undefined;
    // A person never sees the honeypot; whatever filled it gets a success that sent nothing.
    if (this.honeypot?.value) return this.finish(true);
    const email = input.value;
    this.current = 'sending';
    const action = await this.endpointCheck;
    if (!action) {
      this.current = 'idle';
      return;
    }
    this.awaitingHost = true;
    const handled = !emit(this, 'news-subscribe', { email, action }, { cancelable: true });
    // A host that cancelled reports back with complete(); one that completed without cancelling is obeyed too.
    if (handled || !this.awaitingHost) return;
    this.awaitingHost = false;
    await this.post(action, email);
  }

  private async post(action: string, email: string): Promise<void> {
    const timeout = this.timeoutMs;
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email }),
        signal: AbortSignal.timeout(timeout),
      });
      if (response.ok) return this.finish(true);
      const server = response.status < 500 ? await refusalMessage(response) : undefined;
      console.warn(`news-widgets: <${this.localName}> signup at ${action} failed: HTTP ${response.status} ${response.statusText}`.trim());
      this.finish(false, server, response.status < 500 ? 'refused' : 'failed');
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      console.warn(`news-widgets: <${this.localName}> signup at ${action} failed${timedOut ? ` after ${timeout} ms` : ''}.`, error);
      this.finish(false, undefined, timedOut ? 'timedOut' : 'failed');
    }
  }

  /** With an `action` and no feed, the form stands alone; without either, the base's "no feed" message. */
  protected override render(): unknown {
    return this.feedController.state.status === 'idle' && this.action?.trim() ? this.renderBox() : super.render();
  }

  /** The box's own layout with bars in it: a third heading line and a second text line show when narrow. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="base">
      <div class="inner">
        <div class="icon skeleton-disc"></div>
        <div class="content">
          ${
            this.heading === ''
              ? nothing
              : html`<div class="skeleton-line skeleton-heading"></div>
                  <div class="skeleton-line skeleton-heading narrow"></div>
                  <div class="skeleton-line skeleton-heading short"></div>`
          }
          <div class="skeleton-line skeleton-text"></div>
          <div class="skeleton-line skeleton-text narrow short"></div>
          <div class="skeleton-line skeleton-label"></div>
          <div class="row">
            <div class="skeleton-line skeleton-field"></div>
            <div class="skeleton-line skeleton-button"></div>
          </div>
        </div>
      </div>
    </div>`;
  }

  protected override renderFeed(feed: NewsFeed): unknown {
    return this.renderBox(feed);
  }

  private renderBox(feed?: NewsFeed): TemplateResult {
    const newsletter = feed?.newsletter;
    const heading = this.heading === '' ? undefined : this.heading || newsletter?.title || this.text.heading;
    // Feed text keeps the feed's language; the widget's own strings are in the reader's.
    const lang = !this.heading && newsletter?.title ? feed?.language : undefined;
    return html`<section class="base" part="base" aria-labelledby=${heading === undefined ? nothing : 'heading'} aria-label=${heading === undefined ? this.text.heading : nothing}>
      <div class="inner">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3.5 6.5h17v11h-17z M3.5 7l8.5 6.5L20.5 7" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
      </svg>
      <div class="content">
        ${heading === undefined ? nothing : renderHeading(this.headingLevel, 2, { name: 'heading', id: 'heading', lang }, heading)}
        ${newsletter?.text ? html`<p class="text" part="text" dir="auto" lang=${feed?.language || nothing}>${newsletter.text}</p>` : nothing}
        ${this.renderAction()}
      </div>
      </div>
    </section>`;
  }

  private renderAction(): TemplateResult {
    if (this.current === 'success') {
      return html`<p id="success" class="success" part="success" role="status" tabindex="-1">
        <svg class="check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span dir="auto">${this.successMessage ?? this.text.success}</span>
      </p>`;
    }
    if (this.endpoint === null) return html`<p class="unavailable" part="unavailable">${this.text.unavailable}</p>`;
    const sending = this.current === 'sending';
    const invalid = this.invalid;
    return html`<form class="form" part="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit}>
      <label class="label" part="label" for="email">${this.text.emailLabel}</label>
      <div class="row">
        <input
          id="email"
          class="input"
          part="input"
          type="email"
          name="email"
          dir="ltr"
          autocomplete="email"
          spellcheck="false"
          autocapitalize="off"
          required
          placeholder=${this.text.emailPlaceholder}
          ?readonly=${sending}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'validation' : this.failure ? 'failure' : nothing}
          @input=${this.onInput}
        />
        ${invalid ? html`<p id="validation" class="validation" part="validation">${this.text[invalid]}</p>` : nothing}
        <!-- aria-disabled, not disabled: the button keeps focus while the address is on its way. -->
        <button class="submit" part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          <!-- Both labels take the same cell: the button is as wide as the longer one, so the row never jumps. -->
          <span class="submit-label" ?hidden=${sending}>${this.text.subscribe}</span>
          <span class="submit-label" ?hidden=${!sending}>${this.text.subscribing}</span>
        </button>
      </div>
      ${
        this.current === 'error' && this.failure
          ? html`<p id="failure" class="failure" part="failure" role="alert" dir="auto">${this.failure.message ?? this.text[this.failure.key]}</p>`
          : nothing
      }
      <!-- The honeypot: off screen, out of the tab order and the accessibility tree; people leave it empty. -->
      <div class="honeypot" aria-hidden="true">
        <label for="website">${this.text.honeypotLabel}</label>
        <input id="website" type="text" name="website" tabindex="-1" autocomplete="off" />
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'newsletter-signup': NewsletterSignup;
  }
}
