import { css } from 'lit';

export const styles = css`
  :host {
    --_kt-accent: var(--news-key-takeaways-accent, var(--_accent));
    --_kt-background: var(--news-key-takeaways-background, var(--_surface));
    --_kt-bar: var(--news-key-takeaways-bar-width, 4px);
    --_kt-gap: var(--news-key-takeaways-gap, 0.75em);
  }

  /* An article without takeaways leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    /* The inner box adapts to the callout's own width, not the viewport's. */
    container-type: inline-size;
    background: var(--_kt-background);
    border-inline-start: var(--_kt-bar) solid var(--_kt-accent);
    border-radius: var(--_radius);
    /* The bar runs straight along its edge; logical corners mirror in RTL. */
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  .inner {
    padding: var(--news-key-takeaways-padding, 1.25em 1.5em);
  }

  @container (width < 28em) {
    .inner {
      padding: var(--news-key-takeaways-padding, 1em 1.125em);
    }
  }

  .heading {
    margin: 0 0 0.667em;
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: -0.005em;
    color: var(--_text);
  }

  .list {
    display: grid;
    gap: var(--_kt-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .takeaway {
    position: relative;
    padding-inline-start: 1.25em;
    line-height: 1.55;
    overflow-wrap: anywhere;
  }

  /* A custom bullet centred on the first line, in the accent colour. */
  .takeaway::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.125em;
    inset-block-start: calc(0.775em - 0.2em);
    width: 0.4em;
    height: 0.4em;
    border-radius: 50%;
    background: var(--_kt-accent);
  }

  .text {
    /* Takeaways may hold several paragraphs. */
    white-space: pre-line;
  }

  .citation {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .source {
    color: inherit;
    text-decoration-line: underline;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.15em;
    /* A domain is left-to-right even inside right-to-left text. */
    unicode-bidi: isolate;
    border-radius: 2px;
  }

  /* Close to the name, so the ring does not cover the parentheses around it. */
  .source:focus-visible {
    outline-offset: 0;
  }

  .source:hover {
    color: var(--_kt-accent);
    text-decoration-color: currentColor;
  }

  /* A button (0.875em): 6 and 16 px at the widget's default size. */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.429em;
    margin-block-start: 1.143em;
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

  /* Loading: the callout's footprint, with bars where the heading and takeaways will be. */
  .skeleton-heading {
    width: 10em;
    max-width: 50%;
    height: 1.25em;
    margin-block-end: 0.95em;
  }

  .skeleton-list {
    display: grid;
    gap: calc(var(--_kt-gap) + 0.55em);
  }

  .skeleton-takeaway {
    display: grid;
    /* Bars of 1em on the takeaways' 1.55 line height. */
    gap: 0.55em;
    padding-inline-start: 1.25em;
  }
`;
