import { css } from 'lit';

export const styles = css`
  :host {
    --_na-width: var(--news-news-article-max-width, 48em);
    --_na-gap: var(--news-news-article-gap, 2em);
    --_na-category: var(--news-news-article-category-color, var(--_accent));
  }

  /* One readable column, centred in whatever the page gives it; the parts follow its width. */
  .base {
    container-type: inline-size;
    display: grid;
    gap: var(--_na-gap);
    max-inline-size: var(--_na-width);
    margin-inline: auto;
  }

  @container (width < 34em) {
    .base,
    .article {
      --_na-gap: var(--news-news-article-gap, 1.5em);
    }
  }

  .article {
    display: grid;
    gap: var(--_na-gap);
    min-inline-size: 0;
  }

  /* Category, headline and meta read as one block. */
  .header {
    display: grid;
    gap: 0.625em;
  }

  /* Each part takes the article's size: a relative --news-font-size (1.25em) applies once, not again in every part. */
  .part {
    min-inline-size: 0;
    --news-font-size: 1em;
  }

  .category {
    margin: 0;
    color: var(--_na-category);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.06em;
    line-height: 1.3;
    text-transform: uppercase;
  }

  .headline {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--news-news-article-headline-size, clamp(1.875em, 1.2em + 2.6cqi, 2.625em));
    font-weight: 800;
    line-height: 1.15;
    letter-spacing: -0.015em;
    color: var(--_text);
    overflow-wrap: break-word;
    text-wrap: balance;
  }

  .figure {
    margin: 0;
  }

  .picture {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }

  .caption {
    margin-block-start: 0.615em;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }

  /*
   * Loading: the headline, meta, picture and first paragraphs where they will be, in at least a
   * screen's height: an article is longer than that, so what follows it starts below the fold and
   * does not move when the article arrives (the loader reserves the same, src/loader.ts).
   */
  .skeleton-article {
    align-content: start;
    min-block-size: 100svh;
  }

  .skeleton-crumbs {
    width: 16em;
    max-width: 70%;
    height: 0.875em;
  }

  .skeleton-category {
    width: 6em;
    height: 0.875em;
  }

  .skeleton-headline {
    display: grid;
    gap: 0.5em;
  }

  .skeleton-headline .skeleton-line {
    height: 2.25em;
  }

  .skeleton-meta {
    width: 20em;
    max-width: 80%;
    height: 0.875em;
  }
`;
