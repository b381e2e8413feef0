import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties a faq-accordion story sets. */
export interface FaqAccordionArgs extends ItemWidgetArgs {
  /** The section heading; the translated default when absent, none when empty. */
  heading?: string;
  /** Level of the section heading, 2 to 6; the questions are one deeper (this level without a section heading). */
  headingLevel: number;
  /** One answer open at a time. */
  single: boolean;
  /** Questions open at start: 1-based numbers or ids, comma or space separated, or `all`. */
  expanded?: string;
  /** Decorative numbers before the questions. */
  numbered: boolean;
  /** Writes schema.org FAQPage JSON-LD into the light DOM. */
  structuredData: boolean;
  /** Prefix of the questions' fragment ids. */
  idPrefix: string;
}

/** A `<faq-accordion>` with these args. */
export const renderFaqAccordion = (args: FaqAccordionArgs) => html`<faq-accordion
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  heading=${ifDefined(args.heading)}
  heading-level=${args.headingLevel}
  ?single=${args.single}
  expanded=${ifDefined(args.expanded)}
  ?numbered=${args.numbered}
  ?structured-data=${args.structuredData}
  id-prefix=${args.idPrefix}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: 46rem"
></faq-accordion>`;
