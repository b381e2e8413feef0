import { css } from 'lit';

export const styles = css`
  :host {
    --_ap-gap: var(--news-article-pager-gap, 1em);
    --_ap-padding: var(--news-article-pager-padding, 1em 1.25em);
    --_ap-background: var(--news-article-pager-background, var(--_bg));
    --_ap-border: var(--news-article-pager-border, 1px solid var(--_border));
    /* The links adapt to the widget's own width, not the viewport's. */
    container-type: inline-size;
  }

  /* An article without previous or next leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_ap-gap);
  }


  .link {
    display: grid;
    align-content: start;
    gap: 0.375em;
    padding: var(--_ap-padding);
    border: var(--_ap-border);
    border-radius: var(--_radius);
    background: var(--_ap-background);
    color: var(--_text);
    text-decoration: none;
  }

  /* Next keeps the inline-end column and aligns there, also when there is no previous (wide layout). */
  .next {
    grid-column: -2;
    text-align: end;
  }

  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.462em;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    line-height: 1.3;
  }

  /* "Next … ›": the arrow after the words, at the inline end. */
  .next .label {
    justify-content: flex-end;
  }

  .next .arrow {
    order: 1;
  }

  /* Narrow: one link under the other, both read from the start (a ragged start edge is hard to read). */
  @container (width < 32em) {
    .base {
      grid-template-columns: 1fr;
    }

    .next {
      text-align: start;
    }

    .next .label {
      justify-content: flex-start;
    }
  }

  /* In the label (0.8125em): 16 px at the widget's default size. */
  .arrow {
    width: 1.231em;
    height: 1.231em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The arrows point the way the text reads. */
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  .title {
    font-family: var(--_heading-font);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .link:hover {
    border-color: var(--_accent);
  }

  .link:hover .title {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:hover .arrow {
    color: var(--_accent);
  }

  @media (prefers-reduced-motion: no-preference) {
    .link {
      transition: border-color 0.15s ease;
    }
  }

  /* Loading: two boxes of the links' size. */
  .skeleton-link {
    min-block-size: 7em;
  }

  .skeleton-title {
    height: 1.0625em;
  }

  .skeleton-label {
    width: 9em;
    max-width: 60%;
    height: 0.8em;
  }
`;
