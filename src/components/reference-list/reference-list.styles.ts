import { css } from 'lit';

export const styles = css`
  :host {
    --_rl-gap: var(--news-reference-list-gap, 0.5em);
  }

  /* An article without references leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .heading {
    margin: 0 0 0.667em;
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }

  .list {
    display: grid;
    gap: var(--_rl-gap);
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .reference {
    padding-inline-start: 0.25em;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .reference::marker {
    color: var(--news-reference-list-marker-color, var(--_muted));
    font-variant-numeric: tabular-nums;
  }

  .title {
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }

  /* The publisher under its title: no separator to read aloud or to strand at a line end. */
  .publisher {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .skeleton-heading {
    inline-size: 8em;
    max-inline-size: 50%;
    block-size: 1.25em;
    margin-block-end: 0.95em;
  }
`;
