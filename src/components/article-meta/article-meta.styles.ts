import { css } from 'lit';

export const styles = css`
  :host {
    --_am-logo: var(--news-article-meta-logo-size, 1.5em);
  }

  /* An article without these facts leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 0.857em;
    font-size: var(--news-article-meta-font-size, 0.875em);
    line-height: 1.5;
    color: var(--_muted);
  }

  /*
   * The meta row (src/render/meta-row.ts) at this widget's size. Its overflow clips the separator
   * of a fact that starts a line; the margin keeps the focus ring of a link at a line's start or
   * end, and stays under the half gap where that separator is drawn.
   */
  .line {
    row-gap: 0.286em;
    font-size: inherit;
    line-height: inherit;
    overflow-clip-margin: 0.3em;
  }

  .line > * + *::before {
    color: var(--news-article-meta-separator, var(--_muted));
  }

  .item {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  /* The logo beside "Published by …", centred on the text (inside the fact, after its separator). */
  .publisher-box {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    vertical-align: middle;
  }

  .logo {
    flex: none;
    block-size: var(--_am-logo);
    inline-size: auto;
    max-inline-size: 8em;
    object-fit: contain;
  }

  a {
    border-radius: 2px;
    text-underline-offset: 0.15em;
  }

  .publisher-name {
    font-weight: 600;
  }

  a.publisher-name,
  .name {
    color: var(--_text);
  }

  a.publisher-name:hover,
  a.name:hover {
    color: var(--_accent);
  }

  .dateline {
    margin: 0;
    font-weight: 700;
    color: var(--_text);
    letter-spacing: 0.01em;
  }

  .credits {
    margin: 0;
    font-style: italic;
  }

  /* Loading: a bar per row, each as tall as a line of text. */
  .skeleton-row {
    display: flex;
    align-items: center;
    block-size: 1.5em;
  }

  .skeleton-meta-0 {
    inline-size: 25.14em;
    max-inline-size: 90%;
  }

  .skeleton-meta-1 {
    inline-size: 10.29em;
  }

  .skeleton-meta-2 {
    inline-size: 22.86em;
    max-inline-size: 80%;
  }
`;
