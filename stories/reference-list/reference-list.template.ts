import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a reference-list story sets. */
export interface ReferenceListArgs extends ItemWidgetArgs {
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** Where reference links open (`_blank` for a new tab). */
  target?: string;
}

/** A `<reference-list>` with these args. */
export const renderReferenceList = (args: ReferenceListArgs) => html`<reference-list
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  target=${ifDefined(args.target)}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></reference-list>`;
