import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DateFormat } from '../../src/render/date.js';
import type { ItemWidgetArgs } from '../story-helpers.js';

/** The attributes and properties an article-meta story sets. */
export interface ArticleMetaArgs extends ItemWidgetArgs {
  /** The facts to show (`publisher author published reading-time updated dateline credits`); all when absent. */
  show?: string;
  /** The facts to leave out; wins over `show`. */
  hide?: string;
  /** `absolute` or `relative` dates. */
  dateFormat: DateFormat;
  /** The width of the column the widget sits in. */
  width?: string;
}

/** An `<article-meta>` with these args. */
export const renderArticleMeta = (args: ArticleMetaArgs) => html`<article-meta
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  .loader=${args.loader}
  item=${ifDefined(args.item)}
  show=${ifDefined(args.show)}
  hide=${ifDefined(args.hide)}
  date-format=${args.dateFormat}
  theme=${args.theme}
  lang=${ifDefined(args.lang)}
  style="max-width: ${args.width ?? '46rem'}"
></article-meta>`;
