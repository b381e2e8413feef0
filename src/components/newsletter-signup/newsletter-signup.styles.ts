import { css } from 'lit';

export const styles = css`
  :host {
    --_nl-background: var(--news-newsletter-signup-background, var(--_surface));
    --_nl-accent: var(--news-newsletter-signup-accent, var(--_accent));
    --_nl-field-width: var(--news-newsletter-signup-field-width, 32em);
    /* A field's edge needs 3:1 against the box: the muted text colour, softened towards the background. */
    --_nl-edge: color-mix(in srgb, var(--_muted) 75%, var(--_bg));
  }

  .base {
    /* The inner layout follows the box's own width, not the viewport's. */
    container-type: inline-size;
    position: relative;
    /* Holds the off-screen honeypot: a box in the other direction than its page must not widen the page. */
    overflow: clip;
    background: var(--_nl-background);
    border-block-start: 4px solid var(--_nl-accent);
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }

  /* An envelope in a tinted disc: the box reads as a call to action at a glance. */
  .icon {
    width: 3em;
    height: 3em;
    padding: 0.7em;
    border-radius: 50%;
    color: var(--_nl-accent);
    background: color-mix(in srgb, var(--_nl-accent) 14%, transparent);
  }

  .inner {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 1.25em;
    padding: var(--news-newsletter-signup-padding, 1.5em 1.75em);
  }

  .content {
    min-width: 0;
  }

  /* Narrow: the envelope sits above the heading, which gets the whole width. */
  @container (width < 30em) {
    .inner {
      grid-template-columns: 1fr;
      padding: var(--news-newsletter-signup-padding, 1.25em 1.125em);
    }
    .heading {
      font-size: 1.25em;
    }
    .icon {
      width: 2.5em;
      height: 2.5em;
      padding: 0.55em;
      margin-block-end: 0.75em;
    }
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.01em;
    color: var(--_text);
    text-wrap: balance;
  }

  .text {
    margin: 0.5em 0 0;
    color: var(--_muted);
    line-height: 1.5;
  }

  .form {
    display: grid;
    gap: 0.375em;
    max-width: var(--_nl-field-width);
    margin-block-start: 1.125em;
  }

  .label {
    font-size: 0.875em;
    font-weight: 600;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .input,
  .submit {
    min-block-size: 2.75em;
    font: inherit;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .input {
    flex: 1 1 14em;
    min-width: 0;
    padding: 0.5em 0.875em;
    border: 1px solid var(--_nl-edge);
    background: var(--_bg);
    color: var(--_text);
  }

  /* An address reads left to right; on a right-to-left page it still lines up with the label. */
  :host(:dir(rtl)) .input {
    text-align: right;
  }

  .input::placeholder {
    color: var(--_muted);
    opacity: 0.8;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  .input:focus-visible {
    outline-offset: 1px;
  }

  .submit {
    flex: 0 0 auto;
    padding: 0.5em 1.375em;
    /* Transparent, under the fill: forced colours paint no backgrounds and draw this edge instead. */
    border: 1px solid transparent;
    background: var(--_nl-accent);
    color: var(--_accent-text);
    font-weight: 600;
    cursor: pointer;
    display: inline-grid;
    place-items: center;
  }

  .submit-label {
    grid-area: 1 / 1;
  }

  /* The hidden label still takes its room (not its place in the accessible name). */
  .submit-label[hidden] {
    display: block;
    visibility: hidden;
  }

  .submit:hover {
    background: color-mix(in srgb, var(--_nl-accent) 85%, var(--_text));
  }

  .submit[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  /* Narrow: the button takes the whole width under the field, an easy target for a thumb. */
  /* Under the field and the button side by side; right under the field once the button wraps. */
  .validation {
    flex-basis: 100%;
    order: 1;
  }

  @container (width < 24em) {
    .submit {
      flex-basis: 100%;
    }
    .validation {
      order: 0;
    }
  }

  .validation,
  .failure {
    margin: 0;
    font-size: 0.875em;
    line-height: 1.45;
  }

  .validation {
    color: var(--_danger);
    font-weight: 600;
  }

  .failure {
    margin-block-start: 0.375em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_danger);
    border-radius: 0.25em;
    background: var(--_bg);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .success,
  .unavailable {
    margin: 1.125em 0 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .success {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
    font-weight: 600;
  }

  /* Focused only so that screen readers read it out: not a control, no ring. */
  .success:focus {
    outline: none;
  }

  .check {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    padding: 0.2em;
    border-radius: 50%;
    background: var(--_nl-accent);
    color: var(--_accent-text);
  }

  .unavailable {
    color: var(--_muted);
    border: 1px dashed var(--_border);
  }

  /* Off screen and clipped: bots that fill every field find it, people never do. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  /* Loading: the box's own layout, with bars where the heading, the text and the field will be. */
  .skeleton-disc {
    background: var(--_skeleton);
    /* Drawn in forced colours, where backgrounds are not. */
    outline: 1px solid transparent;
    outline-offset: -1px;
  }

  .skeleton-heading {
    width: 85%;
    height: 1.375em;
  }

  .skeleton-heading + .skeleton-heading {
    margin-block-start: 0.35em;
  }

  .skeleton-heading.short {
    width: 55%;
  }

  .skeleton-text {
    margin-block-start: 0.875em;
  }

  .skeleton-text + .skeleton-text {
    margin-block-start: 0.5em;
  }

  .skeleton-label {
    width: 7em;
    height: 0.875em;
    margin-block: 1.625em 0.5em;
  }

  .content > .row {
    max-width: var(--_nl-field-width);
  }

  .skeleton-field {
    flex: 1 1 14em;
    height: 2.75em;
  }

  .skeleton-button {
    flex: 0 0 9em;
    height: 2.75em;
  }

  .narrow {
    display: none;
  }

  @container (width < 30em) {
    .narrow {
      display: block;
    }
  }

  @container (width < 24em) {
    .skeleton-button {
      flex-basis: 100%;
    }
  }
`;
