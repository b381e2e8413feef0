import { css } from 'lit';

export const styles = css`
  :host {
    --_qs-accent: var(--news-quick-summary-accent, var(--_accent));
    --_qs-background: var(--news-quick-summary-background, color-mix(in srgb, var(--_accent) 5%, var(--_bg)));
    --_qs-border: var(--news-quick-summary-border, var(--_border));
    --_qs-bar: var(--news-quick-summary-bar-width, 4px);
  }

  /* An article without a summary leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    /* The padding adapts to the box's own width, not the viewport's. */
    container-type: inline-size;
    padding: var(--news-quick-summary-padding, 1em 1.25em);
    background: var(--_qs-background);
    border: 1px solid var(--_qs-border);
    border-inline-start: var(--_qs-bar) solid var(--_qs-accent);
    border-radius: var(--_radius);
    /* The bar runs straight along its edge; logical corners mirror in RTL. */
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  .heading {
    margin: 0 0 0.615em;
    font-family: var(--_heading-font);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_qs-accent);
  }

  .text {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.6;
    color: var(--_text);
    overflow-wrap: anywhere;
    /* A summary may hold several paragraphs. */
    white-space: pre-line;
  }

  @container (width < 28em) {
    .text {
      font-size: 1em;
    }
  }

  /* Loading: the box's footprint, with bars where the heading and the text will be. */
  .skeleton-heading {
    width: 8em;
    max-width: 50%;
    height: 0.875em;
    margin-block-end: 0.75em;
  }

  .skeleton-text {
    display: grid;
    gap: 0.6em;
  }
`;
