import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadlineListDateFormat, HeadlineListLayout } from '../../src/components/headline-list/headline-list.js';
import type { WidgetArgs } from '../story-helpers.js';

/** The attributes and properties a headline-list story sets. */
export interface HeadlineListArgs extends WidgetArgs {
  /** list, grid or compact. */
  layout: HeadlineListLayout;
  /** Show at most this many headlines, with "Load more" for the rest. */
  limit?: number;
  /** Only items of this category. */
  category?: string;
  /** Only items with this tag. */
  tag?: string;
  /** Ids to leave out, separated by commas or spaces. */
  exclude?: string;
  /** The category, else "Latest headlines", by default; empty hides the heading. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** Where "View all" links; the feed's home page by default. */
  moreHref?: string;
  /** absolute or relative dates. */
  dateFormat: HeadlineListDateFormat;
}

/** A `<headline-list>` with these args. */
export const renderHeadlineList = (args: HeadlineListArgs) => html`<headline-list
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  layout=${args.layout}
  limit=${ifDefined(args.limit)}
  category=${ifDefined(args.category)}
  tag=${ifDefined(args.tag)}
  exclude=${ifDefined(args.exclude)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  more-href=${ifDefined(args.moreHref)}
  date-format=${args.dateFormat}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
></headline-list>`;
