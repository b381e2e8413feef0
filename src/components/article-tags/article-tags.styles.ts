import { css } from 'lit';

export const styles = css`
  :host {
    --_at-gap: var(--news-article-tags-gap, 0.5em);
    --_at-background: var(--news-article-tags-background, var(--_surface));
    --_at-color: var(--news-article-tags-color, var(--_text));
    --_at-border: var(--news-article-tags-border, var(--_border));
    --_at-radius: var(--news-article-tags-radius, 999px);
  }

  /* An article without tags leaves no trace in the page's layout. */
  :host([empty]) {
    display: none;
  }

  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_at-gap) 0.75em;
  }

  .label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_at-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .chip {
    display: inline-block;
    padding: 0.308em 0.923em;
    border: 1px solid var(--_at-border);
    border-radius: var(--_at-radius);
    background: var(--_at-background);
    color: var(--_at-color);
    font-size: 0.8125em;
    font-weight: 500;
    line-height: 1.4;
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  a.chip:hover {
    border-color: var(--news-article-tags-hover-background, var(--_accent));
    background: var(--news-article-tags-hover-background, var(--_accent));
    color: var(--news-article-tags-hover-color, var(--_accent-text));
  }

  /* Loading: three chips. */
  .skeleton-chips {
    display: flex;
    gap: var(--_at-gap);
  }

  .skeleton-chip {
    inline-size: 4.5em;
    block-size: 1.75em;
    border-radius: var(--_at-radius);
  }

  .skeleton-chip:nth-child(2) {
    inline-size: 6em;
  }
`;
