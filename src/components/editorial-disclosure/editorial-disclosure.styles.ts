import { css } from 'lit';

export const styles = css`
  :host {
    --_ed-lines: var(--news-editorial-disclosure-lines, 3);
    --_ed-background: var(--news-editorial-disclosure-background, var(--_surface));
  }

  /* Nothing to disclose leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    padding: var(--news-editorial-disclosure-padding, 1.143em 1.429em);
    border-radius: calc(var(--_radius) / 0.875);
    background: var(--_ed-background);
    font-size: var(--news-editorial-disclosure-font-size, 0.875em);
  }

  .heading {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font);
    font-size: 1.143em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }

  .label {
    margin: 0 0 0.5em;
  }

  .text {
    color: var(--_muted);
    line-height: 1.6;
    overflow-wrap: anywhere;
  }

  .text p {
    margin: 0;
  }

  .text p + p {
    margin-block-start: 0.75em;
  }

  /* Shortened: the first lines, ended by an ellipsis; the rest stays in the DOM for readers and search. */
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_ed-lines);
    line-clamp: var(--_ed-lines);
    overflow: hidden;
  }

  /* A button at its usual size (the base's 0.875em is already the box's size). */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.429em;
    margin-block-start: 0.857em;
    font-size: 1em;
  }

  .chevron {
    width: 1em;
    height: 1em;
    flex: none;
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.2s ease;
    }
  }

  /* Loading: the box with a heading bar and three lines of text. */
  .skeleton-heading {
    width: 16em;
    max-width: 60%;
    height: 1.257em;
    margin-block-end: 0.857em;
  }

  /* Bars of 1em on the text's 1.6 line height. */
  .skeleton-text {
    display: grid;
    gap: 0.6em;
  }

  .skeleton-toggle {
    width: 8em;
    height: 2.286em;
    margin-block-start: 1.143em;
    border-radius: 999px;
  }
`;
