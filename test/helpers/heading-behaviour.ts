/**
 * The heading every widget with one shares (docs/conventions.md, "heading-level"): an h2 by default,
 * `heading-level` clamped to 2..6, `heading` replacing the widget's own text and `heading=""` removing
 * the heading (and the region's `aria-labelledby` with it) while the content stays. Each widget's test
 * calls these inside its own `describe('heading')`, next to what is particular to it.
 */
import { expect, fixture } from '@open-wc/testing';
import { SAMPLE_FEED } from '../../sample/sample-data.js';
import { $, text } from './query.js';
import { rendered } from './settle.js';

interface WithHeading extends HTMLElement {
  feed: unknown;
  headingLevel: number;
  readonly updateComplete: Promise<boolean>;
}

/** `<tag>` with `attributes`, given the sample feed, on the page and rendered. */
async function mountOnSample(tag: string, attributes: Record<string, string> = {}): Promise<WithHeading> {
  const el = document.createElement(tag) as WithHeading;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = SAMPLE_FEED;
  return rendered(await fixture<WithHeading>(el));
}

/** `<tag>` on the sample feed: an h2 by default, then `heading-level` as an attribute and a property, clamped to 2..6. */
export function itFollowsHeadingLevel(tag: string): void {
  it('is an h2 by default and follows heading-level, clamped to 2..6', async () => {
    const el = await mountOnSample(tag);
    const heading = () => $(el, '[part="heading"]')?.localName;
    expect(heading()).to.equal('h2');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(heading()).to.equal('h4');
    for (const [level, tag] of [
      [9, 'h6'],
      [1, 'h2'],
      [3, 'h3'],
      [Number.NaN, 'h2'],
    ] as const) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(heading(), String(level)).to.equal(tag);
    }
  });
}

/**
 * `<tag heading="…">` shows that text; `heading=""` leaves no heading and no `aria-labelledby` on the
 * base, while `content` (a selector) still finds what the widget shows.
 */
export function itTakesTheHeadingText(tag: string, { content }: { content: string }): void {
  it('shows the `heading` text, and no heading for heading=""', async () => {
    const el = await mountOnSample(tag, { heading: 'Chosen by the page' });
    expect(text(el, '[part="heading"]')).to.equal('Chosen by the page');
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect($(el, 'h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect($(el, '[part="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect($(el, content), `${content} without a heading`).to.exist;
  });
}
