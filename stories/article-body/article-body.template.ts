import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-body story sets. */
export interface ArticleBodyArgs extends ItemWidgetArgs {
  /** The level, 2 to 6, the body's highest heading takes. */
  headingLevel: number;
  /** Where the body's links open (`_blank` for a new tab). */
  target?: string;
}

/** An `<article-body>` with these args. */
export const renderArticleBody = (args: ArticleBodyArgs) => html`<article-body
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading-level=${args.headingLevel}
  target=${ifDefined(args.target)}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
></article-body>`;
