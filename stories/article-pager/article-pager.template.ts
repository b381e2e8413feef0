import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-pager story sets. */
export type ArticlePagerArgs = ItemWidgetArgs;

/** An `<article-pager>` with these args. */
export const renderArticlePager = (args: ArticlePagerArgs) => html`<article-pager
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 52rem"
></article-pager>`;
