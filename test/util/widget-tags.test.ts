import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/util/widget-tags.js';
import { widgetClasses } from '../../src/widgets.js';

describe('WIDGET_TAGS', () => {
  it('names every widget class of src/widgets.ts, and nothing else, once each', () => {
    expect([...WIDGET_TAGS].sort()).to.deep.equal(widgetClasses.map((widget) => widget.tagName).sort());
    expect(new Set(WIDGET_TAGS).size).to.equal(WIDGET_TAGS.length);
  });
});
