import { css } from 'lit';

export const styles = css`
  :host {
    --_am-gap: var(--news-article-meta-gap, 1.25em);
    --_am-separator: var(--news-article-meta-separator, var(--_muted));
    --_am-dot: var(--news-article-meta-separator-size, 0.25em);
    --_am-logo: var(--news-article-meta-logo-size, 1.5em);
  }

  /* An article without these facts leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 0.75rem;
    font-size: var(--news-article-meta-font-size, 0.875rem);
    line-height: 1.5;
    color: var(--_muted);
  }

  /*
   * Separators that never dangle: every fact has the gap before it, with the separator dot in the
   * middle of that gap, and the row is pulled back by one gap. The first fact of each visual line
   * then has its gap, and its dot, outside the row's box, where the clip hides it; the last fact of
   * a line has nothing after it. So no line starts or ends with a separator, however it wraps.
   * The dots are drawn shapes, not characters: nothing to read aloud or to copy.
   */
  .line {
    overflow: clip;
    /* Room for the focus ring of a link at the start or end of a line. */
    overflow-clip-margin: 0.3em;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: 0.25rem;
    margin-inline-start: calc(-1 * var(--_am-gap));
  }

  .item {
    position: relative;
    min-inline-size: 0;
    margin-inline-start: var(--_am-gap);
    overflow-wrap: anywhere;
  }

  .item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc((var(--_am-gap) + var(--_am-dot)) / -2);
    inset-block-start: calc(50% - var(--_am-dot) / 2);
    inline-size: var(--_am-dot);
    block-size: var(--_am-dot);
    border-radius: 50%;
    background: var(--_am-separator);
  }

  /* The logo beside "Published by …", centred on its first line. */
  .publisher {
    display: flex;
    align-items: center;
    gap: 0.5em;
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
    inline-size: 22rem;
    max-inline-size: 90%;
  }

  .skeleton-meta-1 {
    inline-size: 9rem;
  }

  .skeleton-meta-2 {
    inline-size: 20rem;
    max-inline-size: 80%;
  }
`;
