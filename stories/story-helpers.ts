/**
 * What every story shares besides the sample data (sample/sample-data.ts): the args and controls
 * all widgets have, loaders that hold a widget in the loading or stale state, and the page around
 * a dark or right-to-left story.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Theme } from '../src/base/news-widget.js';
import { FeedError } from '../src/feed/errors.js';
import { FeedLoader } from '../src/on-demand/feed/load.js';

/** The settings every widget has: where its feed comes from, its theme and its language. */
export interface WidgetArgs {
  /** URL of a JSON Feed. */
  src?: string;
  /** A parsed JSON Feed object; wins over `src`. */
  feed?: unknown;
  /** The loader to fetch `src` with. */
  loader?: FeedLoader;
  theme: Theme;
  lang?: string;
}

/** The settings of a widget that shows one article of the feed. */
export interface ItemWidgetArgs extends WidgetArgs {
  /** The id of the article; the first item when absent. */
  item?: string;
}

/** The controls of WidgetArgs, for a story's `argTypes`. */
export const widgetArgTypes = {
  src: { control: 'text' },
  feed: { control: 'object' },
  loader: { control: false },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: { control: 'select', options: [undefined, 'en', 'de', 'fr', 'es', 'ar'] },
} as const;

/** A loader whose requests never settle: shows the loading skeleton for as long as you look. */
export const pendingLoader = {
  load: () => new Promise(() => {}),
  refresh: () => new Promise(() => {}),
} as unknown as FeedLoader;

/**
 * A loader whose every answer is the last good copy after a failed refresh: the stale state,
 * which otherwise needs a server that fails on cue.
 */
const realLoader = new FeedLoader();
export const staleLoader = {
  load: async (url: string) => ({
    ...(await realLoader.load(url)),
    staleError: new FeedError('network', 'The feed could not be reached.', { url }),
  }),
  refresh: (url: string) => staleLoader.load(url),
} as unknown as FeedLoader;

/** The story in a right-to-left Arabic page, whatever the toolbar says. */
export const rightToLeft: Decorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;

/** The story on a dark page, framed, whatever the toolbar says. */
export const onDarkPage: Decorator = (story) => html`<div style="padding: 1.5rem; background: #0d0f13">${story()}</div>`;
