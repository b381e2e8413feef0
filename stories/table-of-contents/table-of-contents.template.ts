import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a table-of-contents story sets. */
export interface TableOfContentsArgs extends ItemWidgetArgs {
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** On a narrow width: the list shown (the toggle pressed). */
  expanded: boolean;
  /** The width of the box, to see the narrow and the wide presentation. */
  width: string;
}

/** A `<table-of-contents>` with these args. */
export const renderTableOfContents = (args: TableOfContentsArgs) => html`<table-of-contents
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  ?expanded=${args.expanded}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: ${args.width}"
></table-of-contents>`;
