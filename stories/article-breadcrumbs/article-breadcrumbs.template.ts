import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-breadcrumbs story sets. */
export interface ArticleBreadcrumbsArgs extends ItemWidgetArgs {
  /** Write a schema.org BreadcrumbList JSON-LD script into the light DOM. */
  structuredData: boolean;
}

/** An `<article-breadcrumbs>` with these args. */
export const renderArticleBreadcrumbs = (args: ArticleBreadcrumbsArgs) => html`<article-breadcrumbs
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  ?structured-data=${args.structuredData}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 52rem"
></article-breadcrumbs>`;
