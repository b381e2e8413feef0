import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a key-takeaways story sets. */
export interface KeyTakeawaysArgs extends ItemWidgetArgs {
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** Show at most this many takeaways, with a "Show all" toggle. */
  limit?: number;
  /** With a limit: every takeaway shown ("Show all" pressed). */
  expanded: boolean;
  /** Where source links open (`_blank` for a new tab). */
  target?: string;
}

/** A `<key-takeaways>` with these args. */
export const renderKeyTakeaways = (args: KeyTakeawaysArgs) => html`<key-takeaways
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  limit=${ifDefined(args.limit)}
  ?expanded=${args.expanded}
  target=${ifDefined(args.target)}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></key-takeaways>`;
