import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an editorial-disclosure story sets. */
export interface EditorialDisclosureArgs extends ItemWidgetArgs {
  /** The heading; the translated default when absent, none when empty. */
  heading?: string;
  /** The heading's level, 2 to 6. */
  headingLevel: number;
  /** The whole text shows ("Read more" pressed). */
  expanded: boolean;
}

/** An `<editorial-disclosure>` with these args. */
export const renderEditorialDisclosure = (args: EditorialDisclosureArgs) => html`<editorial-disclosure
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  ?expanded=${args.expanded}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 52rem"
></editorial-disclosure>`;
