import { css } from 'lit';

export const styles = css`
  :host {
    --_heading-size: var(--news-headline-list-heading-size, 1.25em);
    --_title-size: var(--news-headline-list-title-size, 1em);
    --_thumb-width: var(--news-headline-list-thumbnail-width, 7.5em);
    --_ratio: var(--news-headline-list-image-ratio, 16 / 9);
    --_rule: var(--news-headline-list-rule-color, var(--_text));
    --_category: var(--news-headline-list-category-color, var(--_accent));
  }

  /* The widget's own width drives the layout (container queries below), not the viewport's. */
  .base {
    container: headline-list / inline-size;
  }

  /* Heading row */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-block-end: 0.5em;
    border-block-end: 2px solid var(--_rule);
  }
  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
  }
  .view-all {
    font-size: 0.875em;
    /* 24 px tall at the default size (WCAG 2.5.8 without relying on spacing); the text keeps its baseline. */
    padding-block: 0.125em;
    font-weight: 600;
    text-decoration: none;
    white-space: nowrap;
    border-radius: 0.143em;
  }
  .view-all::after {
    /* The arrow is decoration: the empty alternative keeps it out of the link's name. */
    content: '\\2192' / '';
    display: inline-block;
    margin-inline-start: 0.3em;
    transition: translate 0.15s ease;
  }
  .view-all:dir(rtl)::after {
    content: '\\2190' / '';
  }
  .view-all:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* Items */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    /* The link's hit area (.link::after) stretches over the whole item. */
    position: relative;
    display: flex;
    gap: 0.875em;
    align-items: flex-start;
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .thumb {
    position: relative;
    flex: none;
    overflow: hidden;
    aspect-ratio: var(--_ratio);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  /* A deliberate tile, not an empty box: the feed's icon on a tint of the accent. */
  .placeholder {
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  .icon {
    width: 40%;
    height: 40%;
    object-fit: contain;
    opacity: 0.85;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.333em 0.667em;
    font-size: 0.75em;
    line-height: 1.4;
  }
  .category {
    color: var(--_category);
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
  }
  .title {
    display: block;
    font-family: var(--_heading-font);
    font-size: var(--_title-size);
    font-weight: 650;
    line-height: 1.35;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .link {
    color: inherit;
    text-decoration: none;
    outline: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .item:hover .link .title {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.18em;
  }

  /* list: thumbnail at the inline start, a rule between items */
  .layout-list .item {
    padding-block: 0.875em;
    border-block-end: 1px solid var(--_border);
  }
  .layout-list .item:last-child {
    border-block-end: 0;
  }
  .layout-list .thumb {
    width: var(--_thumb-width);
  }
  @container headline-list (max-width: 22em) {
    .layout-list .thumb {
      width: min(var(--_thumb-width), 5.5em);
    }
  }
  /* A sidebar too narrow for two columns: the picture goes above the title, which keeps the full width. */
  @container headline-list (max-width: 16em) {
    .layout-list .item {
      flex-direction: column;
      gap: 0.5em;
    }
    .layout-list .thumb {
      width: 100%;
    }
  }
  @container headline-list (min-width: 40em) {
    .layout-list .item {
      gap: 1.125em;
    }
    .layout-list .thumb {
      width: calc(var(--_thumb-width) * 1.25);
    }
  }

  /* grid: cards in as many columns as the widget's width allows */
  .layout-grid .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em 1.25em;
    padding-block-start: 1em;
  }
  .layout-grid .item {
    flex-direction: column;
    gap: 0.625em;
  }
  .layout-grid .thumb {
    width: 100%;
  }
  .layout-grid .title {
    font-size: calc(var(--_title-size) * 1.0625);
  }
  /*
   * Narrow, a column of full-width cards would run for screens: compact rows instead, a small
   * thumbnail beside each title, as in the list. Rows have no neighbours to align with: no placeholder.
   */
  @container headline-list (width < 30em) {
    .layout-grid .list {
      gap: 0;
      padding-block-start: 0;
    }
    .layout-grid .item {
      flex-direction: row;
      gap: 0.875em;
      padding-block: 0.75em;
      border-block-end: 1px solid var(--_border);
    }
    .layout-grid .item:last-child {
      border-block-end: 0;
    }
    .layout-grid .thumb {
      width: min(var(--_thumb-width), 6em);
    }
    .layout-grid .title {
      font-size: var(--_title-size);
    }
    .layout-grid .placeholder {
      display: none;
    }
  }
  @container headline-list (min-width: 30em) {
    .layout-grid .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container headline-list (min-width: 46em) {
    .layout-grid .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container headline-list (min-width: 64em) {
    .layout-grid .list {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  /* compact: text only, dense; two columns when there is room */
  .layout-compact .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: 2em;
  }
  .layout-compact .item {
    padding-block: 0.625em;
    border-block-end: 1px solid var(--_border);
  }
  .layout-compact .body {
    gap: 0.125em;
  }
  .layout-compact .title {
    font-size: var(--news-headline-list-title-size, 0.9375em);
  }
  .layout-compact .kicker {
    gap: 0.364em 0.727em;
    font-size: 0.6875em;
  }
  @container headline-list (min-width: 44em) {
    .layout-compact .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  /* The empty message sits under the heading, not against its rule. */
  .header + .message {
    margin-block: 1em 0;
  }

  /* Load more */
  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 1em;
  }
  .load-more {
    display: inline-flex;
    align-items: center;
    gap: 0.571em;
    min-height: 2.571em;
    padding-inline: 1.429em;
    font-weight: 600;
  }
  .load-more[aria-disabled='true'] {
    cursor: progress;
  }
  .load-more[aria-disabled='true']:hover {
    background: transparent;
    color: var(--_accent);
  }
  .spinner {
    width: 0.875em;
    height: 0.875em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: headline-list-spin 0.8s linear infinite;
    }
    .view-all:hover::after {
      translate: 0.15em 0;
    }
    .view-all:dir(rtl):hover::after {
      translate: -0.15em 0;
    }
  }
  @keyframes headline-list-spin {
    to {
      rotate: 1turn;
    }
  }
  .load-more-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    text-align: center;
  }

  /* Loading skeleton: the same boxes as the content */
  .skeleton-heading {
    width: min(14em, 60%);
    height: 1.5em;
  }
  [part='skeleton'] .header {
    border-block-end-color: var(--_skeleton);
  }
  [part='skeleton'] .body {
    gap: 0.5em;
    padding-block-start: 0.25em;
  }
`;
