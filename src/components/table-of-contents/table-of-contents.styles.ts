import { css } from 'lit';

export const styles = css`
  :host {
    --_toc-accent: var(--news-table-of-contents-accent, var(--_accent));
    --_toc-background: var(--news-table-of-contents-background, var(--_surface));
    --_toc-indent: var(--news-table-of-contents-indent, 1em);
    --_toc-gap: var(--news-table-of-contents-gap, 0.375em);
  }

  /* An article without sections leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    /* Narrow or wide is the box's own width, not the viewport's: a sidebar is narrow on any screen. */
    container-type: inline-size;
    padding: var(--news-table-of-contents-padding, 1em 1.25em);
    background: var(--_toc-background);
    border-radius: var(--_radius);
  }

  .header {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }

  .list {
    display: grid;
    gap: var(--_toc-gap);
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }

  .list .list {
    margin-block-start: var(--_toc-gap);
    padding-inline-start: var(--_toc-indent);
  }

  .link {
    display: block;
    /* Room for the marker of the current section, on the inline-start side. */
    padding-block: 0.125em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid transparent;
    color: var(--_text);
    line-height: 1.4;
    text-decoration: none;
    overflow-wrap: anywhere;
    /* Feed text keeps its own direction and alignment (dir="auto"). */
    text-align: start;
  }

  /* Weightless, so hover and the current section win over it. */
  :where(.list .list) .link {
    padding-block: 0.133em;
    padding-inline-start: 0.8em;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  .link:hover {
    color: var(--_toc-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link[aria-current='true'] {
    border-inline-start-color: var(--_toc-accent);
    color: var(--_toc-accent);
    font-weight: 600;
  }

  /* Wide: the list always shows, the toggle is gone. */
  .toggle {
    display: none;
  }

  /* Narrow: the list folds behind the toggle, which spans the whole header row. */
  @container (width < 40em) {
    .toggle {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      min-width: 2em;
      min-height: 2em;
      padding: 0;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_text);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }

    /* Next to a heading, the whole header row answers a click; the focus ring goes around it. */
    .toggle:not(.labelled)::after {
      content: '';
      position: absolute;
      inset: -0.25em;
      border-radius: var(--_radius);
    }

    .toggle:not(.labelled):focus-visible {
      outline: none;
    }

    .toggle:not(.labelled):focus-visible::after {
      outline: 2px solid var(--_focus);
    }

    .base:not(.open) > .list,
    .base:not(.open) > .skeleton-list {
      display: none;
    }
  }

  .chevron {
    width: 1.25em;
    height: 1.25em;
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

  /* Loading: the box's footprint, with bars where the heading and the links will be. */
  .skeleton-heading {
    width: 10em;
    max-width: 50%;
    height: 1.25em;
  }

  .skeleton-list {
    display: grid;
    gap: 0.75em;
    margin-block-start: 1em;
  }

  .skeleton-list .skeleton-line {
    width: 70%;
  }

  .skeleton-list .nested {
    width: 55%;
    margin-inline-start: var(--_toc-indent);
  }
`;
