import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleCardDateFormat, ArticleCardLayout } from '../../src/components/article-card/article-card.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-card story sets. */
export interface ArticleCardArgs extends ItemWidgetArgs {
  /** vertical, horizontal, compact or hero. */
  layout: ArticleCardLayout;
  /** The title heading's level, 2 to 6. */
  headingLevel: number;
  /** absolute or relative dates. */
  dateFormat: ArticleCardDateFormat;
  /** Width of the story's frame, to try the card's container queries. */
  width: string;
}

/** An `<article-card>` with these args. */
export const renderArticleCard = (args: ArticleCardArgs) => html`<article-card
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  layout=${args.layout}
  heading-level=${args.headingLevel}
  date-format=${args.dateFormat}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: ${args.width}"
></article-card>`;
