import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a news-article story sets. */
export interface NewsArticleArgs extends ItemWidgetArgs {
  /** The headline's level, 1 to 6; the parts' headings one deeper. */
  headingLevel: number;
  /** Parts to leave out, by name (`faq newsletter`). */
  hide?: string;
  /** Write the schema.org NewsArticle JSON-LD into the light DOM. */
  structuredData: boolean;
}

/** A `<news-article>` with these args, and optional light-DOM children (slotted replacements). */
export const renderNewsArticle = (args: NewsArticleArgs, children: TemplateResult | typeof nothing = nothing) => html`<news-article
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading-level=${args.headingLevel}
  hide=${ifDefined(args.hide)}
  ?structured-data=${args.structuredData}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  >${children}</news-article
>`;
