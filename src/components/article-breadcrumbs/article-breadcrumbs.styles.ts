import { css } from 'lit';

export const styles = css`
  :host {
    --_bc-gap: var(--news-article-breadcrumbs-gap, 0.571em);
    --_bc-crumb-max: var(--news-article-breadcrumbs-crumb-max-width, 10em);
    /* The trail adapts to the widget's own width, not the viewport's. */
    container-type: inline-size;
  }

  .base {
    font-size: var(--news-article-breadcrumbs-font-size, 0.875em);
    /* Lines 24.5 px apart: links stacked in a wrapped trail keep their 24 px circles apart (WCAG 2.5.8). */
    line-height: 1.75;
  }

  /* An article without a trail leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  /* Inline crumbs: a long title flows on after the others and wraps like a sentence. */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .crumb {
    display: inline;
  }

  /*
   * Drawn by CSS with empty alternative text: screen readers announce a list, not the separators.
   * In right-to-left text the bidi algorithm mirrors a mirrored glyph (› becomes ‹) by itself.
   */
  .crumb + .crumb::before {
    content: var(--news-article-breadcrumbs-separator, '\\203A') / '';
    display: inline-block;
    margin-inline: var(--_bc-gap);
    color: var(--_muted);
  }

  /* Underlined, not only coloured: the links sit in a line of muted text. */
  .link {
    color: var(--_accent);
    text-decoration-line: underline;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.2em;
    border-radius: 2px;
  }

  .link:hover {
    text-decoration-color: currentColor;
  }

  .current {
    color: var(--_text);
  }

  /* Narrow: the crumbs between the first and the article are cut with an ellipsis, the article's title wraps. */
  @container (width < 30em) {
    /* A cut crumb keeps its separator on its own line. */
    .crumb:not(:first-child, :last-child) {
      white-space: nowrap;
    }

    .crumb:not(:first-child, :last-child) > * {
      display: inline-block;
      max-inline-size: var(--_bc-crumb-max);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
    }
  }

  /* Loading: one line of short bars, the trail's height. */
  .skeleton-trail {
    display: flex;
    gap: var(--_bc-gap);
    block-size: 1.75em;
    align-items: center;
  }

  .skeleton-trail .skeleton-line {
    inline-size: 5.714em;
  }

  .skeleton-trail .skeleton-line:last-child {
    inline-size: 16em;
    min-inline-size: 0;
    flex: 0 1 auto;
  }
`;
