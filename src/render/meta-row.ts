/**
 * A row of small facts (author · date · reading time), for the widgets that show one: add
 * `metaRowStyles` to the widget's `styles` and give the row `class="meta"`, one element per fact.
 * Not in the shared base, which every widget downloads, with or without a meta row.
 */
import { css } from 'lit';

/**
 * `.meta`: its children in a wrapping row. Each separator sits in the column gap before its item;
 * an item that starts a line pushes its separator past the row's edge, where overflow clips it,
 * so no line starts or ends with one (`test/components/article-card/article-card.layouts.test.ts`).
 */
export const metaRowStyles = css`
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.9em;
    overflow: clip;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }
  .meta > * + *::before {
    content: '\\00B7' / '';
    display: inline-block;
    width: 0.9em;
    margin-inline-start: -0.9em;
    text-align: center;
  }
`;
