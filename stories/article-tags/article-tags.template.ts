import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-tags story sets. */
export interface ArticleTagsArgs extends ItemWidgetArgs {
  /** A URL template for tag pages, `{tag}` replaced by the encoded tag. */
  tagHref?: string;
  /** Where tag links open (`_blank` for a new tab). */
  target?: string;
  /** Shows "Tags" before the chips. */
  labelled: boolean;
}

/** An `<article-tags>` with these args. */
export const renderArticleTags = (args: ArticleTagsArgs) => html`<article-tags
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  tag-href=${ifDefined(args.tagHref)}
  target=${ifDefined(args.target)}
  ?labelled=${args.labelled}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></article-tags>`;
