import { css } from 'lit';

/**
 * The article's typography. The body is feed markup without classes (the sanitizer removes them),
 * so these rules select elements inside `.content`; logical properties keep them right in RTL.
 */
export const styles = css`
  :host {
    --_ab-accent: var(--news-article-body-accent, var(--_accent));
    --_ab-gap: var(--news-article-body-gap, 1.1em);
  }

  .base {
    /* Headings size to the widget's column, not the viewport. */
    container-type: inline-size;
    max-inline-size: var(--news-article-body-measure, 70ch);
  }

  .content {
    font-size: var(--news-article-body-font-size, 1.0625em);
    line-height: var(--news-article-body-line-height, 1.7);
    overflow-wrap: break-word;
  }

  /* Blocks are spaced evenly; the first and last touch the widget's edges. */
  .content > :first-child {
    margin-block-start: 0;
  }

  .content > :last-child {
    margin-block-end: 0;
  }

  /* After a body too long to show whole: set apart from the article's own last paragraph. */
  .cut {
    margin-block: var(--_ab-gap) 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-style: italic;
  }

  p,
  ul,
  ol,
  dl,
  blockquote,
  figure,
  pre,
  [data-table-scroll],
  details {
    margin-block: 0 var(--_ab-gap);
    margin-inline: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 1.6em 0.5em;
    font-family: var(--_heading-font);
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.01em;
    color: var(--_text);
    /* The table of contents scrolls here: leave room above for a sticky page header (the page's geometry: rem). */
    scroll-margin-block-start: var(--news-scroll-offset, 1rem);
    text-wrap: balance;
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.25em;
  }

  h4 {
    font-size: 1.1em;
  }

  h5,
  h6 {
    font-size: 1em;
  }

  /* In a phone's column, smaller steps: a section title should not take four lines. */
  @container (width < 30em) {
    h2 {
      font-size: 1.3em;
    }

    h3 {
      font-size: 1.15em;
    }

    h4 {
      font-size: 1.05em;
    }
  }

  /* A heading straight after another one belongs to it. */
  :is(h2, h3, h4, h5, h6) + :is(h3, h4, h5, h6) {
    margin-block-start: 0.75em;
  }

  a {
    color: var(--_ab-accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  a:hover {
    text-decoration-thickness: 0.14em;
  }

  /* A link whose unsafe href was removed is plain text again. */
  a:not([href]) {
    color: inherit;
    text-decoration: none;
  }

  ul,
  ol {
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.35em;
  }

  li::marker {
    color: var(--_ab-accent);
  }

  blockquote {
    padding-block: 0.25em;
    padding-inline: 1.1em 0;
    border-inline-start: 3px solid var(--_ab-accent);
    color: var(--_text);
    font-style: italic;
  }

  blockquote > :last-child {
    margin-block-end: 0;
  }

  figure {
    margin-inline: 0;
  }

  /* Images scale down to the column; width and height from the markup reserve the aspect ratio. */
  img,
  video,
  svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }

  img,
  video {
    background: var(--_skeleton);
  }

  /* Media straight in the body (not in a figure or a paragraph) are blocks spaced like the others. */
  .content > :is(img, video, audio, svg, picture) {
    margin-block: 0 var(--_ab-gap);
  }

  figcaption {
    margin-block-start: 0.5em;
    font-size: 0.875em;
    line-height: 1.45;
    color: var(--_muted);
  }

  hr {
    margin-block: calc(var(--_ab-gap) * 1.5);
    border: 0;
    border-block-start: 1px solid var(--_border);
  }

  code,
  kbd,
  samp,
  pre {
    font-family: var(--news-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: 0.9em;
  }

  :not(pre) > code {
    padding: 0.1em 0.3em;
    border-radius: 0.25em;
    background: var(--_surface);
  }

  /* Code keeps its lines and its direction; it scrolls sideways rather than widen the page. */
  pre {
    overflow-x: auto;
    padding: 0.9em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.5;
    direction: ltr;
    text-align: left;
  }

  /* Wide tables scroll inline inside their box, which the keyboard can focus. */
  [data-table-scroll] {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    min-inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
    line-height: 1.45;
  }

  caption {
    padding: 0.6em 0.75em;
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_surface);
  }

  tr:last-child > td {
    border-block-end: 0;
  }

  mark {
    background: var(--_sponsored-bg);
    color: var(--_sponsored-text);
  }

  /*
   * Loading: paragraphs of grey bars at the body's line height, filling a screen's height: an
   * article's body is longer than that, so what follows it starts below the fold and does not move
   * when the body arrives (the loader reserves the same, src/loader.ts).
   */
  .skeleton-body {
    display: grid;
    gap: 1.6em;
    align-content: start;
    block-size: max(21.5em, 100svh);
    overflow: clip;
  }

  .skeleton-paragraph {
    display: grid;
    gap: 0.7em;
  }
`;
