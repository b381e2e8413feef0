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
    padding: var(--news-editorial-disclosure-padding, 1rem 1.25rem);
    border-radius: var(--_radius);
    background: var(--_ed-background);
    font-size: var(--news-editorial-disclosure-font-size, 0.875rem);
  }

  .heading {
    margin: 0 0 0.5rem;
    font-family: var(--_heading-font);
    font-size: 1rem;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }

  .label {
    margin: 0 0 0.5rem;
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

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin-block-start: 0.75rem;
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
    width: 14rem;
    max-width: 60%;
    height: 1.1rem;
    margin-block-end: 0.75rem;
  }

  /* Bars of 1em on the text's 1.6 line height. */
  .skeleton-text {
    display: grid;
    gap: 0.6em;
  }

  .skeleton-toggle {
    width: 7rem;
    height: 2rem;
    margin-block-start: 1rem;
    border-radius: 999px;
  }
`;
