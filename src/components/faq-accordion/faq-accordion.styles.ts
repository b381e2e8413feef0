import { css } from 'lit';

export const styles = css`
  .base {
    /* Narrow widgets (a sidebar, a phone) get tighter padding: the widget's width, not the viewport's. */
    container-type: inline-size;
    --_icon: var(--news-faq-accordion-icon-size, 1.25em);
    --_number: var(--news-faq-accordion-number-size, 1.75em);
    --_inner-gap: 0.75em;
  }

  .heading {
    margin: 0 0 0.636em;
    font-family: var(--_heading-font);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
    text-wrap: balance;
  }

  .list {
    display: grid;
    gap: var(--news-faq-accordion-gap, 0.5em);
  }

  .entry {
    --_pad: var(--news-faq-accordion-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Where a link to #<question-id> scrolls to; hosts with a sticky header can raise it via ::part(entry). */
    /* The page's geometry (a sticky header), so the page's rem. */
    scroll-margin-block-start: 1rem;
  }

  .entry.open {
    background: var(--_surface);
  }

  .question {
    margin: 0;
    font: inherit;
  }

  .trigger {
    display: flex;
    align-items: center;
    gap: var(--_inner-gap);
    inline-size: 100%;
    margin: 0;
    padding: var(--_pad);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }

  .trigger:focus-visible {
    /* Drawn over the entry's border, inside the widget, so a host's overflow: hidden cannot clip it. */
    outline-offset: -1px;
  }

  .trigger:hover .question-text {
    color: var(--_accent);
  }

  /* The larger text is the question's own: the padding, the number and the icon stay at the widget's size. */
  .question-text {
    font-size: 1.0625em;
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    /* --_number is a length at the widget's size; this text is 0.875em. */
    inline-size: calc(var(--_number) / 0.875);
    block-size: calc(var(--_number) / 0.875);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .open .number {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .icon {
    flex: none;
    inline-size: var(--_icon);
    block-size: var(--_icon);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    color: var(--_muted);
  }

  .open .icon {
    transform: rotate(180deg);
  }

  /*
   * A closed panel is hidden="until-found", which keeps its box (content-visibility: hidden), so
   * the panel itself has no padding: the body inside carries it.
   */
  .answer-body {
    padding: 0 var(--_pad) var(--_pad);
  }

  :host([numbered]) .answer-body {
    /* Answers line up with their question's text, not with the number. */
    padding-inline-start: calc(var(--_pad) + var(--_number) + var(--_inner-gap));
  }

  .answer-body p {
    margin: 0 0 0.75em;
    max-inline-size: 72ch;
  }

  .answer-body p:last-child {
    margin-block-end: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 0.2s ease;
    }
    .answer:not([hidden]) .answer-body {
      animation: news-faq-reveal 0.2s ease-out;
    }
  }

  @keyframes news-faq-reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }

  @container (max-width: 30em) {
    .entry {
      --_pad: var(--news-faq-accordion-padding, 0.75em);
    }
    .question-text {
      font-size: 1em;
    }
  }

  /* The loading placeholder: the heading and four closed questions. */
  .skeleton-heading {
    inline-size: 55%;
    block-size: 1.375em;
    margin-block: 0.1875em 1.0625em;
  }

  .skeleton-row {
    padding: var(--_pad);
  }

  .skeleton-row .skeleton-line {
    inline-size: 70%;
    /* One line of question text: 1.0625em × 1.4. */
    block-size: 1.25em;
    margin-block: 0.12em;
  }
`;
