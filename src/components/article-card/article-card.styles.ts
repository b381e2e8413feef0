import { css } from 'lit';

export const styles = css`
  :host {
    --_ratio: var(--news-article-card-image-ratio, 16 / 9);
    --_media-width: var(--news-article-card-media-width, 40%);
    --_summary-lines: var(--news-article-card-summary-lines, 3);
    --_scrim: var(--news-article-card-scrim-color, #0c0e12);
    --_on-scrim: var(--news-article-card-on-scrim-color, #ffffff);
    --_pad: 1.25em;
    /* A column, so a stale notice above the card shares the host's height instead of pushing the card out. */
    display: flex;
    flex-direction: column;
  }

  /* The card answers to its own width, not the viewport's. */
  .container {
    container-type: inline-size;
    flex: 1;
  }

  .card {
    /* Anchors the title link's stretched ::after; isolate keeps its z-index inside the card. */
    position: relative;
    isolation: isolate;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: clip;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  article.card:hover {
    border-color: color-mix(in srgb, var(--_accent) 50%, var(--_border));
    box-shadow: 0 0.375em 1.25em -0.5em color-mix(in srgb, var(--_text) 28%, transparent);
  }

  /* One focus ring for the whole card; without :has() the second rule is dropped and the ring also shows on click. */
  .card:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .card:focus-within:not(:has(:focus-visible)) {
    outline: none;
  }
  .link:focus-visible {
    outline: none;
  }

  /* ---- image ---- */
  .media {
    margin: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    background: var(--_skeleton);
  }
  /* The loading placeholder takes the frame's shape (rounded only where a layout rounds the frame). */
  .frame.skeleton-box {
    border-radius: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .frame img {
      transition: transform 300ms ease;
    }
    article.card:hover .frame img {
      transform: scale(1.03);
    }
    article.card {
      transition:
        border-color 150ms ease,
        box-shadow 150ms ease;
    }
  }
  .caption {
    padding: 0.667em calc(var(--_pad) / 0.75) 0;
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.4;
  }

  /* ---- text ---- */
  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
    padding: 1em var(--_pad) var(--_pad);
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    line-height: 1.3;
  }
  .category {
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: pretty;
    overflow-wrap: anywhere;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  /* The block link: the title's link covers the card, so the whole card is one click target. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  article.card:hover .link,
  .link:focus-visible {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .summary {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    color: var(--_muted);
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_summary-lines);
    line-clamp: var(--_summary-lines);
    overflow-wrap: anywhere;
  }
  .footer {
    display: grid;
    gap: 0.75em;
    /* Cards stretched to equal heights keep their footers aligned at the bottom. */
    margin-block-start: auto;
    padding-block-start: 0.25em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.167em 0.833em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.5;
  }

  /* ---- horizontal: an inset thumbnail beside the text when the card is wide enough ---- */
  @container (min-width: 30em) {
    .horizontal {
      flex-direction: row;
    }
    /* The thumbnail keeps its ratio however tall the card is stretched: no extreme crops. */
    .horizontal .media {
      flex: 0 0 var(--_media-width);
      align-self: flex-start;
      padding-block: var(--_pad);
      padding-inline-start: var(--_pad);
    }
    .horizontal .frame {
      border-radius: calc(var(--_radius) * 0.75);
    }
    .horizontal .caption {
      padding: 0.667em 0 0;
    }
    .horizontal .body {
      padding-block-start: var(--_pad);
    }
  }

  /* ---- compact: no image, tighter ---- */
  .compact {
    --_pad: 1em;
    --_summary-lines: var(--news-article-card-summary-lines, 2);
  }
  .compact .body {
    gap: 0.375em;
    padding-block: 0.875em;
  }
  .compact .title {
    font-size: 1.0625em;
  }
  .compact .footer {
    gap: 0.5em;
  }

  /*
   * ---- hero: the lead story. Narrow (under 36em), the image on top at its own ratio, its
   * caption under it and the text below on the card's surface, as in a vertical card. Wide, the
   * text over the image on a scrim, white in both themes.
   */
  .hero {
    --_pad: 1.5em;
    --_summary-lines: var(--news-article-card-summary-lines, 4);
  }
  .hero .title {
    font-size: clamp(1.375em, 1em + 2cqi, 2em);
    line-height: 1.2;
    text-wrap: balance;
  }
  /* No image: a solid tint of the accent, with the theme's own text colours on it. */
  .hero.no-image {
    --_ink: var(--_text);
    border-color: transparent;
    background: color-mix(in srgb, var(--_accent) 20%, var(--_bg));
  }
  @container (width < 36em) {
    .hero {
      --_pad: 1.25em;
    }
  }
  @container (min-width: 36em) {
    .hero {
      --_summary-lines: var(--news-article-card-summary-lines, 2);
      --_ink: var(--_on-scrim);
      /* One grid cell holds the sizer, the image and the text, stacked. */
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-items: end;
      min-height: 14em;
      color: var(--_ink);
    }
    .hero > * {
      grid-area: 1 / 1;
    }
    .hero.has-image {
      border-color: transparent;
      background: var(--_scrim);
    }
    /* The image's shape is the least the card takes; longer text makes it taller. */
    .hero.has-image::before,
    .hero.skeleton-card::before {
      content: '';
      grid-area: 1 / 1;
      aspect-ratio: var(--_ratio);
    }
    .hero .media,
    .hero .frame {
      position: absolute;
      inset: 0;
      aspect-ratio: auto;
    }
    .hero .caption {
      position: absolute;
      inset-block-start: 1em;
      inset-inline-end: 1em;
      max-width: min(60%, 32em);
      padding: 0.333em 0.667em;
      border-radius: 0.333em;
      background: color-mix(in srgb, var(--_scrim) 75%, transparent);
      color: var(--_on-scrim);
    }
    .hero .body {
      position: relative;
      padding-block-start: var(--_pad);
    }
    .hero.has-image .body {
      /* Fades in over the top 4em, then at least 72% shade behind every line of text. */
      padding-block-start: 4em;
      background: linear-gradient(
        to top,
        color-mix(in srgb, var(--_scrim) 90%, transparent) 0%,
        color-mix(in srgb, var(--_scrim) 72%, transparent) calc(100% - 4em),
        transparent 100%
      );
      text-shadow: 0 1px 2px color-mix(in srgb, var(--_scrim) 60%, transparent);
    }
    .hero .category,
    .hero .meta,
    .hero .summary {
      color: var(--_ink);
    }
    .hero .summary,
    .hero .meta {
      color: color-mix(in srgb, var(--_ink) 90%, transparent);
    }
    .hero .tag {
      border-color: color-mix(in srgb, var(--_ink) 40%, transparent);
      background: color-mix(in srgb, var(--_ink) 14%, transparent);
      color: var(--_ink);
    }
    /* Loading: the image's shape alone, as the text goes over it. */
    .hero.skeleton-card .body {
      display: none;
    }
  }

  /* ---- loading ---- */
  .hero.skeleton-card {
    border-color: transparent;
  }
  .skeleton-card .body {
    gap: 0.625em;
  }
  .category-line {
    width: 25%;
    height: 0.75em;
  }
  .title-line {
    height: 1.25em;
  }
  .meta-line {
    width: 45%;
    height: 0.8125em;
    margin-block-start: 0.5em;
  }
`;
