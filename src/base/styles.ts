/**
 * Design tokens as CSS custom properties, and the reset that shields widgets from the host page.
 * Every token can be set from outside (`headline-list { --news-color-accent: teal }`).
 */
import { css } from 'lit';

/**
 * Each token is a light/dark pair resolved by the element's used colour scheme: `theme="light"` and
 * `theme="dark"` force one; `auto` inherits the page's `color-scheme`, so a widget turns dark only
 * on a page that declares it supports dark (`color-scheme: light dark`) and a reader who prefers it.
 * A light page never gets a dark widget with unreadable text on it.
 */
const tokens = css`
  --_bg: var(--news-color-background, light-dark(#ffffff, #15171c));
  --_surface: var(--news-color-surface, light-dark(#f4f5f7, #1f232a));
  --_text: var(--news-color-text, light-dark(#16181d, #eceef2));
  --_muted: var(--news-color-muted, light-dark(#4d5562, #a9b1bd));
  --_border: var(--news-color-border, light-dark(#d9dde3, #363c46));
  --_accent: var(--news-color-accent, light-dark(#0b5cad, #7ab8ff));
  --_accent-text: var(--news-color-on-accent, light-dark(#ffffff, #0b1220));
  --_danger: var(--news-color-danger, light-dark(#a4262c, #ff8a8f));
  --_skeleton: var(--news-color-skeleton, light-dark(#e6e8ec, #2a2f37));
  --_sponsored-bg: var(--news-color-sponsored, light-dark(#fff3c4, #4a3b00));
  --_sponsored-text: var(--news-color-on-sponsored, light-dark(#5c4400, #ffe28a));
  --_focus: var(--news-color-focus, light-dark(#0b5cad, #7ab8ff));
`;

export const themeStyles = css`
  :host {
    ${tokens}
    /*
     * The page reaches inside only through what the host inherits, so each inherited text property
     * is set here, !important: a shadow tree's important declaration beats the page's, even a
     * '* { color: red !important }' (CSS Cascade 4). Pages theme through the --news-* tokens.
     * 'medium' is the reader's default text size, not the page's root size. The host's box
     * (display, margin, width) stays the page's to set.
     */
    display: block;
    box-sizing: border-box;
    font: 400 var(--news-font-size, medium) / var(--news-line-height, 1.5)
      var(--news-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text) !important;
    background: var(--news-widget-background, transparent);
    --_radius: var(--news-radius, 0.5em);
    --_heading-font: var(--news-font-family-heading, inherit);
  }
  /* A reset's '[hidden] { display: block }' does not show a hidden widget. */
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Not inherited from the host, whose box-sizing is the page's. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The blocks every widget shares: skeleton, empty, error, stale, buttons, labels. (Meta rows: src/render/meta-row.ts.) */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton-line {
    height: 1em;
    border-radius: 0.25em;
    background: var(--_skeleton);
  }
  .skeleton-line.short {
    width: 60%;
  }
  .skeleton-box {
    border-radius: var(--_radius);
    background: var(--_skeleton);
    aspect-ratio: 16 / 9;
  }
  /* Forced colours paint no backgrounds: there a transparent outline is drawn, so placeholders stay visible. */
  .skeleton-line,
  .skeleton-box {
    outline: 1px solid transparent;
    outline-offset: -1px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line,
    .skeleton-box {
      animation: news-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .message {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .error {
    padding: 1em;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .error-title {
    margin: 0;
    font-weight: 600;
    color: var(--_danger);
  }
  .error-detail {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.571em;
    align-items: center;
    margin-block-end: 0.857em;
    padding: 0.571em 0.857em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.429em 1em;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  /* A picture filling the aspect-ratio box reserved for it (position: relative), cropped to fit. */
  .cover {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .sponsored {
    display: inline-block;
    padding: 0.067em 0.6em;
    border-radius: 0.333em;
    background: var(--_sponsored-bg);
    color: var(--_sponsored-text);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
`;
