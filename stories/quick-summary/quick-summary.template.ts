import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a quick-summary story sets. */
export interface QuickSummaryArgs extends ItemWidgetArgs {
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
}

/** A `<quick-summary>` with these args. */
export const renderQuickSummary = (args: QuickSummaryArgs) => html`<quick-summary
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></quick-summary>`;
